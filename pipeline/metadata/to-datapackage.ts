import { schemaJson } from '../lib/schema-files.js';
import { type Row, TABLES, type TableName, tableSchema } from '../records/tables.js';
import type { Publication } from '../stages/publish.js';
import { CSV_LINE_TERMINATOR } from '../write/to-csv.js';
import { type FieldInfo, fieldInfo } from './fields.js';
import { geoJsonResource, sourceResources } from './file-resources.js';
import { home, versionedAddress, workbookName } from './home.js';

export interface ReleaseInfo {
  version: string;
  /** ISO 8601 date-time: SOURCE_DATE_EPOCH or the release date in CHANGELOG.md, never the clock. */
  created: string;
}

const FORMATS = {
  json: { format: 'json', mediatype: 'application/json' },
  parquet: { format: 'parquet', mediatype: 'application/vnd.apache.parquet' },
} as const;

/** The formats of a table published beside its CSV, in the order of `alternates`. */
const ALTERNATE_FORMATS = ['json', 'parquet'] as const;

/** One entry of a resource's `alternates`: the same rows as the resource's CSV in another format. */
function alternate(
  table: string,
  ext: keyof typeof FORMATS,
  facts: ReturnType<typeof fileEntry>,
  version: string,
) {
  const path = `${table}.${ext}`;
  return { path, ...FORMATS[ext], ...facts, download: versionedAddress(version, path) };
}

/**
 * How the descriptor lays out the files, for the codebook and the dataset card: one resource
 * per table, the custom `alternates` property, and the resources of the files that are not
 * tables. Generated from the code that writes them.
 */
