import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, copyRaw, DOC, ROOT, replaceInFile, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const make = (...args: string[]) =>
  spawnSync('make', ['-s', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

/** The raw folder copied to a path with spaces, with a note whose name has a colon. */
function spaced(): string {
  const raw = join(tempDir(), 'my raw folder');
  cpSync(copyRaw(), raw, { recursive: true });
  writeFileSync(join(raw, 'notes 12:00.txt'), 'read again\n');
  return raw;
}

describe('make rebuilds when a file of RAW changes', () => {
  it.each([
    ['', () => copyRaw()],
    [' at a path with spaces, beside a file with a colon', () => spaced()],
  ])('an edited annotations.json rebuilds OUT%s', (_, made) => {
    const raw = made();
    const out = join(tempDir(), 'out');
    expect(make('dist', `RAW=${raw}`, `OUT=${out}`).status).toBe(0);
    expect(make('dist', `RAW=${raw}`, `OUT=${out}`)).toMatchObject({ status: 0, stderr: '' });
    replaceInFile(
      join(raw, DOC, 'annotations.json'),
      '"note": "Stands for every statement',
      '"note": "Edited: stands for every statement',
    );
    const r = make('dist', `RAW=${raw}`, `OUT=${out}`);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^built ${out} from 1 document in `));
    expect(r.status).toBe(0);
  });
});
