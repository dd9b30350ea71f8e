import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldInfo } from '../pipeline/metadata/fields.js';
import { workbookName } from '../pipeline/metadata/home.js';
import { kindOf } from '../pipeline/metadata/recipes.js';
import { TABLES, type Tables } from '../pipeline/records/tables.js';
import { toWorkbook } from '../pipeline/write/to-workbook.js';
import { cleanTempDirs, DIST, tempDir } from './helpers.js';
import { readBack, type Sheet } from './workbook-read.js';

afterAll(cleanTempDirs);

describe('the spreadsheet workbook (read back with openpyxl)', () => {
  const book = readBack(join(DIST, workbookName()));

  it('has a README sheet and a sheet per table, and the release date as its dates', () => {
    expect(book.sheets).toEqual(['README', ...TABLES]);
    expect(book.created).toBe('2026-12-04T00:00:00');
    expect(book.modified).toBe('2026-12-04T00:00:00');
  });

  it('every table sheet has its header row bold and frozen; the README sheet scrolls whole', () => {
    for (const table of TABLES) {
      const sheet = book[table] as Sheet;
      expect(sheet.frozen, table).toBe('A2');
      expect(sheet.bold, table).toEqual(fieldInfo(table).map(() => true));
    }
    expect((book.README as Sheet).frozen).toBe(null);
  });

  it('every cell equals the JSON rows, typed: integers as numbers, dates as dates, the rest text', () => {
    for (const table of TABLES) {
      const fields = fieldInfo(table);
      const json = JSON.parse(readFileSync(join(DIST, `${table}.json`), 'utf8')) as Record<
        string,
        unknown
      >[];
      const sheet = book[table] as Sheet;
      expect(sheet.rows[0], table).toEqual(fields.map((f) => f.name));
      expect(sheet.rows.slice(1), table).toEqual(json.map((r) => fields.map((f) => r[f.name])));
      const letter = { integer: 'n', number: 'n', boolean: 'b', date: 'd', text: 's' };
      expect(sheet.types.slice(1), table).toEqual(
        json.map((r) => fields.map((f) => (r[f.name] === null ? 'n' : letter[kindOf(f)]))),
      );
    }
  });

  it('the README sheet holds the licence, the attribution and the codebook of every field', () => {
    const rows = (book.README as Sheet).rows.map((r) => r.filter((v) => v !== null).join(' | '));
    expect(rows).toContain(
      'Data licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
    );
    expect(rows).toContain(
      '- "2020 bombardment of Stepanakert", English Wikipedia, https://en.wikipedia.org/wiki/2020_bombardment_of_Stepanakert',
    );
    const codebook = rows.slice(
      rows.indexOf('table | field | type | required | meaning | allowed values') + 1,
    );
    expect(codebook.map((r) => r.split(' | ').slice(0, 2).join('.'))).toEqual(
      TABLES.flatMap((t) => fieldInfo(t).map((f) => `${t}.${f.name}`)),
    );
  });

  it('never evaluates a value: "=", "+", "-" and "@" at the start stay text, and no cell is a formula', async () => {
    const empty = Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Tables;
    const risky = ['=1+1', '+04:00', '-1', '@SUM(A1)', '4,258', '’ Ստեփանակերտ'];
    const tables: Tables = {
      ...empty,
      actors: risky.map((name, i) => ({
        actor_id: `x:a${i}`,
        name,
        actor_type: 'journalist',
        affiliation: 'third_party',
        document_id: 'x',
        span_start: i,
        span_end: i + 1,
        quote: name,
      })),
    };
    const path = join(tempDir(), 'risky.xlsx');
    writeFileSync(path, await toWorkbook(tables, 'licence', '2026-12-04T00:00:00Z'));
    const sheet = readBack(path).actors as Sheet;
    expect(sheet.rows.slice(1).map((r) => r[1])).toEqual(risky);
    expect(sheet.types.slice(1).map((r) => r[1])).toEqual(risky.map(() => 's'));
    expect(
      Object.values(book)
        .filter((s): s is Sheet => typeof s === 'object' && s !== null && 'types' in s)
        .flatMap((s) => s.types.flat())
        .filter((t) => t === 'f'),
    ).toEqual([]);
  });

  it('is byte-reproducible: the same tables give the same bytes', async () => {
    const tables = Object.fromEntries(
      TABLES.map((t) => [t, JSON.parse(readFileSync(join(DIST, `${t}.json`), 'utf8'))]),
    ) as Tables;
    const licence = readFileSync(join(DIST, 'LICENSE'), 'utf8');
    const a = await toWorkbook(tables, licence, '2026-12-04T00:00:00Z');
    const b = await toWorkbook(tables, licence, '2026-12-04T00:00:00Z');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(readFileSync(join(DIST, workbookName())))).toBe(true);
  });
});
