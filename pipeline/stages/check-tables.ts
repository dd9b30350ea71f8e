import { join } from 'node:path';
import { show } from '../lib/errors.js';
import { atPointer, describeAjvError, validator } from '../lib/schemas.js';
import { fromCsv } from '../read/from-csv.js';
import { fromParquet } from '../read/from-parquet.js';
import { type Row, TABLES, type TableName, type Tables } from '../records/tables.js';
import { openDuckDb } from '../write/to-parquet.js';
import type { Findings } from './check-folder.js';
import { recordRuleProblems } from './check-records.js';
import { keyProblems } from './validate-records.js';

const REBUILD = 'rebuild the folder';

/**
 * Every table in its three formats (from the files already read and verified): the same rows in
 * CSV, JSON and Parquet, every row valid against its schema, keys, and the record rules. Returns
 * the tables when every one could be read, so the metadata can be generated from them.
 */
export async function checkTables(
  f: Findings,
  files: Map<string, Buffer>,
): Promise<Tables | undefined> {
  const tables: Partial<Tables> = {};
  const duck = await openDuckDb();
  try {
    for (const table of TABLES) {
      const rows = await readTable(f, files, table, duck.connection);
      if (rows) tables[table] = rows;
    }
  } finally {
    duck.close();
  }
  const place = (table: TableName) => ({ file: join(f.dir, `${table}.json`) });
  f.problems.push(
    ...keyProblems(tables, place, { duplicate: REBUILD, reference: REBUILD, subject: REBUILD }),
  );
  if (TABLES.some((t) => tables[t] === undefined)) return undefined;
  const whole = tables as Tables;
  f.problems.push(...recordRuleProblems(whole, place));
  return whole;
}

async function readTable(
  f: Findings,
  files: Map<string, Buffer>,
  table: TableName,
  connection: Parameters<typeof fromParquet>[0],
): Promise<Row[] | undefined> {
  const names = { csv: `${table}.csv`, json: `${table}.json`, parquet: `${table}.parquet` };
  if (!Object.values(names).every((n) => files.has(n))) {
    f.at(table, {
      problem: 'a format of the table is missing or unreadable',
      expected: Object.values(names).join(', '),
      found:
        Object.values(names)
          .filter((n) => files.has(n))
          .join(', ') || 'none',
      fix: 'download the whole folder again',
    });
    return undefined;
  }
  const read = async <T>(file: string, parse: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await parse();
    } catch (e) {
      f.at(file, {
        problem: 'the file cannot be read',
        expected: `a valid ${file.split('.').pop()} file`,
        found: (e as Error).message.split('\n')[0] ?? '',
        fix: 'download or rebuild the file',
      });
      return undefined;
    }
  };
  const json = await read(names.json, () => rowsOf(names.json, files.get(names.json) as Buffer));
  const csv = await read(names.csv, () =>
    fromCsv(table, (files.get(names.csv) as Buffer).toString('utf8')),
  );
  const parquet = await read(names.parquet, () =>
    fromParquet(connection, join(f.dir, names.parquet)),
  );
  if (!json || !csv || !parquet) return undefined;
  for (const [name, other] of [
    [names.csv, csv],
    [names.parquet, parquet],
  ] as const) {
    if (JSON.stringify(other) === JSON.stringify(json)) continue;
    const i = other.findIndex((row, k) => JSON.stringify(row) !== JSON.stringify(json[k]));
    f.at(name, {
      problem: `rows differ from ${names.json}`,
      expected: `${json.length} rows equal to the JSON`,
      found: `${other.length} rows; first difference at row ${i + 1}: ${show(other[i])}`,
      fix: REBUILD,
    });
  }
  return validRows(f, table, names.json, json);
}

/** A JSON table: a list of objects, or an error saying what it is instead. */
function rowsOf(name: string, bytes: Buffer): Row[] {
  const value: unknown = JSON.parse(bytes.toString('utf8'));
  if (
    !Array.isArray(value) ||
    !value.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))
  )
    throw new Error(`${name} is not a list of rows: ${show(value)}`);
  return value as Row[];
}

/** The rows when every one is valid against its table's schema; undefined (problems recorded) otherwise. */
function validRows(f: Findings, table: TableName, file: string, rows: Row[]): Row[] | undefined {
  const validate = validator(`tables/${table}.schema.json`);
  let valid = true;
  for (const row of rows) {
    if (validate(row)) continue;
    valid = false;
    for (const e of validate.errors ?? []) {
      const d = describeAjvError(e, atPointer(row, e.instancePath));
      f.at(file, {
        id: String(Object.values(row)[0]),
        ...d,
        field: d.field?.replace(/^\//, ''),
        fix: `the row breaks schemas/tables/${table}.schema.json: ${REBUILD}`,
      });
    }
  }
  return valid ? rows : undefined;
}
