// The floor: what any TypeScript pipeline must pay to publish these tables. From ready-made
// rows (the `<table>.json` files of a build, all 10 tables) it only writes the same table files:
// JSON by Node, CSV and Parquet by DuckDB's COPY from the JSON read with typed columns. No
// parsing, anchoring, checks or metadata. It hashes every file it wrote (SHA-256) into a
// SHA256SUMS of its own, so `make bench` can compare each file with the build's.
// Bundled by esbuild exactly like the command line (compiled/floor.mjs), so it starts as fast.
// Usage: node compiled/floor.mjs <records folder> <output folder>
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TABLES } from '../pipeline/records/tables.js';
import { columnTypes, openDuckDb } from '../pipeline/write/to-parquet.js';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node compiled/floor.mjs <records folder> <output folder>');
  process.exit(2);
}
mkdirSync(to, { recursive: true });
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const sums = new Map<string, string>();
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const duck = await openDuckDb();
try {
  for (const table of TABLES) {
    const json = resolve(from, `${table}.json`);
    const rows: unknown = JSON.parse(readFileSync(json, 'utf8'));
    const text = `${JSON.stringify(rows, null, 2)}\n`;
    writeFileSync(join(to, `${table}.json`), text);
    sums.set(`${table}.json`, sha256(text));
    const columns = columnTypes(table)
      .map((c) => `${literal(c.name)}: ${literal(c.type)}`)
      .join(', ');
    await duck.connection.run(
      `CREATE TABLE ${ident(table)} AS SELECT * FROM read_json(${literal(json)}, format = 'array', columns = {${columns}})`,
    );
    for (const [format, options] of [
      ['csv', 'FORMAT csv, HEADER'],
      ['parquet', 'FORMAT parquet, COMPRESSION zstd'],
    ] as const) {
      const name = `${table}.${format}`;
      await duck.connection.run(
        `COPY ${ident(table)} TO ${literal(resolve(to, name))} (${options})`,
      );
      sums.set(name, sha256(readFileSync(join(to, name))));
    }
    await duck.connection.run(`DROP TABLE ${ident(table)}`);
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
