import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanTempDirs,
  cli,
  copyRaw,
  DOC,
  ROOT,
  replaceInFile,
  snapshot,
  tempDir,
} from './helpers.js';

afterAll(cleanTempDirs);

const FIXTURE = join(ROOT, 'test/fixtures/revision');

describe('make reanchor on a revised article', () => {
  it('reports a paragraph inserted, a sentence reworded, a sentence deleted and a digit changed, and writes nothing', () => {
    const raw = join(tempDir(), 'raw');
    cpSync(join(FIXTURE, DOC), join(raw, DOC), { recursive: true });
    const before = snapshot(join(raw, DOC));
    const r = cli(['reanchor', '--raw', raw]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(FIXTURE, 'expected-report.txt'), 'utf8'));
    expect(snapshot(join(raw, DOC))).toEqual(before);
  });

  it('rewrites offsets, context, checksum and size when every quote only moved, and the build then succeeds', () => {
    const raw = copyRaw();
    const textPath = join(raw, DOC, 'text.txt');
    const text = readFileSync(textPath, 'utf8');
    writeFileSync(
      textPath,
      text.replace(
        '== Bombardment ==\n\n',
        '== Bombardment ==\n\nA paragraph added 😊 in a later revision.\n\n',
      ),
    );
    const built = cli(['build', '--raw', raw, '--out', join(raw, '../out')]);
    expect(built.status).toBe(1);
    expect(built.stderr).toContain('run `make reanchor`');
    const r = cli(['reanchor', '--raw', raw]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      `${DOC}: 215 annotations — exact 53, moved 162, fuzzy 0, ambiguous 0, orphaned 0`,
    );
    expect(r.stdout.endsWith('  rewritten: annotations.json, document.json\n')).toBe(true);
    const metadata = JSON.parse(readFileSync(join(raw, DOC, 'document.json'), 'utf8'));
    expect([metadata.bytes, metadata.code_points]).toEqual([12605 + 45, 12529 + 42]);
    const annotations = JSON.parse(readFileSync(join(raw, DOC, 'annotations.json'), 'utf8'));
    const hrw = annotations.annotations.find((a: { id: string }) => a.id === 'hrw');
    expect(hrw.selector).toEqual({
      start: 5990,
      end: 6008,
      exact: 'Human Rights Watch',
      prefix: 'gorno-Karabakh in October 2020, ',
      suffix: ' documented four incidents in wh',
    });
    expect(
      [...readFileSync(textPath, 'utf8')].slice(hrw.selector.start, hrw.selector.end).join(''),
    ).toBe('Human Rights Watch');
    expect(cli(['build', '--raw', raw, '--out', join(raw, '../out')]).status).toBe(0);
    expect(cli(['reanchor', '--raw', raw]).stdout).toBe(
      `${DOC}: 215 annotations — exact 215, moved 0, fuzzy 0, ambiguous 0, orphaned 0\n  nothing to rewrite\n`,
    );
  });

  it('takes a fuzzy match only when a person accepts it, and refuses an id that is not fuzzy', () => {
    const raw = copyRaw();
    const textPath = join(raw, DOC, 'text.txt');
    replaceInFile(textPath, 'in the parking lot', 'in the car park');
    const before = snapshot(join(raw, DOC));
    const fuzzyLines = (stdout: string) =>
      stdout.split('\n').filter((l) => !l.startsWith('  moved '));
    const cars =
      '  fuzzy     dmg-1400-cars (damage) 8551–8591 → 8551–8588 "the cars in the parking lot were damaged" ≈ "the cars in the car park were damaged" (score 0.775)';
    const claim =
      '  fuzzy     cl-1400-damage (claim) 8461–8657 → 8461–8654 "As a result, the building of Ministry of Emergency Situations was partially destroyed and the cars in the parking lot were damaged. Residential buildings and also a military hospital was targeted." ≈ "As a result, the building of Ministry of Emergency Situations was partially destroyed and the cars in the car park were damaged. Residential buildings and also a military hospital was targeted." (score 0.954)';
    const counts = `${DOC}: 215 annotations — exact 122, moved 91, fuzzy 2, ambiguous 0, orphaned 0`;

    const one = cli(['reanchor', '--raw', raw, '--accept', 'dmg-1400-cars']);
    expect(one.status).toBe(1);
    expect(fuzzyLines(one.stdout)).toEqual([
      counts,
      `${claim}: approximate match: confirm it with \`make reanchor ACCEPT=cl-1400-damage\``,
      `${cars}: accepted with --accept`,
      '  not rewritten: every annotation must be exact or moved (accept a fuzzy match with --accept <id>; fix ambiguous and orphaned ones by hand)',
      '',
    ]);
    expect(snapshot(join(raw, DOC))).toEqual(before);

    const wrong = cli(['reanchor', '--raw', raw, '--accept', 'dmg-1400-cars,hrw,dmg-1400-car']);
    expect(wrong).toEqual({
      status: 1,
      stdout: '',
      stderr: `error: ${raw}/${DOC}/annotations.json:890:7, id "hrw", field "--accept": --accept names an annotation that is not fuzzy
  expected: the id of a fuzzy match: "cl-1400-damage", "dmg-1400-cars"
  found:    "hrw", which is exact
  fix:      run \`make reanchor\` without ACCEPT to see the report, then accept only ids it lists as fuzzy, once their candidates are right

error: ${raw}, field "--accept": --accept names no annotation
  expected: the id of a fuzzy match: "cl-1400-damage", "dmg-1400-cars"
  found:    "dmg-1400-car"
  fix:      run \`make reanchor\` without ACCEPT to see the report, then accept only ids it lists as fuzzy, once their candidates are right
`,
    });
    expect(snapshot(join(raw, DOC))).toEqual(before);

    const both = cli(['reanchor', '--raw', raw, '--accept', 'dmg-1400-cars,cl-1400-damage']);
    expect(both.status).toBe(0);
    expect(fuzzyLines(both.stdout)).toEqual([
      counts,
      `${claim}: accepted with --accept`,
      `${cars}: accepted with --accept`,
      '  rewritten: annotations.json, document.json',
      '',
    ]);
    const annotations = JSON.parse(readFileSync(join(raw, DOC, 'annotations.json'), 'utf8'));
    expect(
      annotations.annotations.find((a: { id: string }) => a.id === 'dmg-1400-cars').selector,
    ).toEqual({
      start: 8551,
      end: 8588,
      exact: 'the cars in the car park were damaged',
      prefix: 'ons was partially destroyed and ',
      suffix: '. Residential buildings and also',
    });
    // the words changed, so the values read from them must follow: the build says which
    const out = join(raw, '../out');
    expect(cli(['build', '--raw', raw, '--out', out])).toEqual({
      status: 1,
      stdout: '',
      stderr: `error: ${raw}/${DOC}/annotations.json:1539:7, id "dmg-1400-cars", field "object": the object words do not occur in the quote
  expected: a part of "the cars in the car park were damaged"
  found:    "cars in the parking lot"
  fix:      copy the object words exactly from the quote
`,
    });
    const annotationsPath = join(raw, DOC, 'annotations.json');
    replaceInFile(
      annotationsPath,
      '"object": "cars in the parking lot"',
      '"object": "cars in the car park"',
    );
    expect(cli(['build', '--raw', raw, '--out', out]).status).toBe(0);
  });

  it('proposes the same words found out of their context as fuzzy, and points at the fix', () => {
    const raw = copyRaw();
    const textPath = join(raw, DOC, 'text.txt');
    replaceInFile(textPath, 'at 08:03 on September 27', 'at 08:03 on September 28');
    const r = cli(['reanchor', '--raw', raw], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      `${DOC}: 215 annotations — exact 211, moved 0, fuzzy 1, ambiguous 0, orphaned 3`,
    );
    expect(lines.filter((l) => l.includes('d-0927'))).toEqual([
      '  fuzzy     d-0927 (date) 7978–7990 → 5559–5571 "September 27" (the same words, context score 0.063): the quote stands elsewhere, but only 4 of its 64 context characters agree there: accept it with `make reanchor ACCEPT=d-0927` only if it is the same mention',
      `::error file=${raw}/${DOC}/annotations.json,line=1290,col=7,title=stepanakert%3A the quote stands elsewhere%2C out of its context (fuzzy)::id "d-0927", field "selector.exact": the quote stands elsewhere, out of its context (fuzzy)%0A  expected: "September 27" in its context%0A  found:    the same words at 5559–5571, where 6%25 of its context agrees (score 0.063)%0A  fix:      if it is the same mention, accept it: \`make reanchor ACCEPT=d-0927\`; if the words at its place changed (a digit, say), correct the selector and the values read from them by hand`,
    ]);
  });

  it('with several documents, --accept takes <document>:<id>, and a bare id fuzzy in two is refused', () => {
    const raw = copyRaw();
    const other = 'copy-2020';
    cpSync(join(raw, DOC), join(raw, other), { recursive: true });
    for (const [file, key] of [
      ['document.json', 'id'],
      ['annotations.json', 'document_id'],
    ] as const) {
      const path = join(raw, other, file);
      replaceInFile(path, `"${key}": "${DOC}"`, `"${key}": "${other}"`);
    }
    for (const doc of [DOC, other]) {
      const textPath = join(raw, doc, 'text.txt');
      replaceInFile(textPath, 'in the parking lot', 'in the car park');
    }
    const before = [snapshot(join(raw, DOC)), snapshot(join(raw, other))];
    const unchanged = () =>
      expect([snapshot(join(raw, DOC)), snapshot(join(raw, other))]).toEqual(before);

    expect(cli(['reanchor', '--raw', raw, '--accept', 'dmg-1400-cars'])).toEqual({
      status: 1,
      stdout: '',
      stderr: `error: ${raw}, field "--accept": --accept names a fuzzy match in several documents
  expected: one of "copy-2020:dmg-1400-cars", "${DOC}:dmg-1400-cars"
  found:    "dmg-1400-cars"
  fix:      name the document too: \`--accept <document>:<id>\`, for each match you checked
`,
    });
    unchanged();

    const ids = ['dmg-1400-cars', 'cl-1400-damage'];
    const one = cli([
      'reanchor',
      '--raw',
      raw,
      '--accept',
      ids.map((id) => `${DOC}:${id}`).join(','),
    ]);
    expect(one.status).toBe(1);
    expect(one.stdout.split('\n').filter((l) => l.includes('accepted with --accept')).length).toBe(
      2,
    );
    unchanged();

    const both = cli([
      'reanchor',
      '--raw',
      raw,
      '--accept',
      [DOC, other].flatMap((doc) => ids.map((id) => `${doc}:${id}`)).join(','),
    ]);
    expect(both.status).toBe(0);
    expect(both.stdout.split('\n').filter((l) => l.startsWith('  rewritten: '))).toEqual([
      '  rewritten: annotations.json, document.json',
      '  rewritten: annotations.json, document.json',
    ]);
  });
});
