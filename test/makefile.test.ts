import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, copyRaw, DOC, ROOT, tempDir } from './helpers.js';

/** The list of inputs make keeps for an OUT (build/inputs-<cksum of its path>.txt). */
const inputList = (out: string) =>
  join(
    ROOT,
    'build',
    `inputs-${spawnSync('sh', ['-c', 'printf "%s" "$1" | cksum | tr " " -', 'sh', out], { encoding: 'utf8' }).stdout.trim()}.txt`,
  );
const outs = new Set<string>();
afterAll(() => {
  for (const out of outs) rmSync(inputList(out), { force: true });
  cleanTempDirs();
});

const make = (...args: string[]) => {
  for (const a of args) if (a.startsWith('OUT=')) outs.add(a.slice(4));
  return spawnSync('make', ['-s', 'dist', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
};
const title = (out: string) =>
  (JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as { title: string }[])[0]?.title;

describe('make dist rebuilds exactly when its inputs change', () => {
  it('skips an unchanged build, and rebuilds for another RAW even when its files are older', () => {
    const out = join(tempDir(), 'out');
    const first = copyRaw();
    const built = make(`RAW=${first}`, `OUT=${out}`);
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(/^built /);
    expect(make(`RAW=${first}`, `OUT=${out}`)).toMatchObject({ status: 0, stdout: '', stderr: '' });

    // another raw folder whose files are all older than OUT: only its path tells make
    const second = copyRaw();
    const metadata = join(second, DOC, 'document.json');
    const m = JSON.parse(readFileSync(metadata, 'utf8'));
    writeFileSync(metadata, `${JSON.stringify({ ...m, title: `${m.title} (copy)` }, null, 2)}\n`);
    const old = new Date('2000-01-01T00:00:00Z');
    for (const f of ['text.txt', 'document.json', 'annotations.json'])
      utimesSync(join(second, DOC, f), old, old);
    const rebuilt = make(`RAW=${second}`, `OUT=${out}`);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stderr).toMatch(/^built /);
    expect(title(out)).toBe(`${m.title} (copy)`);
    expect(make(`RAW=${second}`, `OUT=${out}`)).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('keeps one input list per OUT, even for paths that differ only by `_` and `/`', () => {
    const parent = tempDir();
    const [first, second] = [copyRaw(), copyRaw()];
    const flat = join(parent, 'a_b');
    const nested = join(parent, 'a', 'b');
    expect(make(`RAW=${first}`, `OUT=${flat}`).stderr).toMatch(/^built /);
    expect(make(`RAW=${second}`, `OUT=${nested}`).stderr).toMatch(/^built /);
    expect(make(`RAW=${first}`, `OUT=${flat}`)).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
    expect(make(`RAW=${second}`, `OUT=${nested}`)).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });
});
