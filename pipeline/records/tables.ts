import { schemaJson } from '../lib/schema-files.js';

/** The published tables, in publishing order. */
export const TABLES = [
  'documents',
  'events',
  'casualties',
  'damage',
  'munitions',
  'actors',
  'claims',
  'event_actors',
  'places',
  'exclusions',
] as const;
export type TableName = (typeof TABLES)[number];

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;
export type Tables = Record<TableName, Row[]>;

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  $id: string;
  title: string;
  description: string;
  'x-table': TableName;
  'x-primaryKey': string[];
  'x-foreignKeys': ForeignKey[];
  'x-rules'?: string[];
  properties: Record<string, Record<string, unknown>>;
}

const cache = new Map<TableName, TableSchema>();

export function tableSchema(table: TableName): TableSchema {
  let s = cache.get(table);
  if (!s) {
    s = schemaJson(`tables/${table}.schema.json`) as unknown as TableSchema;
    cache.set(table, s);
  }
  return s;
}

/** The record id a problem names: the row's primary key, or undefined when the row has none. */
export function rowId(table: TableName, row: Row): string | undefined {
  const values = tableSchema(table)['x-primaryKey'].map((k) =>
    Object.hasOwn(row, k) ? row[k] : undefined,
  );
  return values.every((v) => typeof v === 'string' || typeof v === 'number')
    ? values.join('|')
    : undefined;
}

/** Column names of a table, in schema order. */
export function columns(table: TableName): string[] {
  return Object.keys(tableSchema(table).properties);
}

/**
 * A row's primary key as text, its columns' values joined by `separator`; a one-column key is
 * its value, without an array joined for each row.
 */
export function keyText(table: TableName, separator: string): (row: Row) => string {
  const pk = tableSchema(table)['x-primaryKey'];
  const [only] = pk;
  return pk.length === 1 && only !== undefined
    ? (row) => String(row[only])
    : (row) => pk.map((k) => String(row[k])).join(separator);
}

/**
 * Rows in primary-key order (code-unit comparison, independent of locale). Each row's key is
 * built once, not at each of the sort's comparisons; rows already in order (as a document's rows
 * are when merged a second time) are not sorted again. The sort is stable, as before.
 */
export function sortRows(table: TableName, rows: Row[]): Row[] {
  const keys = rows.map(keyText(table, '\u0000'));
  if (keys.every((k, i) => i === 0 || (keys[i - 1] as string) <= k)) return [...rows];
  const keyed = rows.map((row, i) => ({ row, key: keys[i] as string }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.row);
}
