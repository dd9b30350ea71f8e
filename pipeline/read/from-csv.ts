import { parse } from 'csv-parse/sync';
import type { Row, TableName } from '../records/tables.js';
import { columnTypes } from '../write/to-parquet.js';

/** Reads a published CSV back into typed rows: empty field → null, integers and decimals as numbers, true/false as booleans. */
export function fromCsv(table: TableName, text: string): Row[] {
  const types = Object.fromEntries(columnTypes(table).map((c) => [c.name, c.type]));
  const records = parse(text, { columns: true, bom: false, relax_column_count: false }) as Record<
    string,
    string
  >[];
  return records.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => {
        if (v === '') return [k, null];
        if (types[k] === 'INTEGER' || types[k] === 'DOUBLE') return [k, Number(v)];
        if (types[k] === 'BOOLEAN') return [k, v === 'true'];
        return [k, v];
      }),
    ),
  );
}
