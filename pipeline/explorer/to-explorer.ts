import type { ReleaseInfo } from '../metadata/to-datapackage.js';
import { countText } from '../records/count-text.js';
import { headlineFigures } from '../records/headline.js';
import type { Tables } from '../records/tables.js';
import { explorerData } from './explorer-data.js';
import { EXPLORER_SCRIPT } from './explorer-script.js';
import { EXPLORER_STYLE } from './explorer-style.js';
import { escapeXml, toTimelineSvg } from './to-timeline-svg.js';

/**
 * dist/index.html: the explorer page, self-contained (no network, works from disk),
 * byte-reproducible. Data, style and script are inline; text is escaped, never executed.
 */
export function toExplorer(
  tables: Tables,
  texts: Map<string, string>,
  release: ReleaseInfo,
): string {
  const data = explorerData(tables, texts);
  const figures = headlineFigures(tables);
  const headline = [
    ...figures.casualties.map((c) => [`${String(c.outcome)}`, countText(c), String(c.quote)]),
    ...figures.buildings.map((d) => ['buildings damaged', countText(d), String(d.quote)]),
  ];
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const doc = tables.documents[0];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2020 bombardment of Stepanakert — dataset explorer</title>
<style>
${EXPLORER_STYLE}
</style>
</head>
<body>
<header>
<h1>2020 bombardment of Stepanakert</h1>
<p>Every figure below is quoted from the article it came from. Select a record to read its sentence and who asserts, confirms, reports or denies it. Dataset version ${escapeXml(release.version)}.</p>
</header>
<main>
<section aria-labelledby="totals-title" id="totals">
<h2 id="totals-title">Headline totals, as the source states them</h2>
<ul class="totals">
${headline.map(([label, count, quote]) => `<li><span class="count">${escapeXml(String(count))}</span> <span class="label">${escapeXml(String(label))}</span><q>${escapeXml(String(quote))}</q></li>`).join('\n')}
</ul>
</section>
<section aria-labelledby="timeline-heading" id="timeline">
<h2 id="timeline-heading">Incidents</h2>
<p class="hint">A dot is a known day; a hatched bar is the range of days the text allows; ~ marks an approximate time. Select an incident to filter the records.</p>
<div class="scroll">
${toTimelineSvg(tables, true).trim()}
</div>
</section>
<section aria-labelledby="records-heading" id="records">
<h2 id="records-heading">Records</h2>
<div class="filters">
<label>Incident <select id="f-event"><option value="">all</option></select></label>
<label>Outcome <select id="f-outcome"><option value="">all</option></select></label>
<label>Category <select id="f-category"><option value="">all</option></select></label>
<label>Actor <select id="f-actor"><option value="">all</option></select></label>
<label>Stance <select id="f-stance"><option value="">all</option></select></label>
<button type="button" id="f-clear">Clear filters</button>
</div>
<div role="tablist" aria-label="Tables" class="tabs">
<button role="tab" id="tab-casualties" data-table="casualties" aria-selected="true">Casualties</button>
<button role="tab" id="tab-damage" data-table="damage" aria-selected="false">Damage</button>
<button role="tab" id="tab-munitions" data-table="munitions" aria-selected="false">Munitions</button>
<button role="tab" id="tab-claims" data-table="claims" aria-selected="false">Claims</button>
<button role="tab" id="tab-event_actors" data-table="event_actors" aria-selected="false">Who attacked</button>
<button role="tab" id="tab-places" data-table="places" aria-selected="false">Places</button>
<button role="tab" id="tab-exclusions" data-table="exclusions" aria-selected="false">Left out</button>
</div>
<p id="count" aria-live="polite"></p>
<div class="scroll"><table id="table"><thead></thead><tbody></tbody></table></div>
</section>
<aside id="detail" aria-live="polite" aria-labelledby="detail-title">
<h2 id="detail-title">Source</h2>
<p class="hint">Select a record to see the paragraph it was quoted from.</p>
</aside>
</main>
<footer>
<p>Data: an adaptation of “<a href="${escapeXml(String(doc?.address ?? ''))}">${escapeXml(String(doc?.title ?? ''))}</a>” (English Wikipedia, by its contributors), licensed <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>. The text was annotated and turned into records; it was not altered. See LICENSE, CODEBOOK.md and datapackage.json beside this page.</p>
</footer>
<script type="application/json" id="data">${json}</script>
<script>
${EXPLORER_SCRIPT}
</script>
</body>
</html>
`;
}
