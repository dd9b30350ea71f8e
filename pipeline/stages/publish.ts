import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stage } from '../lib/atomic-folder.js';
import { sha256 } from '../lib/hash.js';
import { TABLES, type Tables } from '../records/tables.js';
import { toCsv } from '../write/to-csv.js';
import { toJson } from '../write/to-json.js';
import { openDuckDb, toParquet } from '../write/to-parquet.js';

/** Files derived from the data files once they are written (descriptor, codebook, card, licence). */
export type RenderMetadata = (tables: Tables, files: Map<string, Buffer>) => Map<string, string>;

/** The files of one publication, name → bytes, as they were written. */
export type Publication = Map<string, Buffer>;

/**
 * Publish stage: writes every table as CSV, JSON and Parquet, the metadata derived from them and
 * SHA256SUMS into a temporary folder, then swaps it in place of `outDir` in one step.
 */
export async function publish(
  outDir: string,
  tables: Tables,
  renderMetadata: RenderMetadata,
): Promise<Publication> {
  const staging = stage(outDir);
  try {
    const duck = await openDuckDb();
    try {
      for (const table of TABLES) {
        writeFileSync(join(staging.dir, `${table}.csv`), toCsv(table, tables[table]));
        writeFileSync(join(staging.dir, `${table}.json`), toJson(table, tables[table]));
        await toParquet(
          duck.connection,
          table,
          tables[table],
          join(staging.dir, `${table}.parquet`),
        );
      }
    } finally {
      duck.close();
    }
    const files = readFolder(staging.dir);
    for (const [name, text] of renderMetadata(tables, files)) {
      writeFileSync(join(staging.dir, name), text);
      files.set(name, Buffer.from(text));
    }
    const sums = sha256sums(files);
    writeFileSync(join(staging.dir, 'SHA256SUMS'), sums);
    files.set('SHA256SUMS', Buffer.from(sums));
    staging.commit();
    return files;
  } catch (e) {
    staging.abort();
    throw e;
  }
}

export function readFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir).sort()) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/** `sha256sum` format: "<hex>  <name>\n", names in byte order, SHA256SUMS itself left out. */
export function sha256sums(files: Map<string, Buffer>): string {
  return [...files.keys()]
    .filter((n) => n !== 'SHA256SUMS')
    .sort()
    .map((n) => `${sha256(files.get(n) as Buffer)}  ${n}\n`)
    .join('');
}
