import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const refused = (found: string) => ({
  status: 1,
  stdout: '',
  stderr: `error: raw: the raw folder does not exist\n  expected: a folder with one sub-folder per document\n  found:    ${found}\n  fix:      pass RAW=<folder> pointing at a raw folder (the default is raw/)\n`,
});

describe('a RAW that is no folder says what stands there', () => {
  it('a file', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'raw'), 'notes\n');
    expect(cli(['build', '--raw', 'raw', '--out', 'out'], { cwd })).toEqual(
      refused('a file, not a folder'),
    );
  });

  it('a loop of symbolic links', () => {
    const cwd = tempDir();
    symlinkSync('loop', join(cwd, 'raw'));
    symlinkSync('raw', join(cwd, 'loop'));
    expect(cli(['build', '--raw', 'raw', '--out', 'out'], { cwd })).toEqual(
      refused('a symbolic link that leads to no folder (its target is missing, or a loop)'),
    );
  });
});
