import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../pipeline/lib/hash.js';
import { cleanTempDirs, cli, DIST, RAW, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('a previous OUT whose table is nested too deeply', () => {
  it('is rebuilt, and the job summary says it could not read that table', () => {
    const work = tempDir();
    const out = join(work, 'out');
    cpSync(DIST, out, { recursive: true });
    const path = join(out, 'actors.json');
    const text = readFileSync(path, 'utf8').replace(
      '"actor_id"',
      `"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "actor_id"`,
    );
    writeFileSync(path, text);
    const sums = join(out, 'SHA256SUMS');
    writeFileSync(
      sums,
      readFileSync(sums, 'utf8').replace(
        sha256(readFileSync(join(DIST, 'actors.json'))),
        sha256(text),
      ),
    );
    const summary = join(work, 'summary.md');
    const r = cli(['build', '--raw', RAW, '--out', 'out', '--quiet'], {
      cwd: work,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(snapshot(out)).toEqual(snapshot(DIST));
    const rows = (t: string) => JSON.parse(readFileSync(join(DIST, `${t}.json`), 'utf8')).length;
    const got = readFileSync(summary, 'utf8');
    expect(got).toContain(
      `| actors | ${rows('actors')} | — | — | — |\n| claims | ${rows('claims')} | 0 | 0 | 0 |\n`,
    );
    expect(got).toContain(
      '\n- actors.json: the earlier file could not be read (the JSON is nested too deeply at line 3, column 75), so its changes are not shown.\n',
    );
  });
});
