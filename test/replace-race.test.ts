import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { readRelease } from '../pipeline/metadata/release.js';
import { publishTables } from '../pipeline/stages/publish-documents.js';
import { cleanTempDirs, DIST, RAW, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('a file saved into OUT while the build runs', () => {
  it('is kept: the folder is checked again under the lock, just before the swap', async () => {
    const out = join(tempDir(), 'out');
    cpSync(DIST, out, { recursive: true });
    const before = snapshot(out);
    const built = buildTables(RAW);
    // saved while the documents are written
    const onProgress = () => writeFileSync(join(out, 'thesis.pdf'), 'chapter one\n');
    await expect(
      publishTables(out, built.tables, readRelease(), built.texts, [], { onProgress }),
    ).rejects.toThrow(
      `error: ${out}: the output folder holds entries that its SHA256SUMS does not list, and publishing replaces the whole folder\n  expected: a new or empty folder, or a dataset published before\n  found:    1 unlisted entry: thesis.pdf\n  fix:      choose a new or empty OUT, or move those entries out of the folder`,
    );
    expect(readFileSync(join(out, 'thesis.pdf'), 'utf8')).toBe('chapter one\n');
    expect(snapshot(out)).toEqual({ ...before, 'thesis.pdf': expect.any(String) });
  });
});
