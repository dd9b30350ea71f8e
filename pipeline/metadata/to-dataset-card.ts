import type { AgreementReport } from '../agreement/report.js';
import { markdownText } from '../lib/markdown.js';
import { schemaJson } from '../lib/schema-files.js';
import { headlineFigures } from '../records/headline.js';
import { TABLES, type Tables } from '../records/tables.js';
import { casualtyTotals } from '../records/totals.js';
import { accessSections } from './card-access.js';
import { type ReleaseInfo, resourcesNote } from './to-datapackage.js';

/** A value of the tables quoted into the card, Markdown escaped. */
const md = (value: unknown) => markdownText(String(value));

function campaignTotals(tables: Tables): string[] {
  const figures = headlineFigures(tables);
  const lines: string[] = [];
  for (const c of figures.casualties) {
    lines.push(
      `- ${String(c.outcome)}: ${md(c.count_quote)} (${String(c.qualifier)}), quoted from "${md(c.quote)}"`,
    );
  }
  for (const d of figures.buildings) {
    lines.push(
      `- ${md(d.object)} ${String(d.damage_level)}: ${md(d.count_quote)} (${String(d.qualifier)}), quoted from "${md(d.quote)}"`,
    );
  }
  return lines;
}

const figure = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));

/**
 * The agreement of the blind second coding with the annotations, before reconciliation, as
 * recorded in raw/<document>/agreement.json: records per table, then every field.
 */
export function agreementSection(agreements: AgreementReport[]): string {
  if (agreements.length === 0)
    return 'No blind second coding has been compared with the annotations yet.';
  return agreements
    .map((r) => {
      const tables = r.tables.map(
        (t) =>
          `| \`${t.table}\` | ${t.first} | ${t.second} | ${t.matched} | ${t.only_first.length} | ${t.only_second.length} |`,
      );
      const fields = r.tables.flatMap((t) =>
        t.fields.map(
          (f) =>
            `| \`${f.table}.${f.field}\` | ${f.compared} | ${f.agreed} | ${figure(f.percent, 1)} | ${figure(f.kappa, 3)} |`,
        ),
      );
      return [
        `Document \`${r.document_id}\`, coded a second time (coder: ${md(r.coder)}) from the text and the coding guide alone (\`second-coding.json\`, SHA-256 \`${r.second_coding_sha256}\`), compared with the annotations before any disagreement was reconciled (\`annotations.json\`, SHA-256 \`${r.annotations_sha256}\`). Records are matched by span overlap within each table, one to one; kappa is Cohen's, for category fields (— where undefined). Every disagreement was then reconciled in the annotations: corrected, or kept with the reason in the annotation's note. The figures are in \`agreement.json\`.`,
        '',
        '| table | annotations | second coding | matched | only in annotations | only in second coding |',
        '| --- | --- | --- | --- | --- | --- |',
        ...tables,
        '',
        '| field | compared | agreed | percent | kappa |',
        '| --- | --- | --- | --- | --- |',
        ...fields,
      ].join('\n');
    })
    .join('\n\n');
}

/** Where the coordinates of the places come from: never the documents. */
function coordinateSources(tables: Tables): string {
  const lines = tables.places.map(
    (p) =>
      `- Coordinates of ${md(p.name)} (${String(p.latitude)}, ${String(p.longitude)}, precision ${String(p.geo_precision)}): "${md(p.coordinates_source)}", <${String(p.coordinates_address)}>, licensed ${String(p.coordinates_licence)}; not from the article.`,
  );
  return [...new Set(lines)].join('\n');
}

/** How to total, with the sums it gives and the sums a naive total would give, all computed. */
function howToTotal(tables: Tables, words: string): string {
  const summed = casualtyTotals(tables.casualties)
    .map((t) => `${t.outcome} ${String(t.count_best ?? `at least ${String(t.count_low)}`)}`)
    .join(', ');
  const naive = [...new Set(tables.casualties.map((c) => String(c.outcome)))]
    .sort()
    .map(
      (o) =>
        `${o} ${tables.casualties
          .filter((c) => c.outcome === o)
          .reduce((s, c) => s + Number(c.count_best ?? 0), 0)}`,
    )
    .join(', ');
  const parts = tables.casualties.filter((c) => c.included_in !== null).length;
  return `${words}\n\nAdded up that way, the casualties give ${summed}. Adding every row's count_best instead would give ${naive}: ${parts} of the ${tables.casualties.length} casualty rows are parts of a larger figure.`;
}

