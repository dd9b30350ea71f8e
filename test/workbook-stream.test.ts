import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSystemError, systemProblem } from '../pipeline/lib/errors.js';
import { sha256 } from '../pipeline/lib/hash.js';
import { type Row, TABLES, type TableName, type Tables } from '../pipeline/records/tables.js';
import { sheetFragment, writeWorkbook } from '../pipeline/write/to-workbook.js';
import { cleanTempDirs, DIST, DOC, tempDir } from './helpers.js';
import { PYTHON, run } from './runtimes.js';

afterAll(cleanTempDirs);

const CREATED = '2026-12-04T00:00:00Z';
const published = Object.fromEntries(
  TABLES.map((t) => [t, JSON.parse(readFileSync(join(DIST, `${t}.json`), 'utf8'))]),
) as Tables;

/** Document `i` of a synthetic corpus: the published rows with its own document id. */
function document(table: TableName, i: number): Row[] {
  const id = `synthetic-${String(i).padStart(4, '0')}`;
  return published[table].map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v.replaceAll(DOC, id) : v]),
    ),
  );
}

describe('writeWorkbook streams: what it writes goes to the file as it is made', () => {
  it('1,000 documents (255,000 rows), one fragment a document: the file grows while the rows come', async () => {
    const path = join(tempDir(), 'corpus.xlsx');
    // the file's size each time a fragment is asked for
    const disk: number[] = [];
    function* fragments(table: TableName) {
      for (let i = 0; i < 1000; i++) {
        disk.push(statSync(path).size);
        yield sheetFragment(table, document(table, i));
      }
    }
    const facts = await writeWorkbook(path, 'licence', CREATED, fragments);
    const bytes = readFileSync(path);
    expect(facts).toEqual({ bytes: bytes.length, sha256: sha256(bytes) });
    expect(disk).toHaveLength(TABLES.length * 1000);
    // written in small steps all along, never held back and written at once
    const steps = disk.slice(1).map((d, k) => d - (disk[k] ?? 0));
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(0);
    expect(steps.filter((s) => s > 0).length).toBeGreaterThan(1000);
    expect(Math.max(...steps)).toBeLessThan(256 * 1024);
    // when the last fragment is asked for, all but its own rows and the package's end is written
    expect(disk.at(-1)).toBeGreaterThan(0.95 * bytes.length);
    const check = run(PYTHON, [
      '-c',
      'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), z.read("xl/worksheets/sheet8.xml").count(b"<row>"))',
      path,
    ]);
    expect(check.stdout).toBe(`None ${1000 * published.claims.length + 1}\n`);
  });
});

describe('a failed system call writing the workbook is a system error naming the file', () => {
  it('ENOSPC: a full disk', async () => {
    const e = await writeWorkbook('/dev/full', 'licence', CREATED, () => []).catch((x) => x);
    expect(isSystemError(e)).toBe(true);
    expect(systemProblem(e)).toEqual({
      file: '/dev/full',
      problem: 'the disk is full',
      expected: 'free space to write the file',
      found: 'ENOSPC from write on "/dev/full"',
      fix: 'free space on that disk, or choose a folder on another disk, and run again',
    });
  });

  it('ENOTDIR: a file where a folder should be', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const path = join(dir, 'file', 'x.xlsx');
    const e = await writeWorkbook(path, 'licence', CREATED, () => []).catch((x) => x);
    expect(systemProblem(e, dir)).toEqual({
      file: 'file/x.xlsx',
      problem: 'a part of the path is not a folder',
      expected: 'folders on the way to the path',
      found: 'ENOTDIR from open on "file/x.xlsx"',
      fix: 'check the path: a file stands where a folder should be',
    });
  });
});
