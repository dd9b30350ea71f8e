import { columns, type Row, type TableName } from '../records/tables.js';

/** JSON: an array of records, keys in schema order, missing values as null, two-space indent, final newline. */
export function toJson(table: TableName, rows: Row[]): string {
  const cols = columns(table);
  const ordered = rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c] ?? null])));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
