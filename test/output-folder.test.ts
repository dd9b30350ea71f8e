import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../pipeline/lib/hash.js';
import { cleanTempDirs, cli, DIST, RAW, ROOT, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

/** A working folder with a copy of raw/, a folder of someone's notes and a plain file. */
function workspace(): string {
  const dir = tempDir();
  cpSync(RAW, join(dir, 'raw'), { recursive: true });
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'todo.txt'), 'keep me\n');
  writeFileSync(join(dir, 'afile'), 'not a folder\n');
  mkdirSync(join(dir, 'elsewhere'));
  symlinkSync('raw', join(dir, 'rawlink'));
  symlinkSync('elsewhere', join(dir, 'outlink'));
  return dir;
}

/** Every file under a folder, relative path → sha256. */
const tree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        join(e.parentPath, e.name).slice(dir.length),
        sha256(readFileSync(join(e.parentPath, e.name))),
      ])
      .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)),
  );

const refused = (out: string, problem: string, found: string, fix: string) => ({
  status: 1,
  stdout: '',
  stderr: `error: ${out}: ${problem}\n  expected: a new or empty folder, or a dataset published before\n  found:    ${found}\n  fix:      ${fix}\n`,
});

describe('an OUT that publishing would destroy is refused, and left as it was', () => {
  const cases: [string, string, string, string][] = [
    [
      'notes',
      'the output folder holds entries that its SHA256SUMS does not list, and publishing replaces the whole folder',
      '1 unlisted entry: todo.txt',
      'choose a new or empty OUT, or move those entries out of the folder',
    ],
    [
      'afile',
      'the output path is a file',
      'a file at afile',
      'choose a folder for OUT, or move the file away',
    ],
    [
      'afile/out',
      'the output folder cannot be created',
      'afile is a file',
      'choose an OUT whose parent is a folder',
    ],
    [
      'raw',
      'the output folder overlaps the raw folder',
      'OUT raw, RAW raw',
      'choose an OUT outside RAW (the default is dist)',
    ],
    [
      'raw/stepanakert-2020',
      'the output folder overlaps the raw folder',
      'OUT raw/stepanakert-2020, RAW raw',
      'choose an OUT outside RAW (the default is dist)',
    ],
    [
      'rawlink/out',
      'the output folder overlaps the raw folder',
      'OUT rawlink/out, RAW raw',
      'choose an OUT outside RAW (the default is dist)',
    ],
    [
      'outlink',
      'the output path is a symbolic link, which publishing would replace by a folder',
      'a link at outlink',
      'point OUT at the folder itself',
    ],
    [
      '.',
      'the output folder overlaps the raw folder',
      'OUT ., RAW raw',
      'choose an OUT outside RAW (the default is dist)',
    ],
  ];
  it.each(cases)('OUT=%s', (out, problem, found, fix) => {
    const dir = workspace();
    const before = tree(dir);
    expect(cli(['build', '--raw', 'raw', '--out', out], { cwd: dir })).toEqual(
      refused(out, problem, found, fix),
    );
    expect(tree(dir)).toEqual(before);
    expect(Object.keys(before)).toContain('/notes/todo.txt');
  });

  it('OUT holding the repository (the repository itself, run from test/)', () => {
    const dir = workspace();
    const r = cli(['build', '--raw', join(dir, 'raw'), '--out', '..'], { cwd: join(ROOT, 'test') });
    expect(r).toEqual(
      refused(
        '..',
        'the output folder holds the repository',
        'OUT ..',
        'choose a folder of its own for OUT (the default is dist)',
      ),
    );
  });

  it('an empty folder and a dataset published before are accepted', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'empty'));
    for (let run = 0; run < 2; run++) {
      const r = cli(['build', '--raw', 'raw', '--out', 'empty', '--quiet'], { cwd: dir });
      expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
      expect(snapshot(join(dir, 'empty'))).toEqual(snapshot(DIST));
    }
  });
});
