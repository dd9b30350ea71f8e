import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, DIST, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('stats on a damaged download', () => {
  it('a table whose row is not as its schema says is named, never printed as "undefined"', () => {
    const work = tempDir();
    cpSync(DIST, join(work, 'd'), { recursive: true });
    writeFileSync(join(work, 'd/damage.json'), '[{"x": 1}]\n');
    expect(cli(['stats', '--out', 'd'], { cwd: work })).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'error: d/damage.json, id "row 1", field "damage_id": a required field is missing\n  expected: field "damage_id"\n  found:    nothing\n  fix:      run `make check OUT=<folder>` for what is wrong; download or rebuild the folder\n',
    });
  });
});
