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

/** Column names of a table, in schema order. */
export function columns(table: TableName): string[] {
  return Object.keys(tableSchema(table).properties);
}

/** Rows in primary-key order (code-unit comparison, independent of locale). */
export function sortRows(table: TableName, rows: Row[]): Row[] {
  const pk = tableSchema(table)['x-primaryKey'];
  const key = (r: Row) => pk.map((k) => String(r[k])).join('\u0000');
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
