import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../pipeline/stages/check-folder.js';
import { cleanTempDirs, DIST, replaceInFile, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('check compares the formats row by row', () => {
  it('names the first row of a CSV file that differs from the JSON, not any other', async () => {
    const out = join(tempDir(), 'out');
    cpSync(DIST, out, { recursive: true });
    // the third actor, in the CSV only
    replaceInFile(
      join(out, 'actors.csv'),
      'stepanakert-2020:armenian-experts,Armenian experts,',
      'stepanakert-2020:armenian-experts,Armenian expert,',
    );
    const { problems } = await checkFolder(out);
    expect(problems.filter((p) => p.problem.startsWith('rows differ'))).toEqual([
      {
        file: join(out, 'actors.csv'),
        problem: 'rows differ from actors.json',
        expected: '22 rows equal to the JSON',
        found:
          '22 rows; first difference at row 3: {"actor_id":"stepanakert-2020:armenian-experts","name":"Armenian expert","actor_type":"experts","affiliation":"armeni...',
        fix: 'rebuild the folder',
      },
    ]);
  });

  it('refuses a JSON table that is not a list of objects: a number, null or an array in it', async () => {
    const found: string[] = [];
    for (const rows of ['[5]', '[null]', '[[]]']) {
      const out = join(tempDir(), 'out');
      cpSync(DIST, out, { recursive: true });
      writeFileSync(join(out, 'actors.json'), rows);
      const { problems } = await checkFolder(out);
      for (const p of problems.filter((x) => x.problem === 'the file cannot be read'))
        found.push(`${p.file.slice(out.length)}: ${p.expected}; ${p.found}`);
    }
    expect(found).toEqual([
      '/actors.json: a valid json file; actors.json is not a list of rows: [5]',
      '/actors.json: a valid json file; actors.json is not a list of rows: [null]',
      '/actors.json: a valid json file; actors.json is not a list of rows: [[]]',
    ]);
  });

  it('reports a generated file that is missing, and only that', async () => {
    const out = join(tempDir(), 'out');
    cpSync(DIST, out, { recursive: true });
    rmSync(join(out, 'LICENSE'));
    expect((await checkFolder(out)).problems).toEqual([
      {
        file: join(out, 'LICENSE'),
        problem: 'listed in SHA256SUMS but missing',
        expected: 'the file',
        found: 'none',
        fix: 'download the whole folder again',
      },
    ]);
  });
});
