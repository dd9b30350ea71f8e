import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldInfo } from '../pipeline/metadata/fields.js';
import {
  duckdb,
  javascript,
  type Kind,
  kindOf,
  nodePolars,
  pandas,
  polars,
  r,
} from '../pipeline/metadata/recipes.js';
import { TABLES, type TableName } from '../pipeline/records/tables.js';
import { DIST, ROOT } from './helpers.js';
import { PYTHON, RSCRIPT, run } from './runtimes.js';

type Format = 'csv' | 'json';
const FORMATS: Format[] = ['csv', 'json'];
const BASE = `${DIST}/`;
const rows = (t: TableName) =>
  JSON.parse(readFileSync(join(DIST, `${t}.json`), 'utf8')) as Record<string, unknown>[];
/** Each column's type as a reader names it, from the schema's kinds. */
const expectedTypes = (t: TableName, names: Record<Kind, string>) =>
  fieldInfo(t).map((f) => names[kindOf(f)]);

/** Lines of `{"table", "types", "rows"}` JSON, one per table, as a reader's script printed them. */
function parseDump(stdout: string) {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { table: TableName; types: string[]; rows: unknown[] });
}

function expectEveryTable(
  dump: { table: TableName; types: string[]; rows: unknown[] }[],
  names: Record<Kind, string>,
) {
  expect(dump.map((d) => d.table)).toEqual([...TABLES]);
  for (const d of dump) {
    expect({ table: d.table, types: d.types }).toEqual({
      table: d.table,
      types: expectedTypes(d.table, names),
    });
    expect(d.rows, d.table).toEqual(rows(d.table));
  }
}

describe.each(FORMATS)('the typed reading recipes, from %s', (format) => {
  it('pandas: Int64 counts, datetime64 dates, string text, every value as in the JSON', () => {
    const script = [
      pandas.setup,
      'import json',
      `base = ${JSON.stringify(BASE)}`,
      'def dump(name, df):',
      '    out = [{k: (None if pd.isna(v) else v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else int(v) if str(df[k].dtype) == "Int64" else v) for k, v in rec.items()} for rec in df.to_dict(orient="records")]',
      '    print(json.dumps({"table": name, "types": [str(t) for t in df.dtypes], "rows": out}, ensure_ascii=False))',
      ...TABLES.flatMap((t) => [pandas.table(t)[format], `dump("${t}", ${t})`]),
    ].join('\n');
    const out = run(PYTHON, ['-'], { input: script });
    expect(out.stderr).toBe('');
    expectEveryTable(parseDump(out.stdout), {
      text: 'string',
      integer: 'Int64',
      number: 'Float64',
      boolean: 'boolean',
      date: 'datetime64[ns]',
    });
  });

  it('R: readr and jsonlite give character, integer and Date columns, every value as in the JSON', () => {
    const script = [
      r.setup,
      `base <- ${JSON.stringify(BASE)}`,
      'dump <- function(name, df) cat(toJSON(list(table = name, types = unname(sapply(df, function(c) class(c)[1])), rows = as.data.frame(df)), dataframe = "rows", na = "null", Date = "ISO8601", auto_unbox = TRUE, digits = NA), "\\n", sep = "")',
      ...TABLES.flatMap((t) => [r.table(t)[format], `dump("${t}", ${t})`]),
    ].join('\n');
    const out = run(RSCRIPT, ['-e', script]);
    expect(out.status, out.stderr).toBe(0);
    expectEveryTable(parseDump(out.stdout), {
      text: 'character',
      integer: 'integer',
      number: 'numeric',
      boolean: 'logical',
      date: 'Date',
    });
  });

  it('nodejs-polars: String, Int64 and Date columns, every value as in the JSON', () => {
    const script = [
      `const base = ${JSON.stringify(BASE)};`,
      nodePolars.setup,
      'const iso = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "bigint" ? Number(v) : v);',
      'const dump = (table, df) => console.log(JSON.stringify({ table, types: Object.values(df.schema).map((t) => String(t).slice("DataType(".length, -1)), rows: df.toRecords().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, iso(v)]))) }));',
      ...TABLES.flatMap((t) => [nodePolars.table(t)[format], `dump("${t}", ${t});`]),
    ].join('\n');
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expectEveryTable(parseDump(stdout), {
      text: 'String',
      integer: 'Int64',
      number: 'Float64',
      boolean: 'Bool',
      date: 'Date',
    });
  });

  it('DuckDB: VARCHAR, INTEGER and DATE columns, every value as in the JSON', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    try {
      const dump = [];
      for (const t of TABLES) {
        await c.run(duckdb.table(t)[format].replaceAll('<base>', BASE));
        const result = await c.runAndReadAll(`FROM ${t}`);
        dump.push({
          table: t,
          types: result.columnTypes().map(String),
          rows: result.getRowObjectsJson(),
        });
      }
      expectEveryTable(dump, {
        text: 'VARCHAR',
        integer: 'INTEGER',
        number: 'DOUBLE',
        boolean: 'BOOLEAN',
        date: 'DATE',
      });
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });
});

describe('the JavaScript recipe (Node and the browser, Observable)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('access-control-allow-origin', '*');
      res.end(readFileSync(join(DIST, String(req.url).slice(1))));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each(
    FORMATS,
  )('from %s: numbers or null, Dates at UTC midnight, text as text', async (format) => {
    const script = [
      `const base = ${JSON.stringify(base)};`,
      javascript.setup,
      'const iso = (v) => (v instanceof Date ? "Date " + v.toISOString() : v);',
      'const dump = (table, rows) => console.log(JSON.stringify({ table, types: [], rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, iso(v)]))) }));',
      ...TABLES.flatMap((t) => [javascript.table(t)[format], `dump("${t}", ${t});`]),
    ].join('\n');
    // asynchronously: the server answers from this process
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const dump = parseDump(stdout);
    expect(dump.map((d) => d.table)).toEqual([...TABLES]);
    for (const d of dump) {
      const dates = fieldInfo(d.table)
        .filter((f) => kindOf(f) === 'date')
        .map((f) => f.name);
      expect(d.rows, d.table).toEqual(
        rows(d.table).map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [
              k,
              dates.includes(k) && v !== null ? `Date ${String(v)}T00:00:00.000Z` : v,
            ]),
          ),
        ),
      );
    }
  });
});

describe('the Python polars recipe (Debian has no polars: checked as text)', () => {
  it('gives the whole schema, and parses the dates of JSON only where a table has them', () => {
    const schema =
      '{"actor_id": pl.String, "name": pl.String, "actor_type": pl.String, "affiliation": pl.String, "affiliation_quote": pl.String, "speaks_for_actor_id": pl.String, "document_id": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "quote": pl.String}';
    expect(polars.table('actors')).toEqual({
      csv: `actors = pl.read_csv(base + "actors.csv", schema=${schema})`,
      json: `actors = pl.read_json(base + "actors.json", schema=${schema})`,
      parquet: 'actors = pl.read_parquet(base + "actors.parquet")',
    });
    expect(polars.table('claims').json).toMatch(
      /^claims = pl\.read_json\(base \+ "claims\.json", schema=\{.*"statement_date": pl\.String.*\}\)\.with_columns\(pl\.col\("statement_date"\)\.str\.to_date\(\)\)$/,
    );
  });
});
