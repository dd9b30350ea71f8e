import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, cli, copyRaw, DOC, selector, tempDir, writeDocument } from './helpers.js';

afterAll(cleanTempDirs);

const TEXT = 'On March 3, 2021 the town was shelled. Local time is GMT+4.\n';

/** A one-document raw folder: a dated campaign, with `summary` and `location` as given. */
function mini(
  text = TEXT,
  campaign: Record<string, unknown> = {},
  metadata: Record<string, unknown> = {},
) {
  const raw = join(tempDir(), 'raw');
  writeDocument(
    raw,
    'mini',
    text,
    [
      { id: 'd1', kind: 'date', selector: selector(text, 'March 3, 2021'), rule: 'calendar' },
      { id: 'tz', kind: 'timezone', selector: selector(text, 'GMT+4') },
      {
        id: 'campaign',
        kind: 'campaign',
        selector: campaign.selector ?? selector(text, 'the town was shelled'),
        location: 'Town',
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Shelling/artillery/missile attack',
        summary: 'Shelling.',
        dates: ['d1'],
        timezone: 'tz',
        ...campaign,
      },
    ],
    metadata,
  );
  return raw;
}

const build = (raw: string) => {
  const r = cli(['build', '--raw', raw, '--out', join(raw, '../out'), '--quiet']);
  return { status: r.status, stderr: r.stderr.replaceAll(raw, '<raw>') };
};
const message = (where: string, problem: string, expected: string, found: string, fix: string) =>
  `error: ${where}: ${problem}\n  expected: ${expected}\n  found:    ${found}\n  fix:      ${fix}\n`;

describe('text fields are well-formed Unicode, checked in the schemas', () => {
  it.each([
    ['a lone surrogate', 'Shelling \ud800.', '"Shelling \\ud800."'],
    ['a control character', 'Shelling\u0007.', '"Shelling\\u0007."'],
    ['a newline in a one-line field', 'Shelling.\n## Licence', '"Shelling.\\n## Licence"'],
  ])('%s in a summary is refused', (_, summary, found) => {
    expect(build(mini(TEXT, { summary }))).toEqual({
      status: 1,
      stderr: message(
        '<raw>/mini/annotations.json:40:7, id "campaign", field "summary"',
        'the text is not well-formed',
        'one line of well-formed text (no control character)',
        found,
        'correct the annotation as schemas/annotations.schema.json describes',
      ),
    });
  });

  it('a licence address that is not https is refused', () => {
    const raw = mini(
      TEXT,
      {},
      {
        licence: { name: 'CC-BY-SA-4.0', title: 'CC BY-SA 4.0', path: 'javascript:alert(1)' },
      },
    );
    expect(build(raw)).toEqual({
      status: 1,
      stderr: message(
        '<raw>/mini/document.json:11:5, field "licence.path"',
        'fails the schema rule "pattern"',
        'must match pattern "^https://"',
        '"javascript:alert(1)"',
        'correct document.json as schemas/document.schema.json describes',
      ),
    });
  });
});

describe('spans never split a grapheme cluster', () => {
  it.each([
    [
      'a letter from its combining mark',
      'On March 3, 2021 the town was shelle\u0301d. Local time is GMT+4.\n',
      'the town was shelle',
      '"e\u0301"',
    ],
    [
      'an emoji ZWJ sequence',
      'On March 3, 2021 the town was shelled 👨‍👩‍👧. Local time is GMT+4.\n',
      'the town was shelled 👨',
      '"👨‍👩‍👧"',
    ],
  ])('a span that cuts %s is refused', (_, text, exact, cluster) => {
    const raw = mini(text, { selector: selector(text, exact) });
    const end = selector(text, exact).end;
    expect(build(raw)).toEqual({
      status: 1,
      stderr: message(
        '<raw>/mini/annotations.json:30:7, id "campaign", field "selector.end"',
        `the span splits a grapheme cluster at offset ${end}`,
        'start and end at the boundaries of user-perceived characters (a letter with its marks, a whole emoji sequence)',
        `${JSON.stringify(exact)}, cut inside ${cluster}`,
        'move the offset to include or leave out the whole character, then run `make reanchor`',
      ),
    });
  });

  it('a quote in NFD against a text in NFC says so', () => {
    const text = 'On March 3, 2021 the town was shelled at the café. Local time is GMT+4.\n';
    const s = selector(text, 'the town was shelled at the café');
    const raw = mini(text, { selector: { ...s, exact: s.exact.normalize('NFD') } });
    expect(build(raw).stderr).toContain(
      '  fix:      the quote differs from the text only in Unicode normalisation (the text is NFC, the quote is not): copy the quote from text.txt, or normalise it to NFC\n',
    );
  });
});

describe('Markdown and licence text escape what they quote', () => {
  it('a title with raw HTML and Markdown is shown as written in the card', () => {
    const raw = copyRaw();
    const path = join(raw, DOC, 'document.json');
    const m = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(
      path,
      `${JSON.stringify({ ...m, title: '<script>alert(1)</script> *[x](https://e.org)*' }, null, 2)}\n`,
    );
    expect(build(raw).status).toBe(0);
    const card = readFileSync(join(raw, '../out/README.md'), 'utf8');
    expect(card).not.toContain('<script>');
    expect(card).toContain(
      '- "&lt;script&gt;alert(1)&lt;/script&gt; \\*\\[x\\](https://e.org)\\*", English Wikipedia,',
    );
  });
});
