import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { fail, located } from '../lib/errors.js';
import { schemaJson } from '../lib/schema-files.js';
import { fieldInfo } from '../metadata/fields.js';
import { workbookName } from '../metadata/home.js';
import { TABLES, type TableName, type Tables } from '../records/tables.js';
import { lastFragment, type SheetFragment, sheetFragment, xmlFragment } from './sheet-fragment.js';
import { headerRow, rowXml, textCell } from './xlsx-cells.js';
import {
  appProperties,
  contentTypes,
  coreProperties,
  ROOT_RELATIONSHIPS,
  SHEET_END,
  STYLES,
  sheetPath,
  sheetStart,
  workbook,
  workbookRelationships,
} from './xlsx-parts.js';
import { type ZipStream, zipStream } from './zip-stream.js';

/*
 * The workbook is SpreadsheetML written here directly, its parts deflated by pako (each
 * document's rows apart, sheet-fragment.ts) and streamed through fflate's zip container. It was
 * made with exceljs, which builds the whole workbook in memory, several times its size, and took
 * half the time of a build of 1,000 documents. exceljs's streaming writer cannot be made
 * reproducible: its zip (archiver) stamps every entry with the clock, with no way to set the
 * time, and rewriting its zip afterwards would hold the whole file again.
 */

export { sheetFragment };

/** A sheet's data rows at most: Excel's 1,048,576 rows, less the header. */
export const SHEET_ROWS = 1_048_575;

/** Rows of one table, a fragment of the sheet after another (one per document in a build). */
export type Fragments = (table: TableName) => Iterable<SheetFragment>;

/** The README sheet: what the workbook is, its licence and attribution, then the codebook. */
function readmeRows(licence: string): string[][] {
  const dataset = schemaJson('dataset.json') as { title: string; description: string };
  const rows: string[][] = [
    [dataset.title],
    [dataset.description],
    [
      'One sheet per table, the same rows as <table>.csv, <table>.json and <table>.parquet. Every cell is typed as the schema says: integers as numbers, dates as dates, everything else (ids, times, UTC offsets, quotes, count words) as text. There are no formulas.',
    ],
    [],
    ...licence.split('\n').map((line) => [line]),
    [],
    ['table', 'field', 'type', 'required', 'meaning', 'allowed values'],
  ];
  for (const table of TABLES)
    for (const f of fieldInfo(table))
      rows.push([
        table,
        f.name,
        f.format === 'date' ? 'date' : f.type,
        f.nullable ? 'no' : 'yes',
        f.vocabulary ? `${f.description} ${f.vocabulary}`.trim() : f.description,
        f.enum ? f.enum.join(', ') : f.pattern ? `pattern ${f.pattern}` : '',
      ]);
  return rows;
}

/** The README sheet's rows, every cell text (an empty one left empty). */
const readmeXml = (licence: string) =>
  readmeRows(licence)
    .map((row) => rowXml(row.map((text) => (text === '' ? '<c/>' : textCell(text)))))
    .join('');

/**
 * One table's sheets: its fragments in order on a sheet with the header row, continued on
 * "<table> (2)", "<table> (3)", … before a fragment that would take a sheet past `limit` rows.
 * `names` gets the name of each sheet begun.
 */
function writeTable(
  zip: ZipStream,
  names: string[],
  table: TableName,
  fragments: Iterable<SheetFragment>,
  limit: number,
): void {
  const head = xmlFragment(sheetStart(true) + headerRow(table), 0);
  const end = lastFragment(SHEET_END);
  let part = 0;
  let rows = 0;
  const open = () => {
    part += 1;
    names.push(part === 1 ? table : `${table} (${part})`);
    const sheet = zip.deflated(sheetPath(names.length));
    sheet.push(head);
    rows = 0;
    return sheet;
  };
  let sheet = open();
  for (const f of fragments) {
    // a document without rows in this table adds nothing (its fragment is a flush alone)
    if (f.size === 0) continue;
    if (f.rows > limit) tooLong(zip.label, table, f.rows, limit);
    if (rows + f.rows > limit) {
      sheet.push(end, true);
      sheet = open();
    }
    sheet.push(f);
    rows += f.rows;
  }
  sheet.push(end, true);
}

