// The floor: what any TypeScript pipeline must pay to publish these tables. A bare Node script
// that imports only @duckdb/node-api (and Node built-ins) and writes the same tables in the same
// three formats (CSV, JSON, Parquet) from ready-made records (the published JSON), with no
// parsing, anchoring or checks.
// Usage: node bench/floor.mjs <records folder> <output folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled; null is empty. */
const field = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
/** CSV with a header row and LF line endings. */
const toCsv = (rows, columns) =>
  [columns, ...rows.map((r) => columns.map((c) => r[c]))]
    .map((values) => `${values.map(field).join(',')}\n`)
    .join('');

const [from, to] = process.argv.slice(2);
mkdirSync(to, { recursive: true });
const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const db = await instance.connect();
for (const table of [
  'documents',
  'events',
  'casualties',
  'damage',
  'munitions',
  'actors',
  'claims',
]) {
  const rows = JSON.parse(readFileSync(join(from, `${table}.json`), 'utf8'));
  const columns = Object.keys(rows[0]);
  writeFileSync(join(to, `${table}.csv`), toCsv(rows, columns));
  writeFileSync(join(to, `${table}.json`), `${JSON.stringify(rows, null, 2)}\n`);
  const types = columns.map((c) =>
    rows.some((r) => typeof r[c] === 'number') ? 'INTEGER' : 'VARCHAR',
  );
  await db.run(
    `CREATE TABLE "${table}" (${columns.map((c, i) => `"${c}" ${types[i]}`).join(', ')})`,
  );
  const appender = await db.createAppender(table);
  for (const r of rows) {
    columns.forEach((c, i) => {
      const v = r[c];
      if (v === null) appender.appendNull();
      else if (types[i] === 'INTEGER') appender.appendInteger(v);
      else appender.appendVarchar(String(v));
    });
    appender.endRow();
  }
  appender.closeSync();
  await db.run(
    `COPY "${table}" TO '${join(to, `${table}.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`,
  );
}
db.closeSync();
instance.closeSync();
