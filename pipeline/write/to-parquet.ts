import type { DuckDBConnection } from '@duckdb/node-api';

/** DuckDB is loaded on first use: commands that write or read no Parquet never pay for it. */
const duckdb = () => import('@duckdb/node-api');

import { fieldInfo } from '../metadata/fields.js';
import type { TableName } from '../records/tables.js';

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

const quoteString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Rows per Parquet row group. DuckDB's default (122,880) holds a whole group of the widest table
 * in memory while it is written: 8,192 keeps a build's memory flat (about 90 MiB less at 1,000
 * documents) for a file a few percent larger. Every reader reads any row-group size.
 */
export const PARQUET_ROW_GROUP = 8192;
/** How every Parquet file is written (the same options for any writer of these tables). */
export const PARQUET_OPTIONS = `FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP}`;

/** The largest row DuckDB's JSON reader takes (its default, 16 MiB: its buffers are twice this). */
const MAX_OBJECT_BYTES = 2 ** 24;

/**
 * The statements that write a table's Parquet and CSV from its published JSON, streamed by DuckDB (no row passes through
 * JavaScript): the JSON read with the table's typed columns (DATE, INTEGER, DOUBLE, BOOLEAN,
 * VARCHAR), never sniffed; Parquet with zstd, rows in the file's order; the CSV from the Parquet
 * with a header, RFC 4180 quoting, LF line endings and missing values as empty fields. The same
 * bytes as COPY from a table of the same rows.
 */
export function tableFilesSql(
  table: TableName,
  paths: { json: string; parquet: string; csv: string },
): string {
  const columns = columnTypes(table)
    .map((c) => `${quoteString(c.name)}: ${quoteString(c.type)}`)
    .join(', ');
  const read = `read_json(${quoteString(paths.json)}, format = 'array', maximum_object_size = ${MAX_OBJECT_BYTES}, columns = {${columns}})`;
  return [
    `COPY (SELECT * FROM ${read}) TO ${quoteString(paths.parquet)} (${PARQUET_OPTIONS});`,
    `COPY (SELECT * FROM read_parquet(${quoteString(paths.parquet)})) TO ${quoteString(paths.csv)} (FORMAT csv, HEADER);`,
  ].join('\n');
}

/** One table's Parquet and CSV from its JSON (see tableFilesSql). */
export async function tableFiles(
  connection: DuckDBConnection,
  table: TableName,
  paths: { json: string; parquet: string; csv: string },
): Promise<void> {
  await connection.run(tableFilesSql(table, paths));
}
