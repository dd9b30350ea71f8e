import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, RAW, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('an empty folder name is wrong usage, never the current folder', () => {
  it('build --out "" publishes nothing into the folder it runs in', () => {
    const cwd = tempDir();
    expect(cli(['build', '--raw', RAW, '--out', '', '--quiet'], { cwd })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'stepanakert: build: --out is empty; name a folder (the default is "dist")\nRun "stepanakert build --help" for its options.\n',
    });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    ['build', 'raw', 'raw'],
    ['check', 'out', 'dist'],
    ['stats', 'out', 'dist'],
  ])('%s --%s ""', (command, option, fallback) => {
    expect(cli([command, `--${option}`, ''], { cwd: tempDir() })).toEqual({
      status: 2,
      stdout: '',
      stderr: `stepanakert: ${command}: --${option} is empty; name a folder (the default is "${fallback}")\nRun "stepanakert ${command} --help" for its options.\n`,
    });
  });
});
