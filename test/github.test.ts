import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLES } from '../pipeline/records/tables.js';
import { summaryMarkdown } from '../pipeline/stages/diff-tables.js';
import { cleanTempDirs, cli, copyRaw, DIST, DOC, replaceInFile, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('running in GitHub Actions', () => {
  it('prints every input error as a workflow command at its line and column', () => {
    const raw = copyRaw();
    const path = join(raw, DOC, 'annotations.json');
    replaceInFile(
      path,
      '"outcome": "killed",\n      "population": "civilian",\n      "scope": "stepanakert",\n      "count": "13"',
      '"outcome": "dead",\n      "population": "civilian",\n      "scope": "stepanakert",\n      "count": "13"',
    );
    const r = cli(['build', '--raw', 'raw', '--out', join(raw, '../out')], {
      cwd: join(raw, '..'),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      `::error file=raw/${DOC}/annotations.json,line=438,col=7,title=stepanakert%3A value not allowed::id "cas-lead-killed", field "outcome": value not allowed%0A  expected: one of "killed", "injured"%0A  found:    "dead"%0A  fix:      correct the annotation as schemas/annotations.schema.json describes\n`,
    );
    expect(r.stderr.split('\n')[0]).toBe(
      `error: raw/${DOC}/annotations.json:438:7, id "cas-lead-killed", field "outcome": value not allowed`,
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

  it('points at the "sha256" field of document.json when the article differs from its checksum', () => {
    const raw = copyRaw();
    const text = join(raw, DOC, 'text.txt');
    replaceInFile(text, '13 residents', '14 residents');
    const r = cli(['build', '--raw', 'raw', '--out', join(raw, '../out')], {
      cwd: join(raw, '..'),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      `::error file=raw/${DOC}/document.json,line=18,col=3,title=stepanakert%3A the text raw/${DOC}/text.txt differs from the snapshot recorded in this file::field "sha256": the text raw/${DOC}/text.txt differs from the snapshot recorded in this file%0A  expected: sha256 7c89d5369607fc5d59419a7f908ab0c334436d9afbac22dd1a177b69b58a0516, as recorded%0A  found:    sha256 d1ef03a012a47acff3bb51aefd4ad7a345cf2c9a9ddafd6b949a294208c316d2, of the text as it is%0A  fix:      if the article was revised on purpose, run \`make reanchor\` to re-anchor the annotations and record the new checksum; otherwise restore text.txt from the source\n`,
    );
  });

  it('reanchor points at each fuzzy, ambiguous or orphaned annotation in annotations.json', () => {
    const raw = copyRaw();
    const path = join(raw, DOC, 'annotations.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      annotations: { id: string; selector: Record<string, unknown> }[];
    };
    const selector = (id: string) => file.annotations.find((a) => a.id === id)?.selector ?? {};
    Object.assign(selector('x-72-bomblets'), { exact: 'one of the 73 bomblets dispersed' });
    // halfway between two of its four occurrences, with no context to choose
    Object.assign(selector('hrw'), { start: 6138, end: 6156, prefix: '', suffix: '' });
    Object.assign(selector('afp'), { exact: 'French APF journalists' });
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    const r = cli(['reanchor', '--raw', 'raw'], {
      cwd: join(raw, '..'),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.status).toBe(1);
    expect(
      r.stdout,
    ).toBe(`${DOC}: 215 annotations — exact 212, moved 0, fuzzy 1, ambiguous 1, orphaned 1
  orphaned  x-72-bomblets (exclusion) 5746–5778 → — "one of the 73 bomblets dispersed" ≈ "one of the 72 bomblets dispersed" (score 0.969): the only close candidate changes a digit, which is never accepted
  ambiguous hrw (actor) 6138–6156 → — "Human Rights Watch": the quote occurs 4 times and context does not decide
  fuzzy     afp (actor) 7014–7036 → 7014–7036 "French APF journalists" ≈ "French AFP journalists" (score 0.909): approximate match: confirm it with \`make reanchor ACCEPT=afp\`
  not rewritten: every annotation must be exact or moved (accept a fuzzy match with --accept <id>; fix ambiguous and orphaned ones by hand)
::error file=raw/${DOC}/annotations.json,line=811,col=7,title=stepanakert%3A the quote is no longer in the current text (orphaned)::id "x-72-bomblets", field "selector.exact": the quote is no longer in the current text (orphaned)%0A  expected: "one of the 73 bomblets dispersed"%0A  found:    "one of the 72 bomblets dispersed", score 0.969: the only close candidate changes a digit, which is never accepted%0A  fix:      correct the selector (start, end, exact) to the words now in the text, and the values read from them, or remove the annotation
::error file=raw/${DOC}/annotations.json,line=890,col=7,title=stepanakert%3A the quote cannot be placed in the current text (ambiguous)::id "hrw", field "selector.exact": the quote cannot be placed in the current text (ambiguous)%0A  expected: one place for "Human Rights Watch"%0A  found:    the quote occurs 4 times and context does not decide%0A  fix:      set the selector (start, end, prefix, suffix) by hand to the place meant
::error file=raw/${DOC}/annotations.json,line=1012,col=7,title=stepanakert%3A the quote is only approximately in the current text (fuzzy)::id "afp", field "selector.exact": the quote is only approximately in the current text (fuzzy)%0A  expected: "French APF journalists"%0A  found:    "French AFP journalists" at 7014–7036, score 0.909%0A  fix:      if the match is right, accept it: \`make reanchor ACCEPT=afp\`; otherwise correct the selector (start, end, exact) by hand
`);
  });

  it('coverage points at each uncovered mention in the article, column in code points', () => {
    const raw = copyRaw();
    appendFileSync(join(raw, DOC, 'text.txt'), '😊 Sirens sounded 7 times on October 3, 2020.\n');
    const r = cli(['coverage', '--raw', 'raw'], {
      cwd: join(raw, '..'),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${DOC}: 95 mentions — covered 39, excluded 54, uncovered 2
  uncovered 12546–12547  number     "7"
  uncovered 12557–12572  date       "October 3, 2020"
::error file=raw/${DOC}/text.txt,line=56,col=18,title=stepanakert%3A the number is not covered by any annotation::the number is not covered by any annotation%0A  expected: an annotation whose value words are the mention (a date, time or count), or an exclusion with its reason%0A  found:    "7" at offsets 12546–12547, uncovered%0A  fix:      annotate the value in annotations.json, or add an exclusion that says why it is no data; \`make coverage\` lists what remains
::error file=raw/${DOC}/text.txt,line=56,col=29,title=stepanakert%3A the date is not covered by any annotation::the date is not covered by any annotation%0A  expected: an annotation whose value words are the mention (a date, time or count), or an exclusion with its reason%0A  found:    "October 3, 2020" at offsets 12557–12572, uncovered%0A  fix:      annotate the value in annotations.json, or add an exclusion that says why it is no data; \`make coverage\` lists what remains
`);
  });

  it('appends a job summary: records per table, changes since the committed dist/ by id, anchoring and coverage', () => {
    const out = join(tempDir(), 'dist');
    cpSync(DIST, out, { recursive: true });
    const raw = copyRaw();
    const path = join(raw, DOC, 'annotations.json');
    replaceInFile(path, '"name": "Human Rights Watch"', '"name": "Human Rights Watch (HRW)"');
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
| munitions | 25 | 0 | 0 | 0 |
| actors | 22 | 0 | 0 | 1 |
| claims | 105 | 0 | 0 | 0 |
| event_actors | 12 | 0 | 0 | 0 |
| places | 1 | 0 | 0 | 0 |
| exclusions | 54 | 0 | 0 | 0 |

- actors, changed: \`stepanakert-2020:hrw\`

Annotations: 215, every one anchored exactly. Coverage: 39 mentions covered, 54 excluded, 0 uncovered.
`);
  });
});

describe('the job summary', () => {
  const records = Object.fromEntries(TABLES.map((t, i) => [t, i + 1]));
  const summary = (changes: Parameters<typeof summaryMarkdown>[0]['changes']) =>
    summaryMarkdown({
      out: 'dist',
      records,
      changes,
      annotations: { exact: 3 },
      coverage: { covered: 2, excluded: 1, uncovered: 0 },
    });
  const table = (cell: (i: number) => string) =>
    TABLES.map((t, i) => `| ${t} | ${i + 1} | ${cell(i)} | ${cell(i)} | ${cell(i)} |`).join('\n');

  it('says that no row changed when a rebuild changed none', () => {
    const none = Object.fromEntries(
      TABLES.map((t) => [t, { added: [], removed: [], changed: [] }]),
    ) as unknown as NonNullable<Parameters<typeof summaryMarkdown>[0]['changes']>;
    expect(summary(none)).toBe(`### Dataset built into \`dist\`

| table | rows | added | removed | changed |
| --- | ---: | ---: | ---: | ---: |
${table(() => '0')}

No row changed since the committed dataset.

Annotations: 3, every one anchored exactly. Coverage: 2 mentions covered, 1 excluded, 0 uncovered.
`);
  });

  it('says that there was nothing to compare with when OUT held no dataset', () => {
    expect(summary(undefined)).toBe(`### Dataset built into \`dist\`

| table | rows | added | removed | changed |
| --- | ---: | ---: | ---: | ---: |
${table(() => '—')}

No earlier \`dist\` to compare with.

Annotations: 3, every one anchored exactly. Coverage: 2 mentions covered, 1 excluded, 0 uncovered.
`);
  });
});
