import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, copyRaw, DIST, DOC, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('running in GitHub Actions', () => {
  it('prints every input error as a workflow command at its line and column', () => {
    const raw = copyRaw();
    const path = join(raw, DOC, 'annotations.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '"outcome": "killed",\n      "population": "civilian",\n      "scope": "stepanakert",\n      "count": "13"',
        '"outcome": "dead",\n      "population": "civilian",\n      "scope": "stepanakert",\n      "count": "13"',
      ),
    );
    const r = cli(['build', '--raw', 'raw', '--out', join(raw, '../out')], {
      cwd: join(raw, '..'),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      `::error file=raw/${DOC}/annotations.json,line=389,col=7,title=stepanakert%3A value not allowed::id "cas-lead-killed", field "outcome": value not allowed%0A  expected: one of "killed", "injured"%0A  found:    "dead"%0A  fix:      correct the annotation as schemas/annotations.schema.json describes\n`,
    );
    expect(r.stderr.split('\n')[0]).toBe(
      `error: raw/${DOC}/annotations.json:389:7, id "cas-lead-killed", field "outcome": value not allowed`,
    );
  });

  it('points at the line of the article for an error in the text', () => {
    const raw = copyRaw();
    const text = join(raw, DOC, 'text.txt');
    writeFileSync(
      text,
      Buffer.concat([
        readFileSync(text).subarray(0, 300),
        Buffer.from([0xc3, 0x28]),
        readFileSync(text).subarray(300),
      ]),
    );
    const r = cli(['build', '--raw', 'raw', '--out', join(raw, '../out')], {
      cwd: join(raw, '..'),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.stdout).toBe(
      `::error file=raw/${DOC}/text.txt,line=14,title=stepanakert%3A the text is not valid UTF-8::the text is not valid UTF-8%0A  expected: UTF-8 bytes%0A  found:    invalid byte 0xC3 at byte offset 300%0A  fix:      convert text.txt to UTF-8 (invalid bytes are never replaced)\n`,
    );
  });

  it('appends a job summary: records per table, changes since the committed dist/ by id, anchoring and coverage', () => {
    const out = join(tempDir(), 'dist');
    cpSync(DIST, out, { recursive: true });
    const raw = copyRaw();
    const path = join(raw, DOC, 'annotations.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '"name": "Human Rights Watch"',
        '"name": "Human Rights Watch (HRW)"',
      ),
    );
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    expect(
      cli(['build', '--raw', raw, '--out', out, '--quiet'], {
        env: { GITHUB_STEP_SUMMARY: summary },
      }).status,
    ).toBe(0);
    expect(readFileSync(summary, 'utf8').replace(out, '<out>')).toBe(`# earlier step
### Dataset built into \`<out>\`

| table | rows | added | removed | changed |
| --- | ---: | ---: | ---: | ---: |
| documents | 1 | 0 | 0 | 0 |
| events | 6 | 0 | 0 | 0 |
| casualties | 7 | 0 | 0 | 0 |
| damage | 22 | 0 | 0 | 0 |
| munitions | 24 | 0 | 0 | 0 |
| actors | 19 | 0 | 0 | 1 |
| claims | 71 | 0 | 0 | 0 |

- actors, changed: \`stepanakert-2020:hrw\`

Annotations: 163, every one anchored exactly. Coverage: 39 mentions covered, 54 excluded, 0 uncovered.
`);
  });
});
