import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodedRecord } from '../pipeline/agreement/codings.js';
import { cohensKappa, compareCodings } from '../pipeline/agreement/compare.js';
import { cleanTempDirs, cli, ROOT, replaceInFile, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const FIXTURE = join(ROOT, 'test/fixtures/agreement');
const fixtureRaw = () => {
  const raw = join(tempDir(), 'raw');
  cpSync(join(FIXTURE, 'raw'), raw, { recursive: true });
  return raw;
};

describe('make agreement', () => {
  it('compares a second coding with the annotations: records per table, every field, the unmatched', () => {
    const r = spawnSync(
      'make',
      ['-s', '--no-print-directory', 'agreement', 'RAW=test/fixtures/agreement/raw'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(FIXTURE, 'expected.txt'), 'utf8'));
  });

  it('records the figures with --record, and the dataset card publishes them', () => {
    const raw = fixtureRaw();
    const printed = cli(['agreement', '--raw', raw, '--json']);
    expect(cli(['agreement', '--raw', raw, '--record']).status).toBe(0);
    const recorded = readFileSync(join(raw, 'testville', 'agreement.json'), 'utf8');
    expect(`${JSON.stringify([JSON.parse(recorded)], null, 2)}\n`).toBe(printed.stdout);
    const out = join(tempDir(), 'out');
    expect(cli(['build', '--raw', raw, '--out', out, '--quiet']).status).toBe(0);
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    const section = card.slice(card.indexOf('## Agreement'), card.indexOf('## How to cite'));
    expect(section).toBe(readFileSync(join(FIXTURE, 'expected-card.md'), 'utf8'));
  });

  it('refuses a second coding whose quote is not the text at its offsets', () => {
    const raw = fixtureRaw();
    replaceInFile(
      join(raw, 'testville', 'second-coding.json'),
      '"quote": "Ministry of Defence"',
      '"quote": "Ministry of Defense"',
    );
    const r = cli(['agreement', '--raw', raw]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(
      r.stderr.replaceAll(raw, '<raw>'),
    ).toBe(`error: <raw>/testville/second-coding.json:29:7, id "ac-1", field "records.1.quote": the quote is not the text at its offsets
  expected: "Ministry of Defence"
  found:    "Ministry of Defense"
  fix:      offsets count Unicode code points, end exclusive; ask the second coder, the file is never edited
`);
  });

  it('refuses recorded figures that are not of the second coding beside them', () => {
    const raw = fixtureRaw();
    expect(cli(['agreement', '--raw', raw, '--record']).status).toBe(0);
    const coding = join(raw, 'testville', 'second-coding.json');
    writeFileSync(coding, readFileSync(coding, 'utf8').replace('a fixture coder', 'another coder'));
    const r = cli(['build', '--raw', raw, '--out', join(tempDir(), 'out')]);
    expect(r.status).toBe(1);
    expect(
      r.stderr.replaceAll(raw, '<raw>').replace(/"[0-9a-f]{64}"/g, '"<sha256>"'),
    ).toBe(`error: <raw>/testville/agreement.json:4:3, field "second_coding_sha256": the recorded agreement is not of the second coding beside it
  expected: "<sha256>"
  found:    "<sha256>"
  fix:      keep second-coding.json as the coder wrote it, or record the figures of this one with \`make agreement RECORD=1\` before reconciling
`);
  });
});

describe('make agreement without a second coding', () => {
  it('says what to commit', () => {
    const raw = join(tempDir(), 'raw');
    cpSync(join(FIXTURE, 'raw'), raw, { recursive: true });
    rmSync(join(raw, 'testville', 'second-coding.json'));
    const r = cli(['agreement', '--raw', raw]);
    expect(r.status).toBe(1);
    expect(
      r.stderr.replaceAll(raw, '<raw>'),
    ).toBe(`error: <raw>: no document has a second coding to compare
  expected: a second-coding.json in a document folder (schemas/second-coding.schema.json)
  found:    none
  fix:      commit the blind second coding as <raw>/<document>/second-coding.json, unchanged
`);
  });
});

describe('recorded figures belong to their document', () => {
  it('refuses an agreement.json recorded for another document', () => {
    const raw = fixtureRaw();
    expect(cli(['agreement', '--raw', raw, '--record']).status).toBe(0);
    replaceInFile(
      join(raw, 'testville', 'agreement.json'),
      '"document_id": "testville"',
      '"document_id": "elsewhere"',
    );
    const r = cli(['build', '--raw', raw, '--out', join(tempDir(), 'out')]);
    expect(r.status).toBe(1);
    expect(
      r.stderr.replaceAll(raw, '<raw>'),
    ).toBe(`error: <raw>/testville/agreement.json:2:3, field "document_id": the recorded agreement is of another document
  expected: "testville"
  found:    "elsewhere"
  fix:      keep agreement.json in the folder of the document it was recorded for
`);
  });
});

const record = (
  table: CodedRecord['table'],
  key: string,
  span: [number, number],
  fields: CodedRecord['fields'],
): CodedRecord => ({ table, key, spans: [span], fields });

describe('matching records by span overlap', () => {
  it('one span over two figures: the pair agreeing on the identity field wins, then the closer span', () => {
    const casualty = (outcome: string) => ({
      event: null,
      outcome,
      population: 'civilian',
      qualifier: 'exact',
      count_low: 1,
      count_best: 1,
      count_high: 1,
      scope: 'stepanakert',
    });
    const first = [
      record('casualties', 'killed', [0, 20], casualty('killed')),
      record('casualties', 'injured', [25, 40], casualty('injured')),
    ];
    // the second coder spans both figures with one record, and the injured with another
    const second = [
      record('casualties', 'both', [0, 40], casualty('injured')),
      record('casualties', 'inj', [25, 40], casualty('injured')),
      record('casualties', 'elsewhere', [50, 60], casualty('killed')),
    ];
    const casualties = compareCodings(first, second).find((t) => t.table === 'casualties');
    expect(casualties).toMatchObject({
      first: 2,
      second: 3,
      matched: 2,
      only_first: [],
      only_second: ['elsewhere'],
    });
    expect(casualties?.fields.find((f) => f.field === 'outcome')).toEqual({
      table: 'casualties',
      field: 'outcome',
      compared: 2,
      agreed: 1,
      percent: 50,
      kappa: 0,
    });
  });

  it('claims with one span and several subjects are paired by subject, through the matched records', () => {
    const first = [
      record('damage', 'market', [10, 16], { object: 'market' }),
      record('damage', 'school', [20, 26], { object: 'school' }),
      record('claims', 'cl/market', [0, 30], { subject: 'market', stance: 'asserts' }),
      record('claims', 'cl/school', [0, 30], { subject: 'school', stance: 'asserts' }),
    ];
    const second = [
      record('damage', 'd-school', [20, 26], { object: 'the school' }),
      record('damage', 'd-market', [10, 16], { object: 'Market' }),
      record('claims', 'c-school', [0, 30], { subject: 'd-school', stance: 'reports' }),
      record('claims', 'c-market', [0, 30], { subject: 'd-market', stance: 'asserts' }),
    ];
    const [damage, claims] = compareCodings(first, second).filter((t) =>
      ['damage', 'claims'].includes(t.table),
    );
    expect(damage?.fields.find((f) => f.field === 'object')).toMatchObject({ agreed: 1 });
    expect(claims?.fields.filter((f) => ['subject', 'stance'].includes(f.field))).toEqual([
      { table: 'claims', field: 'subject', compared: 2, agreed: 2, percent: 100, kappa: null },
      { table: 'claims', field: 'stance', compared: 2, agreed: 1, percent: 50, kappa: 0 },
    ]);
  });
});

describe("Cohen's kappa", () => {
  it('is (p_o − p_e) / (1 − p_e), and undefined when both coders used one category only', () => {
    // p_o = 8/10; each coder used a and b five times: p_e = 0.5·0.5 + 0.5·0.5 = 0.5; kappa = 0.6
    const pairs: [string, string][] = [
      ['a', 'a'],
      ['a', 'a'],
      ['a', 'a'],
      ['a', 'b'],
      ['b', 'b'],
      ['b', 'b'],
      ['b', 'a'],
      ['b', 'b'],
      ['b', 'b'],
      ['a', 'a'],
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.6, 10);
    expect(cohensKappa([['a', 'a']])).toBeNull();
    expect(cohensKappa([])).toBeNull();
  });
});
