import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, copyRaw, DOC, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const make = (...args: string[]) => {
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

describe('make audit', () => {
  /** Runs `make audit` with an npm that prints `output` and exits with `code`, in the environment `env`. */
  const audit = (output: string, code: number, env: Record<string, string>) => {
    const bin = tempDir();
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nprintf '%s\\n' '${output}'\nexit ${code}\n`, {
      mode: 0o755,
    });
    const base: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    delete base.CI;
    delete base.NPM_AUDIT;
    const r = spawnSync('make', ['-s', 'audit'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...base, ...env },
    });
    return { status: r.status, stdout: r.stdout };
  };
  const unreachable = 'npm error audit endpoint returned an error';

  it('passes with no high or critical vulnerability, and fails with one', () => {
    expect(audit('found 0 vulnerabilities', 0, { CI: 'true' })).toEqual({
      status: 0,
      stdout: 'npm audit: no high or critical vulnerability\n',
    });
    expect(audit('1 high severity vulnerability', 1, {})).toEqual({
      status: 2,
      stdout: '1 high severity vulnerability\n',
    });
  });

  it('fails in CI when the audit service cannot be reached, unless it is unreachable by design', () => {
    expect(audit(unreachable, 1, { CI: 'true' })).toEqual({
      status: 2,
      stdout: `${unreachable}\nnpm audit: failed: the audit service could not be reached; in CI that is a failure (set NPM_AUDIT=unavailable only where it is unreachable by design)\n`,
    });
    expect(audit(unreachable, 1, { CI: 'true', NPM_AUDIT: 'unavailable' })).toEqual({
      status: 0,
      stdout:
        'npm audit: not run: the audit service is unreachable here by design (NPM_AUDIT=unavailable)\n',
    });
    expect(audit('npm error code ENOTFOUND', 1, {})).toEqual({
      status: 0,
      stdout: 'npm audit: skipped: the audit service could not be reached (in CI this fails)\n',
    });
  });
});
