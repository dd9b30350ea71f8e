import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, docPaths } from './bad-input/cases.js';
import { cleanTempDirs, copyRaw, DOC, ROOT, runMain, snapshot, tempDir } from './helpers.js';

const EXPECTED = join(ROOT, 'test/fixtures/bad-input');
let built: string;
let before: Record<string, string>;

beforeAll(async () => {
  built = join(tempDir(), 'out');
  expect((await runMain(['build', '--out', built])).status).toBe(0);
  before = snapshot(built);
});
afterAll(cleanTempDirs);

describe(`bad input: ${CASES.length} cases, each exits 1 with its exact message and leaves OUT byte-identical`, () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    // each case its own raw folder and its own copy of OUT: one failure cannot fail another case
    const raw = copyRaw();
    const out = join(tempDir(), 'out');
    cpSync(built, out, { recursive: true });
    c.breakIt(docPaths(raw, DOC));
    const saved = { ...process.env };
    Object.assign(process.env, c.env ?? {});
    let result: Awaited<ReturnType<typeof runMain>>;
    try {
      result = await runMain(['build', '--raw', raw, '--out', out]);
    } finally {
      process.env = saved;
    }
    const message = result.stderr.replaceAll(raw, '<raw>').replaceAll(out, '<out>');
    const file = join(EXPECTED, `${name}.txt`);
    // the suite never writes an expected message: a person reads it and saves it
    expect(
      existsSync(file),
      `no ${file}; if this message is right, save it there:\n${message}`,
    ).toBe(true);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(message).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(message).toMatch(/^error: /);
    // every error says what was expected, what was found and the fix
    for (const error of message.split(/\n(?=error: )/))
      expect(error).toMatch(/\n {2}expected: .+\n {2}found: {4}.+\n {2}fix: {6}.+\n/);
    expect(message).toBe(readFileSync(file, 'utf8'));
    expect(snapshot(out)).toEqual(before);
  });
});
