import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AgreementReport } from '../agreement/report.js';
import { addDigest, type Digest, emptyDigest } from '../records/digest.js';
import { TABLES, type TableName } from '../records/tables.js';
import { type FileFacts, FileSink, hashFile, writeWhole } from '../write/file-sink.js';
import type { SheetFragment } from '../write/sheet-fragment.js';
import { SheetSpool } from '../write/sheet-spool.js';
import { toJson } from '../write/to-json.js';
import { openDuckDb, tableFilesSql } from '../write/to-parquet.js';
import { STREAMED_TABLES } from './document-parts.js';
import { ExplorerWriter } from './explorer-parts.js';
import type { Entry } from './parts-cache.js';

export type { FileFacts } from '../write/file-sink.js';

/** The files of one publication, name → size and hash, as they were written. */
export type Publication = Map<string, FileFacts>;

/** The folder of the staging folder where sheet fragments wait for the workbook (never published). */
const SPOOL = '.sheets';

/** Where a document's text is published: `sources/<document_id>.txt`. */
export const sourcePath = (documentId: string) => `sources/${documentId}.txt`;

const GEOJSON_HEAD = '{\n  "type": "FeatureCollection",\n  "features": [';

/** An array file written piece by piece: "[", the pieces joined by ",\n", "]" (as JSON.stringify indents). */
class ArraySink {
  private first = true;
  constructor(
    private readonly sink: FileSink,
    head: string,
    private readonly tail: (empty: boolean) => string,
  ) {
    sink.write(head);
  }
  add(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.sink.write(this.first ? '\n' : ',\n');
    this.sink.write(piece);
    this.first = false;
  }
  close(): FileFacts {
    this.sink.write(this.tail(this.first));
    return this.sink.close();
  }
}

const jsonTail = (empty: boolean) => (empty ? ']\n' : '\n]\n');
const geoJsonTail = (empty: boolean) => (empty ? ']\n}\n' : '\n  ]\n}\n');

/** What a publication adds up over its documents, for the files written after the last one. */
export interface Totals {
  digest: Digest;
  agreements: AgreementReport[];
}

/**
 * The files of a publication written as the documents come, one document at a time, in the
 * order of their keys: each table's JSON, events.geojson, each document's text and
 * explorer file. Nothing of a document is kept once it is written but its digest and where its
 * sheet pieces lie. Then what needs every document: the documents table, Parquet and CSV (by
 * DuckDB from the JSON),
 * the workbook, the explorer's index, the metadata and SHA256SUMS.
 */
export class Publisher {
  readonly files: Publication = new Map();
  readonly totals: Totals = { digest: emptyDigest(), agreements: [] };
  private readonly json = new Map<TableName, ArraySink>();
  private readonly geojson: ArraySink;
  /** Each document's sheet fragments, until the workbook is written (a folder of the staging folder, removed). */
  private readonly sheets: SheetSpool;
  readonly explorer: ExplorerWriter;

  constructor(readonly dir: string) {
    for (const t of STREAMED_TABLES)
      this.json.set(t, new ArraySink(new FileSink(join(dir, `${t}.json`)), '[', jsonTail));
    this.sheets = new SheetSpool(join(dir, SPOOL), STREAMED_TABLES);
    this.geojson = new ArraySink(
      new FileSink(join(dir, 'events.geojson')),
      GEOJSON_HEAD,
      geoJsonTail,
    );
    this.explorer = new ExplorerWriter((name, content) => this.whole(name, content));
  }

  /** Folders made for the files written whole (a document's text and explorer file): each made once. */
  private readonly folders = new Set<string>();

  /** Writes a file whole and records it. */
  whole(name: string, data: string | Uint8Array): void {
    const folder = dirname(name);
    this.files.set(name, writeWhole(join(this.dir, name), data, this.folders.has(folder)));
    this.folders.add(folder);
  }

