import ExcelJS from 'exceljs';
import { schemaJson } from '../lib/schema-files.js';
import { type FieldInfo, fieldInfo } from '../metadata/fields.js';
import { TABLES, type Tables, type Value } from '../records/tables.js';
import { rezip } from './to-zip.js';

/** A cell as the schema types it: integers and booleans as they are, dates as dates, all else text. */
export function cellValue(f: FieldInfo, v: Value): ExcelJS.CellValue {
  if (v === null) return null;
  if (f.format === 'date') return new Date(`${String(v)}T00:00:00Z`);
  if (f.type === 'integer' || f.type === 'number' || f.type === 'boolean') return v;
  return String(v);
}

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

/**
 * The workbook: a README sheet, then one sheet per table. Its document properties carry the
 * release date, and the zip is rewritten with fixed times, so the bytes depend on the data alone.
 */
export async function toWorkbook(
  tables: Tables,
  licence: string,
  created: string,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(created);
  const dataset = schemaJson('dataset.json') as { title: string; name: string };
  Object.assign(wb, {
    creator: dataset.name,
    lastModifiedBy: dataset.name,
    title: dataset.title,
    created: when,
    modified: when,
  });
  const readme = wb.addWorksheet('README');
  for (const row of readmeRows(licence)) readme.addRow(row);
  for (const table of TABLES) {
    const fields = fieldInfo(table);
    const sheet = wb.addWorksheet(table, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(fields.map((f) => f.name)).font = { bold: true };
    fields.forEach((f, i) => {
      if (f.format === 'date') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    });
    for (const row of tables[table])
      sheet.addRow(fields.map((f) => cellValue(f, row[f.name] ?? null)));
  }
  const buffer = await wb.xlsx.writeBuffer();
  return rezip(new Uint8Array(buffer as ArrayBuffer), created);
}

// TEMPORARY: the streaming writer replaces these.
export function sheetRows(
  _table: import('../records/tables.js').TableName,
  rows: unknown[],
): { xml: string; rows: number } {
  return { xml: '', rows: rows.length };
}
export async function writeWorkbook(
  path: string,
  _licence: string,
  _created: string,
  fragments: (
    t: import('../records/tables.js').TableName,
  ) => Iterable<{ xml: string; rows: number }>,
): Promise<{ bytes: number; sha256: string }> {
  for (const t of TABLES) for (const _ of fragments(t));
  const { writeWhole } = await import('./file-sink.js');
  return writeWhole(path, 'stub');
}
