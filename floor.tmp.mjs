import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
const [from, to] = process.argv.slice(2);
mkdirSync(to, { recursive: true });
const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
const db = await inst.connect();
const hash = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');
for (const t of ['documents','events','casualties','damage','munitions','actors','claims','event_actors','places','exclusions']) {
  const rows = JSON.parse(readFileSync(`${from}/${t}.json`, 'utf8'));
  writeFileSync(`${to}/${t}.json`, JSON.stringify(rows, null, 2) + '\n');
  const schema = JSON.parse(readFileSync(`schemas/tables/${t}.schema.json`,'utf8'));
  const cols = Object.entries(schema.properties).map(([n,p]) => { const ty=[p.type].flat().filter(x=>x!=='null')[0]; return `'${n}': '${p.format==='date'?'DATE':ty==='integer'?'INTEGER':ty==='number'?'DOUBLE':ty==='boolean'?'BOOLEAN':'VARCHAR'}'`; }).join(', ');
  await db.run(`CREATE TABLE "${t}" AS SELECT * FROM read_json('${from}/${t}.json', format='array', columns={${cols}})`);
  await db.run(`COPY "${t}" TO '${to}/${t}.csv' (FORMAT csv, HEADER)`);
  await db.run(`COPY "${t}" TO '${to}/${t}.parquet' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 8192)`);
  await db.run(`DROP TABLE "${t}"`);
  for (const x of ['json','csv','parquet']) hash(`${to}/${t}.${x}`);
}
