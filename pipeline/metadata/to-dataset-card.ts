import { schemaJson } from '../lib/schema-files.js';
import { headlineFigures } from '../records/headline.js';
import { type Row, TABLES, type Tables } from '../records/tables.js';
import { accessSections } from './card-access.js';
import { limitLines, list, md } from './card-limits.js';
import { type ReleaseInfo, resourcesNote } from './to-datapackage.js';

/**
 * dist/README.md, the dataset card: a list of sections, each a function of the built tables and
 * the release, so that every figure, name and quote it shows comes from the data (words about
 * the dataset come from schemas/dataset.json). Add a section by adding a function to SECTIONS.
 */
export type CardSection = (tables: Tables, release: ReleaseInfo) => string;

interface Dataset {
  title: string;
  description: string;
  changes: string;
  licenses: { name: string; title: string }[];
}
const dataset = () => schemaJson('dataset.json') as unknown as Dataset;
const licence = () => dataset().licenses[0] as { name: string; title: string };
const day = (release: ReleaseInfo) => release.created.slice(0, 10);
const distinct = (rows: Row[], field: string) =>
  [...new Set(rows.map((r) => String(r[field])))].sort();

/** Front matter: the licence, the languages of the sources and the Parquet file of each table. */
const frontMatter: CardSection = (tables, release) => `---
license: ${licence().name.toLowerCase()}
language:
${distinct(tables.documents, 'language')
  .map((l) => `  - ${l}`)
  .join('\n')}
pretty_name: "${dataset().title}"
version: ${release.version}
configs:
${TABLES.map((t) => `  - config_name: ${t}\n    data_files: ${t}.parquet`).join('\n')}
---`;

const introduction: CardSection = (_, release) =>
  `# ${dataset().title}\n\n${dataset().description}\n\nVersion ${release.version}, released ${day(release)}.`;

const tableRows = (tables: Tables) =>
  TABLES.map(
    (t) =>
      `| \`${t}\` | ${tables[t].length} | ${(schemaJson(`tables/${t}.schema.json`) as { description: string }).description} |`,
  ).join('\n');

/** The headline totals as the sources state them, each with its words. */
function headlineLines(tables: Tables): string[] {
  const figures = headlineFigures(tables);
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

const contents: CardSection = (tables) => {
  const totals = headlineLines(tables);
  const one = tables.documents.length === 1;
  const sources = one ? 'the source' : 'the sources';
  return `## What is in it

| table | rows | what a row is |
| --- | --- | --- |
${tableRows(tables)}

Each table comes as \`<table>.csv\`, \`<table>.json\` and \`<table>.parquet\` with the same rows. \`datapackage.json\` is the Frictionless Data Package (v2) descriptor with the types, constraints, keys, sizes and hashes of every file; \`CODEBOOK.md\` explains every field and category; \`SHA256SUMS\` is checkable with \`sha256sum -c SHA256SUMS\`. \`index.html\` is an explorer page (open it from disk; it needs no network) and \`timeline.svg\` the incidents on a timeline.

${resourcesNote()}

${totals.length > 0 ? `Headline totals, as ${sources} state${one ? 's' : ''} them:\n\n${totals.join('\n')}` : `${sources.replace(/^t/, 'T')} state${one ? 's' : ''} no headline totals.`}`;
};

/** Where to download every file, and how to check and open it (card-access.ts). */
const access: CardSection = (_, release) => accessSections(release);

const origin: CardSection = ({ documents }) => `## Where it comes from

${documents.map((d) => `- "${md(d.title)}", ${md(d.publisher)}, <${String(d.address)}>, revision ${d.revision_id === null ? 'unknown (not recorded in the snapshot)' : md(d.revision_id)}; text licensed ${String(d.licence)}; SHA-256 \`${String(d.sha256)}\`.`).join('\n')}

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

const limits: CardSection = (tables) =>
  `## Limits and known gaps\n\n${limitLines(tables).join('\n')}`;

const licenceSection: CardSection = ({ documents }) => `## Licence

The data is an adaptation of ${list(documents.map((d) => `"${md(d.title)}" (${md(d.publisher)})`))} and is licensed ${licence().title} (${licence().name}); see \`LICENSE\`.`;

export const SECTIONS: CardSection[] = [
  frontMatter,
  introduction,
  contents,
  access,
  origin,
  citation,
  limits,
  licenceSection,
];

export function toDatasetCard(tables: Tables, release: ReleaseInfo): string {
  return `${SECTIONS.map((section) => section(tables, release)).join('\n\n')}\n`;
}