/** dist/README.md: the dataset card, with front matter naming the licence and the Parquet file of each table. */
export function toDatasetCard(
  tables: Tables,
  release: ReleaseInfo,
  agreements: AgreementReport[] = [],
): string {
  const dataset = schemaJson('dataset.json') as {
    title: string;
    description: string;
    changes: string;
    totals: string;
  };
  const docs = tables.documents;
  return `---
license: cc-by-sa-4.0
language:
  - en
pretty_name: "${dataset.title}"
version: ${release.version}
configs:
${TABLES.map((t) => `  - config_name: ${t}\n    data_files: ${t}.parquet`).join('\n')}
---

# ${dataset.title}

${dataset.description}

Version ${release.version}, released ${release.created.slice(0, 10)}.

## What is in it

| table | rows | what a row is |
| --- | --- | --- |
${TABLES.map((t) => `| \`${t}\` | ${tables[t].length} | ${(schemaJson(`tables/${t}.schema.json`) as { description: string }).description} |`).join('\n')}

Each table comes as \`<table>.csv\`, \`<table>.json\` and \`<table>.parquet\` with the same rows. \`datapackage.json\` is the Frictionless Data Package (v2) descriptor with the types, constraints, keys, sizes and hashes of every file; \`CODEBOOK.md\` explains every field and category; \`SHA256SUMS\` is checkable with \`sha256sum -c SHA256SUMS\`. \`index.html\` is an explorer page (open it from disk; it needs no network) and \`timeline.svg\` the incidents on a timeline. \`events.geojson\` is the events with the coordinates of their places (RFC 7946), and \`sources/<document_id>.txt\` the text of each document byte for byte, so every quote can be checked against it.

${resourcesNote()}

Headline totals, as the source states them:

${campaignTotals(tables).join('\n')}

## How to total

${howToTotal(tables, dataset.totals)}

${accessSections(release)}

## Where it comes from

${docs.map((d) => `- "${md(d.title)}", ${md(d.publisher)}, <${String(d.address)}>, revision ${d.revision_id === null ? 'unknown (not recorded in the snapshot)' : md(d.revision_id)}; text licensed ${String(d.licence)}; SHA-256 \`${String(d.sha256)}\`.`).join('\n')}
${coordinateSources(tables)}

${dataset.changes}

## Agreement of a blind second coding

${agreementSection(agreements)}

## How to cite

Cite the version you used and the source article:

> ${dataset.title}, version ${release.version} (${release.created.slice(0, 10)}). Built from "2020 bombardment of Stepanakert", English Wikipedia, by its contributors, licensed CC BY-SA 4.0.

## Limits and known gaps

- One source: a Wikipedia article, itself a summary of other reports. The original reports (HRW, OHCHR, the Artsakh and Armenian authorities, the media) are named as actors, not read.
- The article revision is unknown; offsets are valid for the snapshot whose SHA-256 is given above.
- Incidents are only those the article tells of; the campaign totals (13 killed, 51 injured, 4,258 buildings) cover many attacks the article does not describe.
- Several dates are ranges (a Saturday between 3 October and 7 November 2020; the central market between 30 and 31 October 2020); they are not narrowed by guesswork.
- A sentence that names no source is attributed to the source whose account it continues in the same paragraph (\`attribution_basis\` \`continuation\`); only a sentence with no source within reach is the article's own voice (\`none\`). Which source a sentence continues is a reading; the annotations' notes give it.
- Damage records without a count give no number: "Residential buildings and also a military hospital was targeted" says nothing of how many.

## Licence

The data is an adaptation of the Wikipedia article and is licensed CC BY-SA 4.0; see \`LICENSE\`.
`;
}
