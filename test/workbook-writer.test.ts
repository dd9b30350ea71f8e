import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../pipeline/lib/errors.js';
import { sha256 } from '../pipeline/lib/hash.js';
import { TABLES, type TableName, type Tables } from '../pipeline/records/tables.js';
import { sheetFragment, toWorkbook, writeWorkbook } from '../pipeline/write/to-workbook.js';
import { sheetRows, textCell, xmlText } from '../pipeline/write/xlsx-cells.js';
import { cleanTempDirs, tempDir } from './helpers.js';
import { PYTHON, run } from './runtimes.js';
import { readBack, type Sheet } from './workbook-read.js';

afterAll(cleanTempDirs);

const CREATED = '2026-12-04T00:00:00Z';
const empty = () => Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Tables;
const actor = (i: number, name: string) => ({
  actor_id: `x:a${i}`,
  name,
  actor_type: 'journalist',
  affiliation: 'third_party',
  affiliation_quote: null,
  speaks_for_actor_id: null,
  document_id: 'x',
  span_start: i,
  span_end: i + 1,
  quote: name,
});
/** Tables with only actors, one per name. */
const actors = (names: string[]): Tables => ({
  ...empty(),
  actors: names.map((n, i) => actor(i, n)),
});
/** Tables with only actors, one per name, in the documents given (one per name). */
const inDocuments = (names: string[], documents: string[]): Tables => ({
  ...empty(),
  actors: names.map((n, i) => ({
    ...actor(i, n),
    actor_id: `${documents[i]}:a${i}`,
    document_id: documents[i] as string,
  })),
});
/** Every table's rows, one fragment a document (as a build hands them over). */
const byDocument = (tables: Tables) => (t: TableName) =>
  [...new Set(tables[t].map((r) => r.document_id))].map((d) =>
    sheetFragment(
      t,
      tables[t].filter((r) => r.document_id === d),
    ),
  );
const text = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;

