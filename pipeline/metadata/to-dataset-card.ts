import type { AgreementReport } from '../agreement/report.js';
import { TIMELINE_MAX_EVENTS } from '../explorer/timeline-digest.js';
import { schemaJson } from '../lib/schema-files.js';
import type { Digest } from '../records/digest.js';
import { type Row, TABLES } from '../records/tables.js';
import { accessSections } from './card-access.js';
import { limitLines, list, md } from './card-limits.js';
import { type ReleaseInfo, resourcesNote } from './to-datapackage.js';

/**
 * dist/README.md, the dataset card: a list of sections, each a function of the tables' digest and
 * the release, so that every figure, name and quote it shows comes from the data (words about
 * the dataset come from schemas/dataset.json). Add a section by adding a function to SECTIONS.
 */
export type CardSection = (
  digest: Digest,
  release: ReleaseInfo,
  agreements: AgreementReport[],
) => string;

interface Dataset {
  title: string;
  description: string;
  changes: string;
  totals: string;
  licenses: { name: string; title: string }[];
}
const dataset = () => schemaJson('dataset.json') as unknown as Dataset;
const licence = () => dataset().licenses[0] as { name: string; title: string };
const day = (release: ReleaseInfo) => release.created.slice(0, 10);
const distinct = (rows: Row[], field: string) =>
  [...new Set(rows.map((r) => String(r[field])))].sort();

/** Front matter: the licence, the languages of the sources and the Parquet file of each table. */
const frontMatter: CardSection = (digest, release) => `---
license: ${licence().name.toLowerCase()}
language:
${distinct(digest.documents, 'language')
  .map((l) => `  - ${l}`)
  .join('\n')}
pretty_name: "${dataset().title}"
version: ${release.version}
configs:
${TABLES.map((t) => `  - config_name: ${t}\n    data_files: ${t}.parquet`).join('\n')}
---`;

const introduction: CardSection = (_, release) =>
  `# ${dataset().title}\n\n${dataset().description}\n\nVersion ${release.version}, released ${day(release)}.`;

const tableRows = (digest: Digest) =>
  TABLES.map(
    (t) =>
      `| \`${t}\` | ${digest.counts[t]} | ${(schemaJson(`tables/${t}.schema.json`) as { description: string }).description} |`,
  ).join('\n');

/** The headline totals as the sources state them, each with its words. */
function headlineLines(digest: Digest): string[] {
  const figures = digest.headline;
  return [
    ...figures.casualties.map(
      (c) =>
        `- ${String(c.outcome)}: ${md(c.count_quote)} (${String(c.qualifier)}), quoted from "${md(c.quote)}"`,
    ),
    ...figures.buildings.map(
      (d) =>
        `- ${md(d.object)} ${String(d.damage_level)}: ${md(d.count_quote)} (${String(d.qualifier)}), quoted from "${md(d.quote)}"`,
    ),
  ];
}

const contents: CardSection = (digest) => {
  const totals = headlineLines(digest);
  const one = digest.documents.length === 1;
  const sources = one ? 'the source' : 'the sources';
  return `## What is in it

| table | rows | what a row is |
| --- | --- | --- |
${tableRows(digest)}

Each table comes as \`<table>.csv\`, \`<table>.json\` and \`<table>.parquet\` with the same rows. \`datapackage.json\` is the Frictionless Data Package (v2) descriptor with the types, constraints, keys, sizes and hashes of every file; \`CODEBOOK.md\` explains every field and category; \`SHA256SUMS\` is checkable with \`sha256sum -c SHA256SUMS\`. \`index.html\` is an explorer page: open it from disk, beside the folder \`explorer/\` it loads each document's records and the list of documents from as they are needed; it needs no network. \`timeline.svg\` is the incidents on a timeline, counted per day when there are more than ${TIMELINE_MAX_EVENTS} events. \`events.geojson\` is the events with the coordinates of their places (RFC 7946), and \`sources/<document_id>.txt\` the text of each document byte for byte, so every quote can be checked against it.

${resourcesNote()}

${totals.length > 0 ? `Headline totals, as ${sources} state${one ? 's' : ''} them:\n\n${totals.join('\n')}` : `${sources.replace(/^t/, 'T')} state${one ? 's' : ''} no headline totals.`}`;
};

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

const agreement: CardSection = (_, __, agreements) =>
  `## Agreement of a blind second coding\n\n${agreementSection(agreements)}`;

/** Where the coordinates of the places come from: never the documents. */
function coordinateSources(digest: Digest): string {
  const lines = digest.places.map(
    (p) =>
      `- Coordinates of ${md(p.name)} (${String(p.latitude)}, ${String(p.longitude)}, precision ${String(p.geo_precision)}): "${md(p.coordinates_source)}", <${String(p.coordinates_address)}>, licensed ${String(p.coordinates_licence)}; not from the article.`,
  );
  return [...new Set(lines)].join('\n');
}

/** How to total, with the sums it gives and the sums a naive total would give, all computed. */
const howToTotal: CardSection = ({ casualty_sums: sums, casualty_parts: parts, counts }) => {
  const summed = sums
    .map(
      (t) =>
        `${t.outcome} ${String(t.best_missing || t.count_best === null ? `at least ${String(t.count_low)}` : t.count_best)}`,
    )
    .join(', ');
  const naive = sums.map((t) => `${t.outcome} ${t.naive_best}`).join(', ');
  return `## How to total\n\n${dataset().totals}\n\nAdded up that way, the casualties give ${summed}. Adding every row's count_best instead would give ${naive}: ${parts} of the ${counts.casualties} casualty rows are parts of a larger figure.`;
};

/** Where to download every file, and how to check and open it (card-access.ts). */
const access: CardSection = (_, release) => accessSections(release);

const origin: CardSection = (digest) => `## Where it comes from

${digest.documents.map((d) => `- "${md(d.title)}", ${md(d.publisher)}, <${String(d.address)}>, revision ${d.revision_id === null ? 'unknown (not recorded in the snapshot)' : md(d.revision_id)}; text licensed ${String(d.licence)}; SHA-256 \`${String(d.sha256)}\`.`).join('\n')}
${coordinateSources(digest)}

${dataset().changes}`;

const sourceCitations = (documents: Row[]) =>
  documents
    .map(
      (d) =>
        `"${md(d.title)}", ${md(d.publisher)}, by its contributors, licensed ${String(d.licence)}`,
    )
    .join('; ');

const citation: CardSection = ({ documents }, release) => `## How to cite

Cite the version you used and the ${documents.length === 1 ? 'source' : 'sources'}:

> ${dataset().title}, version ${release.version} (${day(release)}). Built from ${sourceCitations(documents)}.`;

const limits: CardSection = (digest) =>
  `## Limits and known gaps\n\n${limitLines(digest).join('\n')}`;

const licenceSection: CardSection = ({ documents }) => `## Licence

The data is an adaptation of ${list(documents.map((d) => `"${md(d.title)}" (${md(d.publisher)})`))} and is licensed ${licence().title} (${licence().name}); see \`LICENSE\`.`;

export const SECTIONS: CardSection[] = [
  frontMatter,
  introduction,
  contents,
  howToTotal,
  access,
  origin,
  agreement,
  citation,
  limits,
  licenceSection,
];

export function toDatasetCard(
  digest: Digest,
  release: ReleaseInfo,
  agreements: AgreementReport[] = [],
): string {
  return `${SECTIONS.map((section) => section(digest, release, agreements)).join('\n\n')}\n`;
}