  /** One document's pieces, appended to every file they belong to. */
  add(entry: Entry): void {
    const piece = (name: string) => entry.segments.get(name) as Buffer;
    for (const t of STREAMED_TABLES) {
      this.json.get(t)?.add(piece(`json/${t}`));
      this.sheets.add(t, entry.facts.sheets[t], piece(`sheet/${t}`));
    }
    this.geojson.add(piece('geojson'));
    this.whole(sourcePath(entry.facts.id), piece('source'));
    this.explorer.add(entry.facts.explorer, piece('explorer'));
    addDigest(this.totals.digest, entry.facts.digest);
    if (entry.facts.agreement) this.totals.agreements.push(entry.facts.agreement);
  }

  /** Closes the streamed files and writes the documents table's JSON (its rows sorted by id). */
  closeStreams(): void {
    for (const t of STREAMED_TABLES)
      this.files.set(`${t}.json`, this.json.get(t)?.close() as FileFacts);
    this.files.set('events.geojson', this.geojson.close());
    this.sheets.close();
    // the digest keeps the documents in id order, the documents table's key order
    this.whole('documents.json', toJson('documents', this.totals.digest.documents));
  }

  /**
   * Every table's Parquet and CSV, written by DuckDB from the JSON in one run of statements on
   * its own thread; `meanwhile` runs on this one (the workbook) before the run is awaited.
   */
  async tableFiles(meanwhile: () => Promise<void>): Promise<void> {
    const path = (t: TableName, ext: string) => join(this.dir, `${t}.${ext}`);
    const sql = (t: TableName) =>
      tableFilesSql(t, { json: path(t, 'json'), parquet: path(t, 'parquet'), csv: path(t, 'csv') });
    // two single-threaded instances, each with about half the rows: each file is written by
    // one statement on one thread (the same bytes however the tables are shared out)
    const groups = shares(TABLES, (t) => this.files.get(`${t}.json`)?.bytes ?? 0, DUCKDB_RUNS);
    const ducks = await Promise.all(groups.map(() => openDuckDb()));
    try {
      const copies = Promise.allSettled(
        groups.map((g, i) => ducks[i]?.connection.run(g.map(sql).join('\n'))),
      );
      try {
        await meanwhile();
      } finally {
        const failed = (await copies).find((r) => r.status === 'rejected');
        if (failed) throw failed.reason;
      }
    } finally {
      for (const duck of ducks) duck.close();
    }
    for (const t of TABLES)
      for (const ext of ['parquet', 'csv']) this.files.set(`${t}.${ext}`, hashFile(path(t, ext)));
  }

  /** Each document's fragment of a table's sheet, in turn. */
  sheetPieces(table: TableName): Iterable<SheetFragment> {
    return this.sheets.fragments(table);
  }

  /** Removes the spooled sheets, once the workbook is written. */
  dropSpool(): void {
    rmSync(this.sheets.dir, { recursive: true, force: true });
  }
}

/** DuckDB instances that write the tables' Parquet and CSV side by side after the last document. */
const DUCKDB_RUNS = 2;

/**
 * `items` shared out into at most `n` groups of about equal weight (the heaviest first, each to
 * the lightest group so far), each group in the items' order. Deterministic.
 */
export function shares<T>(items: readonly T[], weight: (item: T) => number, n: number): T[][] {
  const groups = Array.from({ length: n }, () => ({ weight: 0, items: [] as T[] }));
  const heaviest = [...items].sort((a, b) => weight(b) - weight(a));
  for (const item of heaviest) {
    const lightest = groups.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.items.push(item);
    lightest.weight += weight(item);
  }
  return groups
    .filter((g) => g.items.length > 0)
    .map((g) => items.filter((i) => g.items.includes(i)));
}

/** `sha256sum` format: "<hex>  <name>\n", names in byte order, SHA256SUMS itself left out. */
export function sha256sums(files: Publication): string {
  return [...files.keys()]
    .filter((n) => n !== 'SHA256SUMS')
    .sort()
    .map((n) => `${files.get(n)?.sha256}  ${n}\n`)
    .join('');
}
