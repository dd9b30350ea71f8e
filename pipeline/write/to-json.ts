import { columns, type Row, type TableName } from '../records/tables.js';

/**
 * Rows as they sit inside a table's JSON array: each an object with the table's keys in schema
 * order (missing values as null), two-space indent, joined by ",\n"; '' when there are none.
 * JSON.stringify with the columns as its key list writes the keys in schema order natively; a
 * row missing a column is completed with null first, as the key list would leave it out.
 */
export function jsonRows(table: TableName, rows: Row[]): string {
  if (rows.length === 0) return '';
  const cols = columns(table);
  const complete = rows.map((r) =>
    cols.every((c) => r[c] !== undefined)
      ? r
      : Object.fromEntries(cols.map((c) => [c, r[c] ?? null])),
  );
  return JSON.stringify(complete, cols, 2).slice(2, -2);
}

/** JSON: an array of records, keys in schema order, missing values as null, two-space indent, final newline. */
export function toJson(table: TableName, rows: Row[]): string {
  return rows.length === 0 ? '[]\n' : `[\n${jsonRows(table, rows)}\n]\n`;
}
