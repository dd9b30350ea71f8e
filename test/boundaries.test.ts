import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, copyRaw, DOC, ROOT, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('boundaries', () => {
  it('never reads through a link out of RAW (a document folder or a file)', () => {
    const raw = copyRaw();
    symlinkSync('/etc', join(raw, 'elsewhere'));
    const r = cli(['build', '--raw', raw, '--out', join(raw, '../out')]);
    expect({ status: r.status, stderr: r.stderr.replaceAll(raw, '<raw>') }).toEqual({
      status: 1,
      stderr: `error: <raw>/elsewhere: a link or special file in the raw folder
  expected: regular files and folders inside the raw folder
  found:    a symbolic link
  fix:      replace it with a copy of the file it points at (the build never reads outside RAW)
`,
    });
    rmSync(join(raw, 'elsewhere'));
    rmSync(join(raw, DOC, 'text.txt'));
    symlinkSync('/etc/hostname', join(raw, DOC, 'text.txt'));
    expect(cli(['build', '--raw', raw, '--out', join(raw, '../out')]).stderr).toContain(
      `${raw}/${DOC}/text.txt: a link or special file in the raw folder`,
    );
  });

  it('writes nothing outside OUT but its temporary folder, removed at the end', () => {
    const work = tempDir();
    const raw = copyRaw();
    const before = snapshot(join(raw, DOC));
    expect(cli(['build', '--raw', raw, '--out', join(work, 'out')]).status).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['out']);
    expect(snapshot(join(raw, DOC))).toEqual(before);
  });

  it('makes no network access (a preload makes any attempt fatal)', () => {
    const out = join(tempDir(), 'out');
    const r = spawnSync(
      process.execPath,
      [
        '--require',
        join(ROOT, 'test/fixtures/no-network.cjs'),
        join(ROOT, 'compiled/stepanakert.mjs'),
        'build',
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).not.toContain('NETWORK ACCESS');
    expect(r.status).toBe(0);
    const check = spawnSync(
      process.execPath,
      [
        '--require',
        join(ROOT, 'test/fixtures/no-network.cjs'),
        join(ROOT, 'compiled/stepanakert.mjs'),
        'check',
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(check.status).toBe(0);
  });
});