describe('sheetRows: the rows of a table as position-independent SpreadsheetML', () => {
  it('writes two tiny tables cell by cell: text inline, integers, a date as its serial day, null empty', () => {
    expect(
      sheetRows('event_actors', [
        {
          event_actor_id: 'd:r1',
          event_id: 'd:e1',
          actor_id: 'd:a1',
          role: 'target',
          document_id: 'd',
          span_start: 0,
          span_end: 12,
          quote: 'the "market"',
        },
      ]),
    ).toEqual({
      xml: `<row>${text('d:r1')}${text('d:e1')}${text('d:a1')}${text('target')}${text('d')}<c><v>0</v></c><c><v>12</v></c>${text('the "market"')}</row>`,
      rows: 1,
    });
    const claim = {
      claim_id: 'd:c1',
      subject_table: 'events',
      subject_id: 'd:e1',
      actor_id: 'd:a1',
      stance: 'asserts',
      attribution_basis: 'explicit',
      statement_date: '2020-10-28',
      statement_date_quote: 'on 28 October',
      document_id: 'd',
      span_start: 3,
      span_end: 40,
      quote: ' a <b> & c\n',
    };
    const open = `${text('events')}${text('d:e1')}${text('d:a1')}`;
    expect(
      sheetRows('claims', [
        claim,
        { ...claim, claim_id: 'd:c2', stance: 'denies', statement_date: null },
        {
          ...claim,
          claim_id: 'd:c3',
          statement_date: null,
          statement_date_quote: null,
          quote: 'x',
        },
      ]),
    ).toEqual({
      xml:
        `<row>${text('d:c1')}${open}${text('asserts')}${text('explicit')}<c s="2"><v>44132</v></c>${text('on 28 October')}${text('d')}<c><v>3</v></c><c><v>40</v></c>` +
        '<c t="inlineStr"><is><t xml:space="preserve"> a &lt;b&gt; &amp; c\n</t></is></c></row>' +
        `<row>${text('d:c2')}${open}${text('denies')}${text('explicit')}<c/>${text('on 28 October')}${text('d')}<c><v>3</v></c><c><v>40</v></c>` +
        '<c t="inlineStr"><is><t xml:space="preserve"> a &lt;b&gt; &amp; c\n</t></is></c></row>' +
        `<row>${text('d:c3')}${open}${text('asserts')}${text('explicit')}<c/><c/>${text('d')}<c><v>3</v></c><c><v>40</v></c>${text('x')}</row>`,
      rows: 3,
    });
    expect(sheetRows('claims', [])).toEqual({ xml: '', rows: 0 });
  });

  it('escapes markup, writes what XML 1.0 forbids as _xHHHH_, and a literal _xHHHH_ as _x005F_xHHHH_', () => {
    expect(xmlText('<&>"\'')).toBe('&lt;&amp;&gt;"\'');
    expect(xmlText('a\u0000b\u0001\u0008\u000B\u000C\u000E\u001F\u007F')).toBe(
      'a_x0000_b_x0001__x0008__x000B__x000C__x000E__x001F_\u007F',
    );
    expect(xmlText('tab\tline\nreturn\r.')).toBe('tab\tline\nreturn&#13;.');
    expect(xmlText('_x0041_ _x00e9_ _x004_ _X0041_ x0041_ __x0041_')).toBe(
      '_x005F_x0041_ _x005F_x00e9_ _x004_ _X0041_ x0041_ __x005F_x0041_',
    );
    expect(xmlText('\uFFFE\uFFFF \uD800 \uDC00 😀 Ստեփանակերտ')).toBe(
      '_xFFFE__xFFFF_ _xD800_ _xDC00_ 😀 Ստեփանակերտ',
    );
  });

  it('escapes and keeps whitespace as the full tests would, whether or not a quick test lets a text pass', () => {
    // the escaping as it was written before the quick test that skips most texts
    const reference = (text: string) =>
      text.replace(
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters to escape
        /[&<>\r]|_(?=x[0-9A-Fa-f]{4}_)|[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu,
        (c) =>
          ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[c] ??
          `_x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}_`,
      );
    const pieces = [
      'a',
      ' ',
      '_',
      'x',
      'X',
      '0',
      'F',
      'f',
      'g',
      '_x',
      '&',
      '<',
      '>',
      '"',
      '\t',
      '\n',
      '\r',
    ];
    pieces.push('\u0000', '\u0008', '\u000B', '\u001F', '\u007F', '\u00e9', '\uFFFD', '\uFFFE');
    pieces.push('\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', 'Ս');
    // every text of up to three pieces, and longer ones drawn from a fixed sequence
    const texts = [''];
    for (const a of pieces)
      for (const b of pieces) for (const c of ['', ...pieces]) texts.push(a + b + c);
    let seed = 1;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (let i = 0; i < 5000; i++)
      texts.push(
        Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]).join(''),
      );
    for (const text of texts) expect(xmlText(text)).toBe(reference(text));
    // a cell: xml:space="preserve" when a reader would otherwise trim or fold its whitespace
    const cell = (text: string) =>
      `<c t="inlineStr"><is><t${/^\s|\s$|[\t\n\r]| {2}/.test(text) ? ' xml:space="preserve"' : ''}>${reference(text)}</t></is></c>`;
    for (const text of texts) expect(textCell(text)).toBe(cell(text));
  });

  it('keeps every odd text as it was, read back by openpyxl and decoded as Excel does', async () => {
    const odd = [
      '<&>"',
      'a\u0001b\u001Fc\u000B\u000C',
      '_x0041_',
      '_x005F_x0041_',
      'tab\there',
      'line\nbreak',
      'carriage\r\nreturn\r',
      '  two spaces before, one after ',
      '=1+1',
      '😀 Ստեփանակերտ',
    ];
    const path = join(tempDir(), 'odd.xlsx');
    writeFileSync(path, await toWorkbook(actors(odd), 'licence', CREATED));
    const sheet = readBack(path, true).actors as Sheet;
    expect(sheet.rows.slice(1).map((r) => r[1])).toEqual(odd);
    expect(sheet.types.slice(1).map((r) => r[1])).toEqual(odd.map(() => 's'));
  });
});

