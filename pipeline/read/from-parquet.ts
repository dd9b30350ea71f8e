import type { DuckDBConnection } from '@duckdb/node-api';
import type { Row } from '../records/tables.js';

/** Reads a Parquet file with DuckDB into rows: DATE as ISO text, INTEGER as numbers, NULL as null. */
export async function fromParquet(connection: DuckDBConnection, path: string): Promise<Row[]> {
  const reader = await connection.runAndReadAll(
    `SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`,
  );
  return reader.getRowObjectsJson() as Row[];
}
