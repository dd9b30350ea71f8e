import { describe, expect, it } from 'vitest';
import { codePointText } from '../pipeline/lib/code-points.js';
import { parseDocument, type Span } from '../pipeline/stages/parse-document.js';
import { ARTICLE } from './helpers.js';

const t = codePointText(ARTICLE);
const model = parseDocument(t);

describe('ingest of the real article', () => {
  it('finds the title, the sections and the paragraph count', () => {
    expect(model.title?.text).toBe('2020 bombardment of Stepanakert');
    expect(model.sections.map((s) => s.heading?.text ?? null)).toEqual([
      null,
      'Background',
      'Bombardment',
      'See also',
    ]);
    expect(model.sections.map((s) => s.paragraphs.length)).toEqual([1, 5, 11, 0]);
    expect(model.sections[3]?.items.map((i) => i.text)).toEqual([
      '2020 bombardment of Martuni',
      '2020 Ghazanchetsots Cathedral shelling',
      'Siege of Stepanakert',
    ]);
  });

  it('reads the infobox entries with their offsets', () => {
    expect(model.infobox.map((e) => [e.key.text, e.value.text])).toEqual([
      ['Title', 'Bombardment of Stepanakert'],
      ['Partof', 'the Second Nagorno-Karabakh War'],
      ['Location', 'Artsakh (de facto)'],
      ['Date', '2020-09-27'],
      ['Timezone', 'GMT+4'],
      ['Type', 'Bombardment'],
      ['Fatalities', '13'],
      ['Injuries', '51'],
      ['Perpetrators', 'Azerbaijani Armed Forces'],
    ]);
    const fatalities = model.infobox[6];
    expect(fatalities).toEqual({
      start: 211,
      end: 227,
      text: '- Fatalities: 13',
      key: { start: 213, end: 223, text: 'Fatalities' },
      value: { start: 225, end: 227, text: '13' },
    });
  });

  it('gives every element exactly its text when the text is sliced by its code point offsets', () => {
    const spans: Span[] = [
      ...(model.title ? [model.title] : []),
      ...model.infobox.flatMap((e) => [e, e.key, e.value]),
      ...model.sections.flatMap((s) => [
        s,
        ...(s.heading ? [s.heading] : []),
        ...s.items,
        ...s.paragraphs,
        ...s.paragraphs.flatMap((p) => p.sentences),
      ]),
    ];
    expect(spans.length).toBe(128);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('ingest of a small text', () => {
  it('takes the first "= … =" line as the title; a second one is text of the first section', () => {
    expect(parseDocument(codePointText('= First =\n\n= Second =\n\nA paragraph.\n'))).toEqual({
      title: { start: 2, end: 7, text: 'First' },
      infobox: [],
      sections: [
        {
          start: 11,
          end: 35,
          text: '= Second =\n\nA paragraph.',
          heading: null,
          paragraphs: [
            {
              start: 11,
              end: 21,
              text: '= Second =',
              sentences: [{ start: 11, end: 21, text: '= Second =' }],
            },
            {
              start: 23,
              end: 35,
              text: 'A paragraph.',
              sentences: [{ start: 23, end: 35, text: 'A paragraph.' }],
            },
          ],
          items: [],
        },
      ],
    });
  });
});
