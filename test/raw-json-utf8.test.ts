import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, copyRaw, DOC } from './helpers.js';

afterAll(cleanTempDirs);

describe('the JSON files of a document are strict UTF-8, like its text', () => {
  it.each([
    ['document.json', '"title": "2020 bombardment of Stepanakert'],
    ['annotations.json', '"note": "Stands for every statement'],
  ])('an invalid byte in %s is refused, never published as U+FFFD', (file, words) => {
    const raw = copyRaw();
    const path = join(raw, DOC, file);
    const bytes = readFileSync(path);
    const at = bytes.indexOf(words) + Buffer.byteLength(words);
    writeFileSync(
      path,
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
    );
    const line = bytes.subarray(0, at).toString('utf8').split('\n').length;
    const r = cli(['build', '--raw', 'raw', '--out', 'out'], { cwd: dirname(raw) });
    expect(r).toEqual({
      status: 1,
      stdout: '',
      stderr: `error: raw/${DOC}/${file}:${line}: the file is not valid UTF-8\n  expected: UTF-8 bytes\n  found:    invalid byte 0xFF at byte offset ${at}\n  fix:      convert ${file} to UTF-8 (invalid bytes are never replaced)\n`,
    });
    expect(existsSync(join(dirname(raw), 'out'))).toBe(false);
  });
});
