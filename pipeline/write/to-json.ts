import { columns, type Row, type TableName } from '../records/tables.js';

/**
 * Rows as they sit inside a table's JSON array: each an object with the table's keys in schema
 * order (missing values as null), two-space indent, joined by ",\n"; '' when there are none.
 * Rows whose keys are already the columns in schema order, none undefined (as the pipeline
 * builds them), are written as they are. Otherwise JSON.stringify takes the columns as its key
 * list, which writes the keys in schema order, a row missing a column completed with null first,
 * as the key list would leave it out; a key list costs a lookup of every key of every row.
 */
export function jsonRows(table: TableName, rows: Row[]): string {
  if (rows.length === 0) return '';
  const cols = columns(table);
  if (rows.every((r) => hasColumns(r, cols))) return JSON.stringify(rows, null, 2).slice(2, -2);
  const complete = rows.map((r) =>
    cols.every((c) => r[c] !== undefined)
      ? r
      : Object.fromEntries(cols.map((c) => [c, r[c] ?? null])),
  );
  return JSON.stringify(complete, cols, 2).slice(2, -2);
}

/** Whether the row's own keys are `cols`, in that order, with no value undefined. */
function hasColumns(row: Row, cols: string[]): boolean {
  const keys = Object.keys(row);
  if (keys.length !== cols.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== cols[i] || row[key] === undefined) return false;
  }
  return true;
}

/** JSON: an array of records, keys in schema order, missing values as null, two-space indent, final newline. */
export function toJson(table: TableName, rows: Row[]): string {
  return rows.length === 0 ? '[]\n' : `[\n${jsonRows(table, rows)}\n]\n`;
}
