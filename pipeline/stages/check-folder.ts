import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Problem, show } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import { atPointer, describeAjvError, validator } from '../lib/schemas.js';
import { fromCsv } from '../read/from-csv.js';
import { fromParquet } from '../read/from-parquet.js';
import { type Row, TABLES, type TableName } from '../records/tables.js';
import { openDuckDb } from '../write/to-parquet.js';
import { publishedFiles, quoteProblems } from './check-quotes.js';
import { keyProblems } from './validate-records.js';

interface FileEntry {
  path: string;
  bytes: number;
  hash: string;
}

/**
 * Verifies a published folder as a downloader would: SHA256SUMS, the descriptor's sizes and
 * hashes, every row of every format valid against its schema, the same rows in CSV, JSON and
 * Parquet, unique keys, resolving foreign keys and every claims.subject_id resolving in the
 * table its subject_table names. Returns every problem found.
 */
export async function checkFolder(
  dir: string,
): Promise<{ problems: Problem[]; rows: Record<string, number> }> {
  const problems: Problem[] = [];
  const rows: Record<string, number> = {};
  const at = (file: string, p: Omit<Problem, 'file'>) =>
    problems.push({ file: join(dir, file), ...p });
  if (!existsSync(dir)) {
    at('', {
      problem: 'the folder does not exist',
      expected: 'a published dataset folder',
      found: 'nothing',
      fix: 'pass OUT=<folder> of a built or downloaded dataset',
    });
    return { problems, rows };
  }
  const present = publishedFiles(dir);
  const sumsPath = 'SHA256SUMS';
  if (!present.has(sumsPath)) {
    at(sumsPath, {
      problem: 'missing',
      expected: 'a SHA256SUMS file',
      found: 'none',
      fix: 'download the whole folder again or rebuild it with `make`',
    });
  } else {
    const listed = new Set<string>();
    for (const line of readFileSync(join(dir, sumsPath), 'utf8').split('\n').filter(Boolean)) {
      const [hash = '', name = ''] = line.split('  ');
      listed.add(name);
      if (!present.has(name))
        at(name, {
          problem: 'listed in SHA256SUMS but missing',
          expected: 'the file',
          found: 'none',
          fix: 'download the whole folder again',
        });
      else if (sha256(readFileSync(join(dir, name))) !== hash) {
        at(name, {
          problem: 'checksum differs from SHA256SUMS',
          expected: hash,
          found: sha256(readFileSync(join(dir, name))),
          fix: 'the file was changed or damaged: download or rebuild it',
        });
      }
    }
    for (const name of present) {
      if (name !== sumsPath && !listed.has(name))
        at(name, {
          problem: 'not listed in SHA256SUMS',
          expected: 'only published files',
          found: name,
          fix: 'remove the file or rebuild the folder',
        });
    }
  }
  const descriptor = present.has('datapackage.json')
    ? (JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
        resources: (FileEntry & { name: string; alternates: FileEntry[] })[];
      })
    : undefined;
  if (!descriptor)
    at('datapackage.json', {
      problem: 'missing',
      expected: 'the descriptor',
      found: 'none',
      fix: 'download the whole folder again or rebuild it',
    });
  for (const r of descriptor?.resources ?? []) {
    for (const f of [r, ...(r.alternates ?? [])]) {
      if (!present.has(f.path)) continue;
      const bytes = readFileSync(join(dir, f.path));
      if (bytes.length !== f.bytes)
        at(f.path, {
          problem: 'size differs from datapackage.json',
          expected: `${f.bytes} bytes`,
          found: `${bytes.length} bytes`,
          fix: 'download or rebuild the file',
        });
      if (`sha256:${sha256(bytes)}` !== f.hash)
        at(f.path, {
          problem: 'hash differs from datapackage.json',
          expected: f.hash,
          found: `sha256:${sha256(bytes)}`,
          fix: 'download or rebuild the file',
        });
    }
  }
  const tables = new Map<TableName, Row[]>();
  const duck = await openDuckDb();
  try {
    for (const table of TABLES) {
      const files = { csv: `${table}.csv`, json: `${table}.json`, parquet: `${table}.parquet` };
      if (!Object.values(files).every((f) => present.has(f))) {
        at(table, {
          problem: 'a format of the table is missing',
          expected: Object.values(files).join(', '),
          found:
            Object.values(files)
              .filter((f) => present.has(f))
              .join(', ') || 'none',
          fix: 'download the whole folder again',
        });
        continue;
      }
      const read = async <T>(file: string, f: () => T | Promise<T>): Promise<T | undefined> => {
        try {
          return await f();
        } catch (e) {
          at(file, {
            problem: 'the file cannot be read',
            expected: `a valid ${file.split('.').pop()} file`,
            found: (e as Error).message.split('\n')[0] ?? '',
            fix: 'download or rebuild the file',
          });
          return undefined;
        }
      };
      const json = await read(
        files.json,
        () => JSON.parse(readFileSync(join(dir, files.json), 'utf8')) as Row[],
      );
      const csv = await read(files.csv, () =>
        fromCsv(table, readFileSync(join(dir, files.csv), 'utf8')),
      );
      const parquet = await read(files.parquet, () =>
        fromParquet(duck.connection, join(dir, files.parquet)),
      );
      if (!json || !csv || !parquet) continue;
      for (const [name, other] of [
        [files.csv, csv],
        [files.parquet, parquet],
      ] as const) {
        if (JSON.stringify(other) !== JSON.stringify(json)) {
          const i = other.findIndex((row, k) => JSON.stringify(row) !== JSON.stringify(json[k]));
          at(name, {
            problem: `rows differ from ${files.json}`,
            expected: `${json.length} rows equal to the JSON`,
            found: `${other.length} rows; first difference at row ${i + 1}: ${show(other[i])}`,
            fix: 'rebuild the folder',
          });
        }
      }
      const validate = validator(`tables/${table}.schema.json`);
      for (const row of json) {
        if (validate(row)) continue;
        for (const e of validate.errors ?? []) {
          const d = describeAjvError(e, atPointer(row, e.instancePath));
          at(files.json, {
            id: String(Object.values(row)[0]),
            ...d,
            field: d.field?.replace(/^\//, ''),
            fix: `the row breaks schemas/tables/${table}.schema.json: rebuild the folder`,
          });
        }
      }
      tables.set(table, json);
      rows[table] = json.length;
    }
  } finally {
    duck.close();
  }
  problems.push(
    ...keyProblems(Object.fromEntries(tables), (table) => ({ file: join(dir, `${table}.json`) }), {
      duplicate: 'rebuild the folder',
      reference: 'rebuild the folder',
      subject: 'rebuild the folder',
    }),
    ...quoteProblems(dir, tables),
  );
  return { problems, rows };
}