const tooLong = (label: string, table: TableName, rows: number, limit: number): never =>
  fail({
    file: label,
    problem: `one fragment of table ${table} has more rows than a sheet holds`,
    expected: `at most ${limit} rows in a fragment (a sheet is never split inside one)`,
    found: `${rows} rows`,
    fix: 'hand the rows to the workbook in smaller fragments (one document at a time)',
  });

/** The whole package, its parts handed to `sink` as they are compressed. */
function writeParts(
  sink: (chunk: Uint8Array) => void,
  label: string,
  licence: string,
  created: string,
  fragments: Fragments,
  limit: number,
): void {
  const dataset = schemaJson('dataset.json') as { title: string; name: string };
  const zip = zipStream(sink, created, label);
  zip.add('_rels/.rels', ROOT_RELATIONSHIPS);
  zip.add('docProps/core.xml', coreProperties(dataset.title, dataset.name, created));
  zip.add('docProps/app.xml', appProperties(dataset.name));
  zip.add('xl/styles.xml', STYLES);
  const names = ['README'];
  zip.add(sheetPath(1), sheetStart(false) + readmeXml(licence) + SHEET_END);
  for (const table of TABLES) writeTable(zip, names, table, fragments(table), limit);
  // the parts that list the sheets come after them: their number is known only at the end
  zip.add('xl/workbook.xml', workbook(names));
  zip.add('xl/_rels/workbook.xml.rels', workbookRelationships(names.length));
  zip.add('[Content_Types].xml', contentTypes(names.length));
  zip.end();
}

/** All of `chunk` to `fd`: a write may take only part of it. */
function writeAll(fd: number, chunk: Uint8Array): void {
  for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done);
}

/**
 * Writes the workbook to `path`: README sheet, then for each table in TABLES order the fragments
 * `fragments(table)` yields, in order. A table whose rows would pass Excel's 1,048,575 data rows
 * per sheet (or `limit`) continues on a sheet "<table> (2)", "<table> (3)", … (split between
 * fragments), each with the header row. Returns size and SHA-256 of what was written. Each
 * chunk goes to the file as it is compressed; on failure the partial file is left for the
 * caller to remove (a build writes in its staging folder, which it discards).
 */
export async function writeWorkbook(
  path: string,
  licence: string,
  created: string,
  fragments: Fragments,
  limit: number = SHEET_ROWS,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const fd = openSync(path, 'w');
  try {
    const sink = (chunk: Uint8Array) => {
      writeAll(fd, chunk);
      hash.update(chunk);
      bytes += chunk.length;
    };
    writeParts(sink, path, licence, created, fragments, limit);
  } catch (e) {
    closeSync(fd);
    throw located(e, path);
  }
  try {
    closeSync(fd);
  } catch (e) {
    throw located(e, path);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * A table's rows as a build hands them over: one fragment for each document's run of rows (rows
 * are in key order, so a document's are together), the documents table as one.
 */
function* byDocument(table: TableName, rows: Tables[TableName]): Iterable<SheetFragment> {
  if (table === 'documents') {
    yield sheetFragment(table, rows);
    return;
  }
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && rows[end]?.document_id === rows[start]?.document_id) end++;
    yield sheetFragment(table, rows.slice(start, end));
    start = end;
  }
}

/** Whole tables in memory → bytes (for the current build and tests), through the same writer. */
export async function toWorkbook(
  tables: Tables,
  licence: string,
  created: string,
  limit: number = SHEET_ROWS,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const fragments = (table: TableName) => byDocument(table, tables[table]);
  writeParts((c) => chunks.push(c), workbookName(), licence, created, fragments, limit);
  return Buffer.concat(chunks);
}
