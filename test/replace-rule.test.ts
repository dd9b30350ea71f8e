import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, DIST, RAW, snapshot, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

/** Every file under a folder, relative path → content. */
const tree = (dir: string) =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => [
        join(e.parentPath, e.name).slice(dir.length + 1),
        readFileSync(join(e.parentPath, e.name), 'utf8'),
      ])
      .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)),
  );

const refused = (found: string) => ({
  status: 1,
  stdout: '',
  stderr: `error: out: the output folder holds entries that its SHA256SUMS does not list, and publishing replaces the whole folder
  expected: a new or empty folder, or a dataset published before
  found:    ${found}
  fix:      choose a new or empty OUT, or move those entries out of the folder
`,
});

const build = (work: string) =>
  cli(['build', '--raw', RAW, '--out', 'out', '--quiet'], { cwd: work });
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('only a folder whose every entry its own SHA256SUMS lists is replaced', () => {
  it('a Downloads folder with files named SHA256SUMS and datapackage.json keeps the thesis and photos', () => {
    const work = tempDir();
    const out = join(work, 'out');
    mkdirSync(join(out, 'photos'), { recursive: true });
    writeFileSync(join(out, 'SHA256SUMS'), '');
    writeFileSync(join(out, 'datapackage.json'), '');
    writeFileSync(join(out, 'thesis.pdf'), 'four years of work\n');
    writeFileSync(join(out, 'photos', 'a.jpg'), 'a photo\n');
    const before = tree(out);
    expect(build(work)).toEqual(
      refused('3 unlisted entries: datapackage.json, photos/, thesis.pdf'),
    );
    expect(tree(out)).toEqual(before);
  });

  it('a published dataset with one file added is refused, naming it', () => {
    const work = tempDir();
    cpSync(DIST, join(work, 'out'), { recursive: true });
    writeFileSync(join(work, 'out', 'my-notes.txt'), 'mine\n');
    expect(build(work)).toEqual(refused('1 unlisted entry: my-notes.txt'));
    expect(readFileSync(join(work, 'out', 'my-notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('entries in sub-folders count: listed ones are replaced, an unlisted one is refused', () => {
    const work = tempDir();
    const out = join(work, 'out');
    cpSync(DIST, out, { recursive: true });
    mkdirSync(join(out, 'notes'));
    writeFileSync(join(out, 'notes', 'doc.txt'), 'text\n');
    appendFileSync(join(out, 'SHA256SUMS'), `${sha('text\n')}  notes/doc.txt\n`);
    writeFileSync(join(out, 'notes', 'extra.txt'), 'not listed\n');
    mkdirSync(join(out, 'empty'));
    expect(build(work)).toEqual(refused('2 unlisted entries: empty/, notes/extra.txt'));
    rmSync(join(out, 'notes', 'extra.txt'));
    rmSync(join(out, 'empty'), { recursive: true });
    expect(build(work)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(snapshot(out)).toEqual(snapshot(DIST));
  });
});

describe('a damaged or partial previous OUT is rebuilt', () => {
  it('a truncated table, one of no rows and a missing one: rebuilt, and the job summary says what it could not read', () => {
    const work = tempDir();
    const out = join(work, 'out');
    cpSync(DIST, out, { recursive: true });
    truncateSync(join(out, 'events.json'), 100);
    rmSync(join(out, 'claims.json'));
    writeFileSync(join(out, 'actors.json'), '{"not": "rows"}');
    const summary = join(work, 'summary.md');
    const r = cli(['build', '--raw', RAW, '--out', 'out', '--quiet'], {
      cwd: work,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(snapshot(out)).toEqual(snapshot(DIST));
    expect(readFileSync(summary, 'utf8')).toBe(`### Dataset built into \`out\`

| table | rows | added | removed | changed |
| --- | ---: | ---: | ---: | ---: |
| documents | 1 | 0 | 0 | 0 |
| events | 6 | — | — | — |
| casualties | 7 | 0 | 0 | 0 |
| damage | 22 | 0 | 0 | 0 |
| munitions | 25 | 0 | 0 | 0 |
| actors | 22 | — | — | — |
| claims | 105 | — | — | — |
| event_actors | 12 | 0 | 0 | 0 |
| places | 1 | 0 | 0 | 0 |
| exclusions | 54 | 0 | 0 | 0 |

- events.json: the earlier file could not be read (invalid JSON: unexpected end of string at line 5, column 19), so its changes are not shown.
- actors.json: the earlier file could not be read (not a list of rows), so its changes are not shown.
- claims.json: the earlier file could not be read (missing), so its changes are not shown.

Annotations: 215, every one anchored exactly. Coverage: 39 mentions covered, 54 excluded, 0 uncovered.
`);
  });
});
