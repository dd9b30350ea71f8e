import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AgreementReport } from '../agreement/report.js';
import { stage } from '../lib/atomic-folder.js';
import { sha256 } from '../lib/hash.js';
import { requireOnlyListed } from '../lib/output-folder.js';
import { TABLES, type Tables } from '../records/tables.js';
import { toCsv } from '../write/to-csv.js';
import { toGeoJson } from '../write/to-geojson.js';
import { toJson } from '../write/to-json.js';
import { openDuckDb, toParquet } from '../write/to-parquet.js';

/** What the descriptor and SHA256SUMS say of a written file. */
export interface FileFacts {
  bytes: number;
  sha256: string;
}

/** The files of one publication, name → size and hash, as they were written. */
export type Publication = Map<string, FileFacts>;

/** Files derived from the data files once they are written (descriptor, codebook, card, licence). */
export type RenderMetadata = (
  tables: Tables,
  files: Publication,
  texts: Map<string, string>,
  agreements: AgreementReport[],
) => Map<string, string>;

/** Files made from the tables in other formats (the workbook), then the metadata that lists them. */
export interface Renderers {
  derived: (tables: Tables) => Promise<Map<string, Uint8Array>>;
  metadata: RenderMetadata;
}

/**
 * Publish stage: writes every table as CSV, JSON and Parquet, the metadata derived from them and
 * SHA256SUMS into a temporary folder, then swaps it in place of `outDir` in one step;
 * `whileLocked` runs after the swap, while the folder's lock is still held.
 */
export async function publish(
  outDir: string,
  tables: Tables,
  render: Renderers,
  texts: Map<string, string>,
  whileLocked?: () => void,
  agreements: AgreementReport[] = [],
): Promise<Publication> {
  const staging = stage(outDir);
  const files: Publication = new Map();
  const write = (name: string, data: string | Uint8Array) => {
    mkdirSync(dirname(join(staging.dir, name)), { recursive: true });
    writeFileSync(join(staging.dir, name), data);
    files.set(name, { bytes: Buffer.byteLength(data), sha256: sha256(data) });
  };
  try {
    const duck = await openDuckDb();
    try {
      for (const table of TABLES) {
        write(`${table}.csv`, toCsv(table, tables[table]));
        write(`${table}.json`, toJson(table, tables[table]));
        const parquet = join(staging.dir, `${table}.parquet`);
        await toParquet(duck.connection, table, tables[table], parquet);
        const bytes = readFileSync(parquet);
        files.set(`${table}.parquet`, { bytes: bytes.length, sha256: sha256(bytes) });
      }
    } finally {
      duck.close();
    }
    write('events.geojson', toGeoJson(tables));
    // each document's text byte for byte (strict UTF-8 without BOM encodes back to its bytes)
    for (const [id, text] of texts) write(sourcePath(id), text);
    for (const [name, data] of await render.derived(tables)) write(name, data);
    for (const [name, text] of render.metadata(tables, files, texts, agreements)) write(name, text);
    write('SHA256SUMS', sha256sums(files));
    // under the lock: nothing was saved into OUT since the build began
    requireOnlyListed(outDir);
  } catch (e) {
    staging.abort();
    throw e;
  }
  // from here on the new folder is whole: a failure leaves it or the old one, never a mix
  staging.commit(whileLocked);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Where a document's text is published: `sources/<document_id>.txt`. */
export const sourcePath = (documentId: string) => `sources/${documentId}.txt`;

/** `sha256sum` format: "<hex>  <name>\n", names in byte order, SHA256SUMS itself left out. */
export function sha256sums(files: Publication): string {
  return [...files.keys()]
    .filter((n) => n !== 'SHA256SUMS')
    .sort()
    .map((n) => `${files.get(n)?.sha256}  ${n}\n`)
    .join('');
}
