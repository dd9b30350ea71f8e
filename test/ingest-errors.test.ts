import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, copyRaw, DOC, replaceInFile, snapshot, tempDir } from './helpers.js';

let work: string;
let out: string;
let before: Record<string, string>;

beforeAll(() => {
  work = tempDir();
  out = join(work, 'out');
  const built = cli(['build', '--raw', 'raw', '--out', out]);
  expect(built.status).toBe(0);
  before = snapshot(out);
});
afterAll(cleanTempDirs);

/** Builds from a broken copy of raw/ into `out`, which must stay byte-identical. */
function buildBroken(breakIt: (raw: string) => void) {
  const raw = copyRaw();
  breakIt(join(raw, DOC));
  const result = cli(['build', '--raw', raw, '--out', out], { cwd: join(raw, '..') });
  expect(snapshot(out)).toEqual(before);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return { ...result, stderr: result.stderr.replaceAll(join(raw, '..'), '<tmp>') };
}

describe('bad raw input exits 1 with a clear message and leaves OUT unchanged', () => {
  it('not UTF-8', () => {
    const r = buildBroken((doc) => appendFileSync(join(doc, 'text.txt'), Buffer.from([0xff])));
    expect(r).toEqual({
      status: 1,
      stdout: '',
      stderr: `error: <tmp>/raw/${DOC}/text.txt:56: the text is not valid UTF-8
  expected: UTF-8 bytes
  found:    invalid byte 0xFF at byte offset 12605
  fix:      convert text.txt to UTF-8 (invalid bytes are never replaced)
`,
    });
  });

  it('checksum mismatch tells to re-anchor', () => {
    const r = buildBroken((doc) => {
      const path = join(doc, 'text.txt');
      replaceInFile(path, '13 residents', '14 residents');
    });
    expect(r.status).toBe(1);
    expect(
      r.stderr,
    ).toBe(`error: <tmp>/raw/${DOC}/document.json:18:3, field "sha256": the text <tmp>/raw/${DOC}/text.txt differs from the snapshot recorded in this file
  expected: sha256 7c89d5369607fc5d59419a7f908ab0c334436d9afbac22dd1a177b69b58a0516, as recorded
  found:    sha256 d1ef03a012a47acff3bb51aefd4ad7a345cf2c9a9ddafd6b949a294208c316d2, of the text as it is
  fix:      if the article was revised on purpose, run \`make reanchor\` to re-anchor the annotations and record the new checksum; otherwise restore text.txt from the source
`);
  });

  it('missing metadata', () => {
    const r = buildBroken((doc) => rmSync(join(doc, 'document.json')));
    expect(r.status).toBe(1);
    expect(
      r.stderr,
    ).toBe(`error: <tmp>/raw/${DOC}/document.json: a required file of the document is missing
  expected: text.txt, document.json and annotations.json in <tmp>/raw/${DOC}
  found:    no such file
  fix:      create <tmp>/raw/${DOC}/document.json (see README, "Adding an article")
`);
  });

  it('a failed build leaves no temporary folder behind', () => {
    const r = buildBroken((doc) => rmSync(join(doc, 'annotations.json')));
    expect(r.status).toBe(1);
    expect(readdirSync(work).sort()).toEqual(['out']);
  });
});
