import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const make = (...args: string[]) =>
  spawnSync('make', ['-s', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

/** The Makefile line of the refusal: make names it in the message. */
const refusalLine =
  readFileSync(join(ROOT, 'Makefile'), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith('$(error $(STRAY)=')) + 1;

describe('a "$" in a folder name never silently names another folder', () => {
  it.each(['OUT', 'RAW'])('%s with "$st" in it is refused, nothing is built', (variable) => {
    const parent = tempDir();
    const path = join(parent, 'co$st');
    const r = make(
      'dist',
      `${variable}=${path}`,
      ...(variable === 'RAW' ? [`OUT=${join(parent, 'out')}`] : []),
    );
    expect(r.stderr).toBe(
      `Makefile:${refusalLine}: *** ${variable}="${path}": make reads "$" as the start of a variable, so the path would be "${join(parent, 'cot')}"; write each "$" of the name as "$$" (${variable}='${join(parent, 'co$$st')}').  Stop.\n`,
    );
    expect(r.status).toBe(2);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('"$$" stands for the "$" of the name', () => {
    const parent = tempDir();
    const r = make('dist', `OUT=${join(parent, 'co$$st')}`, '--dry-run');
    expect(r.stdout).toContain(`--out '${join(parent, 'co$st')}'`);
    expect(r.status).toBe(0);
  });
});
