import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, withBlock } from '../pipeline/metadata/examples.js';
import type { Row } from '../pipeline/records/tables.js';
import { toCsv } from '../pipeline/write/to-csv.js';
import { toJson } from '../pipeline/write/to-json.js';
import { cleanTempDirs, DIST, ROOT, tempDir } from './helpers.js';
import { PYTHON, RSCRIPT, run } from './runtimes.js';

afterAll(cleanTempDirs);

/** The campaign totals the article states: 13 killed, 51 injured; no incident figure added twice. */
const totals = (source: string) => `casualty totals from ${source}, without double counting:
injured: low 51, best 51, high 51
killed: low 13, best 13, high 13
`;
const CSV_AND_JSON = totals('casualties.csv') + totals('casualties.json');
const example = (file: string) => join(ROOT, 'examples', file);

describe('the examples print the casualty totals without double counting, run from anywhere', () => {
  const elsewhere = tempDir();

  it('pandas (Debian python3-pandas), from CSV and JSON', () => {
    const r = run(PYTHON, [example('casualty_totals_pandas.py')], { cwd: elsewhere });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(CSV_AND_JSON);
  });

  it('R (readr, jsonlite), from CSV and JSON', () => {
    const r = run(RSCRIPT, [example('casualty_totals.R')], { cwd: elsewhere });
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: CSV_AND_JSON });
  });

  it('nodejs-polars, from CSV and JSON', () => {
    const r = run(process.execPath, [example('casualty-totals-polars.mjs')], { cwd: elsewhere });
    expect({ stderr: r.stderr, stdout: r.stdout }).toEqual({ stderr: '', stdout: CSV_AND_JSON });
  });

  it('JavaScript: the npm package, CSV (d3-dsv) and JSON', () => {
    const r = run(process.execPath, [example('casualty-totals.mjs')], { cwd: elsewhere });
    expect({ stderr: r.stderr, stdout: r.stdout }).toEqual({
      stderr: '',
      stdout: totals('the npm package') + CSV_AND_JSON,
    });
  });

  it('a folder given as the argument is read instead of dist/', () => {
    const r = run(PYTHON, [example('casualty_totals_pandas.py'), '/nonexistent/'], {
      cwd: elsewhere,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/casualties.csv');
  });

  it('with an included_in column, pandas and R add up exactly the rows it leaves empty', () => {
    // the campaign totals include the incident figures, but one incident row is left counted:
    // 13 killed + 1 = 14, where the published included_in gives 13
    const folder = join(tempDir(), 'data/');
    // the published rows, with the 14:00 dead counted as if nothing included them
    const rows = (JSON.parse(readFileSync(join(DIST, 'casualties.json'), 'utf8')) as Row[]).map(
      (c) =>
        c.casualty_id === 'stepanakert-2020:cas-1400-killed'
          ? { ...c, included_in: null, inclusion_basis: null, inclusion_reason: null }
          : c,
    );
    mkdirSync(folder);
    writeFileSync(join(folder, 'casualties.json'), toJson('casualties', rows));
    writeFileSync(join(folder, 'casualties.csv'), toCsv('casualties', rows));
    for (const f of ['events.csv', 'events.json']) copyFileSync(join(DIST, f), join(folder, f));
    const expected = (source: string) => `casualty totals from ${source}, without double counting:
injured: low 51, best 51, high 51
killed: low 14, best 14, high 14
`;
    const both = expected('casualties.csv') + expected('casualties.json');
    expect(run(PYTHON, [example('casualty_totals_pandas.py'), folder]).stdout).toBe(both);
    expect(run(RSCRIPT, [example('casualty_totals.R'), folder]).stdout).toBe(both);
  });

  it('DuckDB SQL, from CSV, with the folder in the variable base', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    try {
      await c.run(`SET VARIABLE base = '${DIST}/'`);
      const statements = readFileSync(example('casualty-totals.sql'), 'utf8')
        .split(/;\s*\n/)
        .map((s) => s.trim())
        .filter((s) => s.replace(/^--.*$/gm, '').trim() !== '');
      let rows: unknown[] = [];
      for (const s of statements) rows = (await c.runAndReadAll(s)).getRowObjectsJson();
      expect(rows).toEqual([
        { outcome: 'injured', count_low: 51, count_best: 51, count_high: 51 },
        { outcome: 'killed', count_low: 13, count_best: 13, count_high: 13 },
      ]);
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });

  it('their typed reads are the ones generated from schemas/ (make examples)', () => {
    for (const file of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
      const text = readFileSync(example(file), 'utf8');
      expect(withBlock(file, text), `examples/${file}: run \`make examples\``).toBe(text);
    }
  });
});
