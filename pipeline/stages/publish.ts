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
 * explorer file, and its sheet fragments to the spool. Nothing of a document is kept in memory
 * once it is written but its digest and the sizes of its fragments. Then what needs every
 * document: the documents table, Parquet and CSV (by DuckDB from the JSON), the workbook, the
 * explorer's index, the metadata and SHA256SUMS.
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
    const sql = TABLES.map((t) =>
      tableFilesSql(t, { json: path(t, 'json'), parquet: path(t, 'parquet'), csv: path(t, 'csv') }),
    ).join('\n');
    const duck = await openDuckDb();
    try {
      const copies = duck.connection.run(sql);
      try {
        await meanwhile();
      } finally {
        await copies;
      }
    } finally {
      duck.close();
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

/** `sha256sum` format: "<hex>  <name>\n", names in byte order, SHA256SUMS itself left out. */
export function sha256sums(files: Publication): string {
  return [...files.keys()]
    .filter((n) => n !== 'SHA256SUMS')
    .sort()
    .map((n) => `${files.get(n)?.sha256}  ${n}\n`)
    .join('');
}
