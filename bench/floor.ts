// The floor: what any TypeScript pipeline must pay to publish these tables. From ready-made
// rows (the `<table>.json` files of a build, all 10 tables) it only writes the same table files:
// JSON by Node (JSON.parse of the rows, JSON.stringify), CSV and Parquet by DuckDB's COPY from
// the JSON read with typed columns, with the statements and options every writer of these tables
// uses (tableFilesSql: Parquet from the JSON, CSV from the Parquet). No parsing of text,
// anchoring, checks, workbook, explorer or metadata. It hashes every file it wrote (SHA-256) into a
// SHA256SUMS of its own, so `make bench` can compare each file with the build's.
// Bundled by esbuild exactly like the command line (compiled/floor.mjs), so it starts as fast.
// Usage: node compiled/floor.mjs <records folder> <output folder>
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TABLES } from '../pipeline/records/tables.js';
import { openDuckDb, tableFilesSql } from '../pipeline/write/to-parquet.js';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node compiled/floor.mjs <records folder> <output folder>');
  process.exit(2);
}
mkdirSync(to, { recursive: true });
const sums = new Map<string, string>();
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const duck = await openDuckDb();
try {
  for (const table of TABLES) {
    const rows: unknown = JSON.parse(readFileSync(resolve(from, `${table}.json`), 'utf8'));
    const text = `${JSON.stringify(rows, null, 2)}\n`;
    const path = (ext: string) => resolve(to, `${table}.${ext}`);
    writeFileSync(path('json'), text);
    sums.set(`${table}.json`, sha256(text));
    await duck.connection.run(
      tableFilesSql(table, { json: path('json'), parquet: path('parquet'), csv: path('csv') }),
    );
    for (const ext of ['csv', 'parquet'])
      sums.set(`${table}.${ext}`, sha256(readFileSync(path(ext))));
  }
} finally {
  duck.close();
}
writeFileSync(
  join(to, 'SHA256SUMS'),
  [...sums.keys()]
    .sort()
    .map((n) => `${sums.get(n)}  ${n}\n`)
    .join(''),
);
