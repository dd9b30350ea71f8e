import type { ReleaseInfo } from '../metadata/to-datapackage.js';
import { DOCUMENTS_PER_PAGE } from './explorer-documents-page.js';
import type { ExplorerOverview } from './explorer-overview.js';
import { EXPLORER_SCRIPT } from './explorer-script.js';
import { scriptJson } from './explorer-script-file.js';
import { EXPLORER_STYLE } from './explorer-style.js';
import type { TimelineDigest } from './timeline-digest.js';
import { escapeXml, thousands } from './timeline-text.js';
import { toTimelineSvg } from './to-timeline-svg.js';

export type { ExplorerOverview } from './explorer-overview.js';

/** Rows of the selected document's table a page of the page shows. */
export const ROWS_PER_PAGE = 100;

const TABS = [
  ['casualties', 'Casualties'],
  ['damage', 'Damage'],
  ['munitions', 'Munitions'],
  ['claims', 'Claims'],
  ['event_actors', 'Who attacked'],
  ['places', 'Places'],
  ['exclusions', 'Left out'],
];

function totalsSection(o: ExplorerOverview): string {
  const heading =
    o.documents > 1
      ? 'Headline totals of the selected document, as it states them'
      : 'Headline totals, as the source states them';
  return `<section aria-labelledby="totals-title" id="totals">
<h2 id="totals-title">${heading}</h2>
<ul class="totals" id="totals-list">
${(o.first?.headline ?? []).map(([label, count, quote]) => `<li><span class="count">${escapeXml(count)}</span> <span class="label">${escapeXml(label)}</span><q>${escapeXml(quote)}</q></li>`).join('\n')}
</ul>
</section>`;
}

function timelineSection(digest: TimelineDigest): string {
  const hint =
    digest.events === null
      ? 'There are too many incidents to draw one by one: each bar counts the incidents that begin on a day, those the text dates only to a range of days hatched on the first day it allows. Select a document below to see its incidents and records.'
      : 'A dot is a known day; a hatched bar is the range of days the text allows; ~ marks an approximate time. Select an incident to filter the records.';
  return `<section aria-labelledby="timeline-heading" id="timeline">
<h2 id="timeline-heading">Incidents</h2>
<p class="hint">${hint}</p>
<div class="scroll">
${toTimelineSvg(digest, true).trim()}
</div>
</section>`;
}

function documentsSection(o: ExplorerOverview): string {
  const counts = ['events', 'casualties', 'damage', 'munitions', 'claims'];
  return `<section aria-labelledby="documents-heading" id="documents"${o.documents > 1 ? '' : ' hidden'}>
<h2 id="documents-heading">Documents</h2>
<p class="hint">${thousands(o.documents)} documents, ${DOCUMENTS_PER_PAGE} a page. Select one to see its headline totals and records.</p>
<div class="pager"><button type="button" id="doc-prev">Previous</button><label>Page <input type="number" id="doc-page" min="1" max="${Math.max(1, Math.ceil(o.documents / DOCUMENTS_PER_PAGE))}" value="1"></label><button type="button" id="doc-next">Next</button><span id="doc-range" aria-live="polite"></span></div>
<div class="scroll"><table id="doc-table"><thead><tr><th scope="col">#</th><th scope="col">id</th><th scope="col">document</th><th scope="col">publisher</th>${counts.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody></tbody></table></div>
</section>`;
}

function recordsSection(): string {
  return `<section aria-labelledby="records-heading" id="records">
<h2 id="records-heading">Records</h2>
<div class="filters">
${['Incident:event', 'Outcome:outcome', 'Category:category', 'Actor:actor', 'Stance:stance']
  .map((f) => f.split(':'))
  .map(
    ([label, id]) =>
      `<label>${label} <select id="f-${id}"><option value="">all</option></select></label>`,
  )
  .join('\n')}
<button type="button" id="f-clear">Clear filters</button>
</div>
<div role="tablist" aria-label="Tables" class="tabs">
${TABS.map(([t, label], i) => `<button role="tab" id="tab-${t}" data-table="${t}" aria-selected="${i === 0}">${label}</button>`).join('\n')}
</div>
<p id="count" aria-live="polite"></p>
<p id="status" role="status" hidden></p>
<div class="scroll"><table id="table"><thead></thead><tbody></tbody></table></div>
<div class="pager" id="rows-pager" hidden><button type="button" id="rows-prev">Previous rows</button><span id="rows-range" aria-live="polite"></span><button type="button" id="rows-next">Next rows</button></div>
</section>`;
}

function footer(o: ExplorerOverview): string {
  const doc = o.first;
  const data =
    o.documents > 1
      ? `Data: an adaptation of ${thousands(o.documents)} documents, each listed above and in documents.csv with its address, publisher and licence, under which its records are published.`
      : `Data: an adaptation of “<a href="${escapeXml(doc?.address ?? '')}">${escapeXml(doc?.title ?? '')}</a>” (English Wikipedia, by its contributors), licensed <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.`;
  return `<footer>
<p>${data} The ${o.documents > 1 ? 'texts were' : 'text was'} annotated and turned into records; ${o.documents > 1 ? 'they were' : 'it was'} not altered. See LICENSE, CODEBOOK.md and datapackage.json beside this page; the records this page shows are in the folder explorer/ beside it.</p>
</footer>`;
}

function corpusLine(o: ExplorerOverview): string {
  if (o.documents <= 1) return '';
  const tables = ['events', 'casualties', 'damage', 'munitions', 'claims'] as const;
  return `\n<p class="hint">${thousands(o.documents)} documents, with ${tables.map((t) => `${thousands(o.rows[t])} ${t}`).join(', ')} records in all.</p>`;
}

/**
 * dist/index.html: the explorer page, byte-reproducible and bounded in size whatever the
 * corpus: the headline totals of the first document, the timeline, and the script that loads
 * the list of documents and each document's records from explorer/ beside it (as classic
 * scripts, so it works from disk with no network). Text is escaped, never executed. Pure.
 */
export function toExplorer(
  overview: ExplorerOverview,
  digest: TimelineDigest,
  release: ReleaseInfo,
): string {
  const boot = {
    documents: overview.documents,
    pages: Math.max(1, Math.ceil(overview.documents / DOCUMENTS_PER_PAGE)),
    first: overview.first?.document_id ?? null,
    rowsPerPage: ROWS_PER_PAGE,
  };
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
<p>Every figure below is quoted from the article it came from. Select a record to read its sentence and who asserts, confirms, reports or denies it. Dataset version ${escapeXml(release.version)}.</p>${corpusLine(overview)}
</header>
<main>
${totalsSection(overview)}
${timelineSection(digest)}
${documentsSection(overview)}
${recordsSection()}
<aside id="detail" aria-live="polite" aria-labelledby="detail-title">
<h2 id="detail-title">Source</h2>
<p class="hint">Select a record to see the paragraph it was quoted from.</p>
</aside>
</main>
${footer(overview)}
<script type="application/json" id="boot">${scriptJson(boot)}</script>
<script>
${EXPLORER_SCRIPT}
</script>
</body>
</html>
`;
}