export function resourcesNote(): string {
  const keys = Object.keys(alternate('<table>', 'json', { bytes: 0, hash: '' }, '<version>'));
  const formats = ALTERNATE_FORMATS.map(
    (ext) => `\`<table>.${ext}\` (\`${FORMATS[ext].mediatype}\`)`,
  ).join(' and ');
  return [
    '`datapackage.json` has one resource per table, not one per file: the three files of a table hold the same rows, so they share one name, one Table Schema and one set of keys.',
    `The spreadsheet workbook, \`${workbookName()}\`, is one more resource, \`workbook\`, without a Table Schema: its sheets hold the rows of every table.`,
    "A resource's `path` is its CSV file (`<table>.csv`), the file Frictionless tools read, with its `bytes`, `hash` (`sha256:…`) and `dialect`, and `download`, a custom property: the file's address in the release of this version.",
    `The other formats of a table are listed in \`alternates\`, a custom property that is not part of the Frictionless Data Package v2 standard (tools that do not know it ignore it): an array with one object per file, ${formats}, each with the keys ${keys.map((k) => `\`${k}\``).join(', ')}.`,
    'Two kinds of file that are not tables have resources of their own, with `path`, `bytes`, `hash` and `download`: `events-geojson` (`events.geojson`, `application/geo+json`, with the `licenses` and `sources` of its coordinates) and one `source-<document_id>` per document text (`sources/<document_id>.txt`, `text/plain`, with its `licenses` and `sources`; release assets are flat, so its `download` is `<document_id>.txt`).',
    'The explorer (`index.html`, `timeline.svg` and the files of `explorer/`) and the documentation files (`CODEBOOK.md`, `READING.md`, `README.md`, `LICENSE`, `agreement.json`) have no resource: `SHA256SUMS` lists them with their hashes.',
    '`stepanakert check` (in the repository, `make check OUT=<folder>`) verifies the size and hash of every file, alternates included, and that the three formats hold the same rows; `sha256sum -c SHA256SUMS` checks the hashes alone.',
  ].join(' ');
}

/** A field's description: its own words, then the meaning of its categories. */
const fieldDescription = (f: FieldInfo) =>
  f.vocabulary ? `${f.description} ${f.vocabulary}`.trim() : f.description;

/**
 * A schema pattern as Frictionless readers compile it: JavaScript without the `u` flag (the v1
 * libraries) and Python's `re` know no `\p{…}` class. Control characters become their code
 * ranges; a lone surrogate cannot be in a UTF-8 file, so its class is dropped. The same text
 * is accepted either way.
 */
export const portablePattern = (pattern: string): string =>
  pattern.replaceAll('\\p{Cc}', '\\u0000-\\u001f\\u007f-\\u009f').replaceAll('\\p{Cs}', '');

function frictionlessField(f: FieldInfo): Record<string, unknown> {
  const type = f.type === 'string' && f.format === 'date' ? 'date' : f.type;
  const constraints: Record<string, unknown> = {};
  if (!f.nullable) constraints.required = true;
  if (f.enum) constraints.enum = f.enum;
  if (f.pattern) constraints.pattern = portablePattern(f.pattern);
  if (f.minimum !== undefined) constraints.minimum = f.minimum;
  if (f.maximum !== undefined) constraints.maximum = f.maximum;
  if (f.minLength !== undefined && type === 'string') constraints.minLength = f.minLength;
  return {
    name: f.name,
    type,
    ...(type === 'string' && f.format === 'uri' ? { format: 'uri' } : {}),
    description: fieldDescription(f),
    ...(f.enum ? { categories: f.enum } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function fileEntry(name: string, files: Publication) {
  const facts = files.get(name);
  if (!facts) throw new Error(`publish: ${name} was not written`);
  return { bytes: facts.bytes, hash: `sha256:${facts.sha256}` };
}

/** The workbook: every table in one file, a resource of its own (not tabular for Frictionless). */
function workbookResource(files: Publication, release: ReleaseInfo) {
  const path = workbookName();
  return {
    name: 'workbook',
    title: 'Every table in one spreadsheet workbook',
    description:
      'A README sheet (licence, attribution, codebook) and one sheet per table with the same rows as its CSV, JSON and Parquet files; every cell typed (integers as numbers, dates as dates, all else as text), no formulas.',
    path,
    format: 'xlsx',
    mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ...fileEntry(path, files),
    download: versionedAddress(release.version, path),
  };
}

/** The Frictionless Data Package v2 descriptor, generated from schemas/ and the written files. */
export function toDatapackage(
  documents: Row[],
  places: Row[],
  files: Publication,
  release: ReleaseInfo,
): string {
  const dataset = schemaJson('dataset.json') as Record<string, unknown>;
  const resource = (table: TableName) => {
    const s = tableSchema(table);
    return {
      name: table,
      type: 'table',
      title: s.title,
      description: s.description,
      path: `${table}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...fileEntry(`${table}.csv`, files),
      dialect: {
        header: true,
        delimiter: ',',
        lineTerminator: CSV_LINE_TERMINATOR,
        quoteChar: '"',
        doubleQuote: true,
      },
      schema: {
        fields: fieldInfo(table).map(frictionlessField),
        missingValues: [''],
        primaryKey: s['x-primaryKey'],
        // every reference names its resource, a self-reference too (Frictionless v1 requires it)
        ...(s['x-foreignKeys'].length > 0 ? { foreignKeys: s['x-foreignKeys'] } : {}),
      },
      download: versionedAddress(release.version, `${table}.csv`),
      alternates: ALTERNATE_FORMATS.map((ext) =>
        alternate(table, ext, fileEntry(`${table}.${ext}`, files), release.version),
      ),
    };
  };
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.name,
    title: dataset.title,
    description: dataset.description,
    version: release.version,
    created: release.created,
    homepage: home().repository,
    keywords: dataset.keywords,
    licenses: dataset.licenses,
    contributors: dataset.contributors,
    sources: documents.map((d) => ({
      title: `${String(d.title)} (${String(d.publisher)})`,
      path: d.address,
      version: d.revision_id ?? 'unknown revision',
    })),
    resources: [
      ...TABLES.map(resource),
      workbookResource(files, release),
      geoJsonResource(places, files, release.version),
      ...sourceResources(documents, files, release.version),
    ],
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
