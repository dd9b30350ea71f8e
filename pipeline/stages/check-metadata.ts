import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { AgreementReport } from '../agreement/report.js';
import { documentFileName } from '../explorer/explorer-document-file.js';
import { toExplorerFiles } from '../explorer/to-explorer-files.js';
import { show } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import { workbookName } from '../metadata/home.js';
import { packageVersion } from '../metadata/release.js';
import { renderMetadata } from '../metadata/render-metadata.js';
import { digestOf } from '../records/digest.js';
import { TABLES, type Tables } from '../records/tables.js';
import { toCsv } from '../write/to-csv.js';
import { toGeoJson } from '../write/to-geojson.js';
import { toJson } from '../write/to-json.js';
import type { Findings } from './check-folder.js';
import { type Publication, sourcePath } from './publish.js';
import { inKeyOrder } from './publish-documents.js';

/** Files generated from the tables and schemas alone. */
const GENERATED = [
  'datapackage.json',
  'CODEBOOK.md',
  'READING.md',
  'README.md',
  'LICENSE',
  'index.html',
  'timeline.svg',
];

/**
 * The text of each document whose published source is the one its documents row describes
 * (a source that is not is reported by check-quotes, and its explorer file is not compared).
 */
function sourceTexts(tables: Tables, files: Map<string, Buffer>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const d of tables.documents) {
    const bytes = files.get(sourcePath(String(d.document_id)));
    if (bytes && sha256(bytes) === d.sha256)
      texts.set(String(d.document_id), bytes.toString('utf8'));
  }
  return texts;
}

/**
 * The descriptor, codebook, card, licence, explorer and timeline against what this version's
 * schemas/ generate from the folder's own tables and source texts: a changed field type,
 * resource address, licence or explorer file fails. A dataset of another version is compared
 * only where versions agree, and said so.
 */
export function checkMetadata(
  f: Findings,
  descriptor: Record<string, unknown>,
  tables: Tables,
  files: Map<string, Buffer>,
): void {
  const mine = packageVersion();
  if (typeof descriptor.version !== 'string' || !/^\d+\.\d+\.\d+/.test(descriptor.version)) {
    f.at('datapackage.json', {
      field: 'version',
      problem: 'the descriptor gives no version',
      expected: 'a version such as "1.0.0"',
      found: show(descriptor.version),
      fix: 'download the whole folder again or rebuild it',
    });
    return;
  }
  const version = descriptor.version;
  if (version !== mine) {
    f.notes.push(
      `${f.dir} is a dataset of version ${show(version)}; this check fully checks version ${mine}: its list of files, descriptor, codebook, card, licence, explorer, CSV and JSON were not compared with what version ${mine} generates (files, hashes, rows, schemas, keys and record rules were checked)`,
    );
    return;
  }
  const published: Publication = new Map(
    [...files].map(([name, bytes]) => [name, { bytes: bytes.length, sha256: sha256(bytes) }]),
  );
  const texts = sourceTexts(tables, files);
  const release = { version, created: String(descriptor.created) };
  const generated = renderMetadata(release)(
    digestOf(tables),
    published,
    publishedAgreements(files),
  );
  // the explorer as a build writes it: the documents in the order their keys sort
  for (const [name, text] of toExplorerFiles(inDocumentOrder(tables), texts, release))
    generated.set(name, text);
  // the CSV and JSON as this version writes them from the rows: "0x0d" reads as 13, but is not it
  for (const table of TABLES) {
    generated.set(`${table}.csv`, toCsv(table, tables[table]));
    generated.set(`${table}.json`, toJson(table, tables[table]));
  }
  generated.set('events.geojson', toGeoJson(tables));
  // the folder's files are those this version publishes: none added, none left out
  const publishes = new Set([
    ...generated.keys(),
    ...TABLES.map((t) => `${t}.parquet`),
    workbookName(),
    // the source texts are checked against their documents rows by check-quotes
    ...tables.documents.map((d) => sourcePath(String(d.document_id))),
  ]);
  for (const name of files.keys())
    if (!publishes.has(name))
      f.at(name, {
        problem: `not a file version ${mine} publishes`,
        expected: 'only the tables as CSV, JSON and Parquet and the files generated beside them',
        found: 'a file listed in SHA256SUMS',
        fix: 'delete the file, or download the whole folder again',
      });
  // a file already reported (listed in SHA256SUMS but missing, or not read) is not reported again
  const reported = new Set(f.problems.map((p) => p.file));
  for (const name of publishes)
    if (
      !files.has(name) &&
      !reported.has(join(f.dir, name)) &&
      !lstatSync(join(f.dir, name), { throwIfNoEntry: false })
    )
      f.at(name, {
        problem: 'missing',
        expected: `every file version ${mine} publishes`,
        found: 'none',
        fix: 'download the whole folder again or rebuild it',
      });
  // the explorer's files, but a document's only when its source text is the published one
  const unread = new Set(
    tables.documents
      .map((d) => String(d.document_id))
      .filter((id) => !texts.has(id))
      .map(documentFileName),
  );
  const compared = [
    ...GENERATED,
    ...[...generated.keys()].filter((n) => n.startsWith('explorer/') && !unread.has(n)),
    'events.geojson',
    ...TABLES.flatMap((t) => [`${t}.csv`, `${t}.json`]),
  ];
  compareGenerated(f, generated, files, compared, mine);
}

/** Each of `names` against what this version generates: the first line that differs. */
function compareGenerated(
  f: Findings,
  generated: Map<string, string>,
  files: Map<string, Buffer>,
  names: string[],
  mine: string,
): void {
  for (const name of names) {
    const want = generated.get(name);
    const have = files.get(name)?.toString('utf8');
    if (want === undefined || have === undefined || want === have) continue;
    const lines = [want.split('\n'), have.split('\n')] as const;
    const i = lines[0].findIndex((l, k) => l !== lines[1][k]);
    const [a, b] = [lines[0][i] ?? '', lines[1][i] ?? ''];
    // a long line is shown from shortly before where it differs (a CR at its end, a digit in it)
    let c = 0;
    while (c < a.length && a[c] === b[c]) c++;
    const from = Math.max(a.length, b.length) > 100 ? Math.max(0, c - 40) : 0;
    const excerpt = (l: string) => `${from > 0 ? '...' : ''}${show(l.slice(from))}`;
    f.at(name, {
      line: i + 1,
      problem: `differs from what version ${mine} generates from the folder's tables and schemas/`,
      expected: excerpt(a),
      found: excerpt(b),
      fix: 'download the whole folder again or rebuild it; do not edit published files',
    });
  }
}

/** The agreement figures the folder publishes (agreement.json), from which its card is made. */
function publishedAgreements(files: Map<string, Buffer>): AgreementReport[] {
  try {
    const value = JSON.parse(files.get('agreement.json')?.toString('utf8') ?? '[]') as unknown;
    return Array.isArray(value) ? (value as AgreementReport[]) : [];
  } catch {
    // an unreadable file: the card then differs from what it generates, and that is reported
    return [];
  }
}

/** The tables with the documents table in the order a build takes the documents (key order). */
function inDocumentOrder(tables: Tables): Tables {
  const order = inKeyOrder(tables.documents.map((d) => String(d.document_id)));
  const rank = new Map(order.map((id, i) => [id, i]));
  const documents = [...tables.documents].sort(
    (a, b) => (rank.get(String(a.document_id)) ?? 0) - (rank.get(String(b.document_id)) ?? 0),
  );
  return { ...tables, documents };
}
