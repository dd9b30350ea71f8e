import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, copyRaw, DOC, ROOT, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const FIXTURE = join(ROOT, 'test/fixtures/revision');

describe('make reanchor on a revised article', () => {
  it('reports a paragraph inserted, a sentence reworded, a sentence deleted and a digit changed, and writes nothing', () => {
    const raw = join(tempDir(), 'raw');
    cpSync(join(FIXTURE, DOC), join(raw, DOC), { recursive: true });
    const before = snapshot(join(raw, DOC));
    const r = cli(['reanchor', '--raw', raw]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(FIXTURE, 'expected-report.txt'), 'utf8'));
    expect(snapshot(join(raw, DOC))).toEqual(before);
  });

  it('rewrites offsets, context, checksum and size when every quote only moved, and the build then succeeds', () => {
    const raw = copyRaw();
    const textPath = join(raw, DOC, 'text.txt');
    const text = readFileSync(textPath, 'utf8');
    writeFileSync(
      textPath,
      text.replace(
        '== Bombardment ==\n\n',
        '== Bombardment ==\n\nA paragraph added 😊 in a later revision.\n\n',
      ),
    );
    const built = cli(['build', '--raw', raw, '--out', join(raw, '../out')]);
    expect(built.status).toBe(1);
    expect(built.stderr).toContain('run `make reanchor`');
    const r = cli(['reanchor', '--raw', raw]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `${DOC}: 163 annotations — exact 33, moved 130, fuzzy 0, ambiguous 0, orphaned 0`,
    );
    expect(r.stdout.endsWith('  rewritten: annotations.json, document.json\n')).toBe(true);
    const metadata = JSON.parse(readFileSync(join(raw, DOC, 'document.json'), 'utf8'));
    expect([metadata.bytes, metadata.code_points]).toEqual([12605 + 45, 12529 + 42]);
    const annotations = JSON.parse(readFileSync(join(raw, DOC, 'annotations.json'), 'utf8'));
    const hrw = annotations.annotations.find((a: { id: string }) => a.id === 'hrw');
    expect(hrw.selector).toEqual({
      start: 5990,
      end: 6008,
      exact: 'Human Rights Watch',
      prefix: 'gorno-Karabakh in October 2020, ',
      suffix: ' documented four incidents in wh',
    });
    expect(
      [...readFileSync(textPath, 'utf8')].slice(hrw.selector.start, hrw.selector.end).join(''),
    ).toBe('Human Rights Watch');
    expect(cli(['build', '--raw', raw, '--out', join(raw, '../out')]).status).toBe(0);
    expect(cli(['reanchor', '--raw', raw]).stdout).toBe(
      `${DOC}: 163 annotations — exact 163, moved 0, fuzzy 0, ambiguous 0, orphaned 0\n  nothing to rewrite\n`,
    );
  });
});