describe('writeWorkbook: sheets past the row limit continue on "<table> (2)", …', () => {
  const names = ['a', 'b', 'c', 'd', 'e'];
  const header = ['actor_id', 'name'];
  const rowsOf = (sheet: Sheet) => sheet.rows.map((r) => r.slice(0, 2));

  it('splits a table between fragments, each sheet with the header row, bold and frozen', async () => {
    const tables = actors(names);
    const path = join(tempDir(), 'split.xlsx');
    // fragments of 2, 1 and 2 rows at a limit of 2 rows: 2 | 1 | 2
    const cut = (t: TableName) =>
      t === 'actors'
        ? [
            [0, 2],
            [2, 3],
            [3, 5],
          ].map(([a, b]) => sheetFragment(t, tables.actors.slice(a, b)))
        : [];
    await writeWorkbook(path, 'licence', CREATED, cut, 2);
    const book = readBack(path);
    const i = TABLES.indexOf('actors') + 1;
    expect(book.sheets.slice(i, i + 4)).toEqual(['actors', 'actors (2)', 'actors (3)', 'claims']);
    expect(book.sheets).toHaveLength(TABLES.length + 3);
    const part = (name: string) => book[name] as Sheet;
    expect(rowsOf(part('actors'))).toEqual([header, ['x:a0', 'a'], ['x:a1', 'b']]);
    expect(rowsOf(part('actors (2)'))).toEqual([header, ['x:a2', 'c']]);
    expect(rowsOf(part('actors (3)'))).toEqual([header, ['x:a3', 'd'], ['x:a4', 'e']]);
    for (const name of ['actors', 'actors (2)', 'actors (3)']) {
      expect(part(name).frozen, name).toBe('A2');
      expect(part(name).bold.every(Boolean), name).toBe(true);
    }
  });

  it("toWorkbook hands over each document's rows as one fragment, and one longer than a sheet is refused", async () => {
    const path = join(tempDir(), 'fill.xlsx');
    writeFileSync(
      path,
      await toWorkbook(inDocuments(names, ['p', 'p', 'q', 'r', 'r']), 'l', CREATED, 2),
    );
    const book = readBack(path);
    expect(rowsOf(book.actors as Sheet)).toEqual([header, ['p:a0', 'a'], ['p:a1', 'b']]);
    expect(rowsOf(book['actors (2)'] as Sheet)).toEqual([header, ['q:a2', 'c']]);
    expect(rowsOf(book['actors (3)'] as Sheet)).toEqual([header, ['r:a3', 'd'], ['r:a4', 'e']]);
    const e = await toWorkbook(
      inDocuments(names, ['p', 'q', 'q', 'q', 'r']),
      'l',
      CREATED,
      2,
    ).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe(
      [
        'error: stepanakert-bombardment-2020.xlsx: one fragment of table actors has more rows than a sheet holds',
        '  expected: at most 2 rows in a fragment (a sheet is never split inside one)',
        '  found:    3 rows',
        '  fix:      hand the rows to the workbook in smaller fragments (one document at a time)',
      ].join('\n'),
    );
  });
});

describe('the workbook is byte-reproducible', () => {
  const tables = inDocuments(['a', 'b', '2020 bombardment'], ['p', 'q', 'q']);

  it('the same rows give the same bytes, from whole tables or handed over document by document', async () => {
    const a = await toWorkbook(tables, 'licence', CREATED);
    expect(Buffer.from(await toWorkbook(tables, 'licence', CREATED)).equals(a)).toBe(true);
    const path = join(tempDir(), 'rows.xlsx');
    const facts = await writeWorkbook(path, 'licence', CREATED, byDocument(tables));
    expect(readFileSync(path).equals(a)).toBe(true);
    expect(facts).toEqual({
      bytes: a.length,
      sha256: sha256(a),
    });
  });

  it('whatever the time zone, every entry stamped with the release date', async () => {
    const utc = await toWorkbook(tables, 'licence', CREATED);
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(new Date(2026, 11, 4).getTimezoneOffset()).toBe(-840);
      expect(Buffer.from(await toWorkbook(tables, 'licence', CREATED)).equals(utc)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    const path = join(tempDir(), 'stamps.xlsx');
    writeFileSync(path, utc);
    const stamps = run(PYTHON, [
      '-c',
      'import sys, zipfile; print(sorted({i.date_time for i in zipfile.ZipFile(sys.argv[1]).infolist()}))',
      path,
    ]).stdout;
    expect(stamps).toBe('[(2026, 12, 4, 0, 0, 0)]\n');
  });
});
