import type { DuckDBConnection } from '@duckdb/node-api';

/** DuckDB is loaded on first use: commands that write or read no Parquet never pay for it. */
const duckdb = () => import('@duckdb/node-api');

import { fieldInfo } from '../metadata/fields.js';
import type { Row, TableName } from '../records/tables.js';

export type ColumnType = 'DATE' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR';

/** DuckDB (and Parquet) type of each column, from its JSON Schema. */
export function columnTypes(table: TableName): { name: string; type: ColumnType }[] {
  return fieldInfo(table).map((f) => ({
    name: f.name,
    type:
      f.format === 'date'
        ? 'DATE'
        : f.type === 'integer'
          ? 'INTEGER'
          : f.type === 'number'
            ? 'DOUBLE'
            : f.type === 'boolean'
              ? 'BOOLEAN'
              : 'VARCHAR',
  }));
}

/** The time zone of every DuckDB connection the pipeline opens. */
export const DUCKDB_TIME_ZONE = 'UTC';

/**
 * One DuckDB instance per run, single-threaded so row groups never depend on scheduling.
 * @duckdb/node-api ships with the ICU extension built in and loaded, so DuckDB takes its
 * TimeZone from the process (TZ). No column is a TIMESTAMPTZ, but the time zone is set to UTC
 * for the whole instance anyway, so no output or comparison can ever depend on the process.
 */
export async function openDuckDb(): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const { DuckDBInstance } = await duckdb();
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '1',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  await connection.run(`SET GLOBAL TimeZone = '${DUCKDB_TIME_ZONE}'`);
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Parquet: typed columns (DATE, INTEGER, DOUBLE, BOOLEAN, VARCHAR), zstd, rows in the given order. */
export async function toParquet(
  connection: DuckDBConnection,
  table: TableName,
  rows: Row[],
  path: string,
): Promise<void> {
  const typed = columnTypes(table);
  const cols = typed.map((c) => c.name);
  const types = typed.map((c) => c.type);
  await connection.run(
    `CREATE OR REPLACE TABLE ${quoteIdent(table)} (${cols.map((c, i) => `${quoteIdent(c)} ${types[i]}`).join(', ')})`,
  );
  const { dateValue } = await duckdb();
  const appender = await connection.createAppender(table);
  for (const row of rows) {
    cols.forEach((c, i) => {
      const v = row[c];
      if (v === null || v === undefined) appender.appendNull();
      else if (types[i] === 'DATE') {
        const [year, month, day] = String(v).split('-').map(Number);
        appender.appendDate(dateValue({ year: year ?? 0, month: month ?? 0, day: day ?? 0 }));
      } else if (types[i] === 'INTEGER') appender.appendInteger(Number(v));
      else if (types[i] === 'DOUBLE') appender.appendDouble(Number(v));
      else if (types[i] === 'BOOLEAN') appender.appendBoolean(Boolean(v));
      else appender.appendVarchar(String(v));
    });
    appender.endRow();
  }
  appender.closeSync();
  const target = path.replace(/'/g, "''");
  await connection.run(
    `COPY ${quoteIdent(table)} TO '${target}' (FORMAT parquet, COMPRESSION zstd)`,
  );
  await connection.run(`DROP TABLE ${quoteIdent(table)}`);
}
