import { cpSync } from 'node:fs';
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
        expected: '19 rows equal to the JSON',
        found:
          '19 rows; first difference at row 3: {"actor_id":"stepanakert-2020:armenian-experts","name":"Armenian expert","actor_type":"experts","affiliation":"armeni...',
        fix: 'rebuild the folder',
      },
    ]);
  });
});
