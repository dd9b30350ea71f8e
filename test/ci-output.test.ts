import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codePointText, lineLocator } from '../pipeline/lib/code-points.js';
import { coverage, uncoveredProblems } from '../pipeline/stages/coverage.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { readDocument } from '../pipeline/stages/read-raw.js';
import { cleanTempDirs, cli, RAW, tempDir, writeDocument } from './helpers.js';

afterAll(cleanTempDirs);

describe('every path printed is one line: a CI never reads a workflow command in it', () => {
  const evil = 'x\n::warning::pwned';

  it('a successful build into a folder whose name holds a newline', () => {
    const work = tempDir();
    const r = cli(['build', '--raw', RAW, '--out', evil], { cwd: work });
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')[0]).toMatch(
      /^built x\\n::warning::pwned from 1 document in \d+\.\d\d s$/,
    );
    expect(r.stderr.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    const checked = cli(['check', '--out', evil], { cwd: work });
    expect(checked.stderr).toBe(
      'checked x\\n::warning::pwned: 10 tables, 255 rows, every file, hash, schema, key and quote agrees\n',
    );
  });

  it('an error naming such a folder, in GitHub Actions: the message and the workflow command', () => {
    const work = tempDir();
    const r = cli(['build', '--raw', evil, '--out', 'out'], {
      cwd: work,
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r).toEqual({
      status: 1,
      stdout:
        '::error file=x%0A%3A%3Awarning%3A%3Apwned,title=stepanakert%3A the raw folder does not exist::the raw folder does not exist%0A  expected: a folder with one sub-folder per document%0A  found:    nothing at that path%0A  fix:      pass RAW=<folder> pointing at a raw folder (the default is raw/)\n',
      stderr:
        'error: x\\n::warning::pwned: the raw folder does not exist\n  expected: a folder with one sub-folder per document\n  found:    nothing at that path\n  fix:      pass RAW=<folder> pointing at a raw folder (the default is raw/)\n',
    });
  });
});

describe('coverage locates mentions in one pass over the text', () => {
  it('lines and columns count code points, astral characters included', () => {
    const t = codePointText('ab\n😀 c\n\nd');
    const at = lineLocator(t);
    expect([0, 2, 3, 4, 5, 7, 8].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });

  it('a document of 20,000 numbers: every uncovered one at its line and column', () => {
    const raw = join(tempDir(), 'raw');
    const lines = Array.from({ length: 20_000 }, (_, i) => `Row ${i + 1}: 😀 ${i * 7}.`);
    writeDocument(raw, 'numbers', `${lines.join('\n')}\n`, []);
    const doc = ingest(readDocument(raw, 'numbers'));
    const problems = uncoveredProblems(doc, coverage(doc, []));
    expect(problems.length).toBe(40_000);
    // the last line starts after the others and their newlines, counted in code points
    const last = [...lines.slice(0, -1).join('\n')].length + 1;
    expect(problems.slice(-2).map((p) => [p.line, p.column, p.found])).toEqual([
      [20_000, 5, `"20000" at offsets ${last + 4}–${last + 9}, uncovered`],
      [20_000, 14, `"139993" at offsets ${last + 13}–${last + 19}, uncovered`],
    ]);
  });
});
