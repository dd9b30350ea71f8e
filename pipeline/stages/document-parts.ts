import { readRecordedAgreement } from '../agreement/report.js';
import { annotateDocument } from '../build.js';
import { fail } from '../lib/errors.js';
import { tally } from '../lib/tally.js';
import { type Digest, digestOf } from '../records/digest.js';
import { TABLES, type TableName, type Tables, tableSchema } from '../records/tables.js';
import { type FragmentFacts, sheetFragment } from '../write/sheet-fragment.js';
import { toGeoJson } from '../write/to-geojson.js';
import { jsonRows } from '../write/to-json.js';
import { ANCHOR_STATUSES, type AnchorStatus } from './anchor.js';
import { mergeTables } from './build-records.js';
import type { CoverageStatus } from './coverage.js';
import { type ExplorerParts, explorerParts } from './explorer-parts.js';
import type { Gazetteer } from './read-gazetteer.js';
import type { RawDocument } from './read-raw.js';

/** The tables whose rows a document contributes in document order; documents is written last, sorted by id. */
export const STREAMED_TABLES = TABLES.filter((t) => t !== 'documents');

/** The small facts of one document a build adds up (everything of it but its text pieces). */
export interface DocumentFacts {
  id: string;
  digest: Digest;
  explorer: Omit<ExplorerParts, 'file'> & { file: string };
  anchors: Record<AnchorStatus, number>;
  coverage: Record<CoverageStatus, number>;
  agreement: ReturnType<typeof readRecordedAgreement> | null;
  /** Each table's sheet fragment (its deflated bytes are the segment sheet/<table>): rows, size, CRC-32. */
  sheets: Record<TableName, FragmentFacts>;
}

/** What one document contributes to a publication: its facts and its pieces of every file. */
export interface DocumentParts {
  facts: DocumentFacts;
  /** Pieces in a fixed order: json/<t>, sheet/<t> (t in STREAMED_TABLES), geojson, explorer, source; text as UTF-8. */
  segments: [string, string | Uint8Array][];
}

/** The features of events.geojson, as they sit inside its features array ('' when none). */
export function geoJsonPiece(tables: Pick<Tables, 'events' | 'places'>): string {
  if (tables.events.length === 0) return '';
  const whole = toGeoJson(tables);
  const head = '"features": [\n';
  return whole.slice(whole.indexOf(head) + head.length, -'\n  ]\n}\n'.length);
}

/** What a document's stages found besides its rows: anchors, coverage, agreement figures. */
export type Findings = Pick<DocumentFacts, 'anchors' | 'coverage' | 'agreement'>;

/**
 * The per-document stages, pure: read → ingest → … → validate (annotateDocument), then every
 * piece of every published file this document contributes.
 */
export function documentParts(raw: RawDocument, gazetteer: Gazetteer): DocumentParts {
  const { annotated, results, tables } = annotateDocument(raw, gazetteer);
  const { doc } = annotated;
  return partsOfTables(tables, doc.text.text, {
    anchors: tally(ANCHOR_STATUSES, results),
    coverage: annotated.coverage.totals,
    agreement: readRecordedAgreement(raw) ?? null,
  });
}

/** One document's rows (every key begins "<document_id>:") → its pieces of every file, rows in key order. Pure. */
export function partsOfTables(unsorted: Tables, text: string, findings: Findings): DocumentParts {
  const tables = mergeTables([unsorted]);
  const id = String(tables.documents[0]?.document_id);
  requireOwnKeys(id, tables);
  const explorer = explorerParts(tables, text);
  // strings stay strings: the entry encodes them once, into one buffer (serialise)
  const segments: [string, string | Uint8Array][] = [];
  const sheets = {} as DocumentFacts['sheets'];
  for (const t of STREAMED_TABLES) {
    const { deflated, ...sheet } = sheetFragment(t, tables[t]);
    sheets[t] = sheet;
    segments.push([`json/${t}`, jsonRows(t, tables[t])]);
    segments.push([`sheet/${t}`, deflated]);
  }
  segments.push(['geojson', geoJsonPiece(tables)]);
  segments.push(['explorer', explorer.file.content]);
  segments.push(['source', text]);
  const facts: DocumentFacts = {
    id,
    digest: digestOf(tables),
    explorer: { ...explorer, file: explorer.file.name },
    ...findings,
    sheets,
  };
  return { facts, segments };
}

/**
 * Every row's key begins with its document's id and ":", so that documents in the order of
 * "<id>:" give each table in key order by concatenation and no two documents share a key.
 */
function requireOwnKeys(id: string, tables: Tables): void {
  const prefix = `${id}:`;
  for (const t of STREAMED_TABLES) {
    const key = tableSchema(t)['x-primaryKey'][0] as string;
    const row = tables[t].find((r) => !String(r[key]).startsWith(prefix));
    if (row)
      fail({
        file: `document ${id}`,
        id: String(row[key]),
        field: key,
        problem: `a record of table ${t} has a key outside its document`,
        expected: `a key beginning "${id}:"`,
        found: JSON.stringify(row[key]),
        fix: 'records are keyed by their document: report this as a bug of the pipeline',
      });
  }
}
