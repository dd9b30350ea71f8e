import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('notebook examples answer "casualties by incident, with their claimants"', () => {
  it('JavaScript', () => {
    const out = execFileSync(process.execPath, ['examples/casualties-by-incident.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(
      out,
    ).toBe(`2020-09-27..2020-09-27 incident injured more_than 13–? — Office of the President of the Republic of Artsakh asserts; Ministry of Defence of Azerbaijan denies
2020-09-27..2020-09-27 incident injured exact 4 — Unnamed reports on the afternoon bombardment reports
2020-09-27..2020-09-27 incident killed exact 1 — Unnamed reports on the afternoon bombardment reports
2020-09-27..2020-11-11 campaign injured exact 51 — The article itself (no source named) reports; The article itself (no source named) reports
2020-09-27..2020-11-11 campaign killed exact 13 — The article itself (no source named) reports; The article itself (no source named) reports
2020-09-27..2020-11-11 campaign killed unspecified ?–? — Special Rapporteurs of the Office of the UN High Commissioner for Human Rights (OHCHR) asserts
2020-09-27..2020-11-11 campaign injured unspecified ?–? — Special Rapporteurs of the Office of the UN High Commissioner for Human Rights (OHCHR) asserts
`);
  });

  it('DuckDB SQL', async () => {
    const sql = readFileSync(join(ROOT, 'examples/casualties-by-incident.sql'), 'utf8').replaceAll(
      "'dist/",
      `'${ROOT}/dist/`,
    );
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    const rows = (await c.runAndReadAll(sql)).getRowObjectsJson();
    c.closeSync();
    instance.closeSync();
    const article = 'The article itself (no source named) reports';
    const ohchr =
      'Special Rapporteurs of the Office of the UN High Commissioner for Human Rights (OHCHR) asserts';
    const row = (
      id: string,
      kind: string,
      end: string,
      outcome: string,
      q: string,
      lo: number | null,
      best: number | null,
      hi: number | null,
      claimants: string,
    ) => ({
      event_id: `stepanakert-2020:${id}`,
      event_kind: kind,
      date_start: '2020-09-27',
      date_end: end,
      outcome,
      qualifier: q,
      count_low: lo,
      count_best: best,
      count_high: hi,
      claimants,
    });
    expect(rows).toEqual([
      row(
        'campaign',
        'campaign',
        '2020-11-11',
        'injured',
        'exact',
        51,
        51,
        51,
        `${article}; ${article}`,
      ),
      row('campaign', 'campaign', '2020-11-11', 'injured', 'unspecified', null, null, null, ohchr),
      row(
        'campaign',
        'campaign',
        '2020-11-11',
        'killed',
        'exact',
        13,
        13,
        13,
        `${article}; ${article}`,
      ),
      row('campaign', 'campaign', '2020-11-11', 'killed', 'unspecified', null, null, null, ohchr),
      row(
        'inc-0927-0803',
        'incident',
        '2020-09-27',
        'injured',
        'more_than',
        13,
        null,
        null,
        'Ministry of Defence of Azerbaijan denies; Office of the President of the Republic of Artsakh asserts',
      ),
      row(
        'inc-0927-1400',
        'incident',
        '2020-09-27',
        'injured',
        'exact',
        4,
        4,
        4,
        'Unnamed reports on the afternoon bombardment reports',
      ),
      row(
        'inc-0927-1400',
        'incident',
        '2020-09-27',
        'killed',
        'exact',
        1,
        1,
        1,
        'Unnamed reports on the afternoon bombardment reports',
      ),
    ]);
  });
});
