import { describe, expect, it } from 'vitest';
import { codePointLength, codePointText } from '../pipeline/lib/code-points.js';
import { parseDocument } from '../pipeline/stages/parse-document.js';

// An emoji (1 code point, 2 UTF-16 units, 4 bytes) in the title and before the span, and
// Armenian (1 code point, 1 UTF-16 unit, 2 bytes each).
const FIXTURE = '= Test 😊 =\n\nՍտեփանակերտ 😊 was shelled; 13 residents were killed.\n';

describe('code point offsets', () => {
  it('count code points, not UTF-16 units or bytes', () => {
    const t = codePointText(FIXTURE);
    expect([t.length, FIXTURE.length, Buffer.byteLength(FIXTURE)]).toEqual([65, 67, 82]);
    expect(t.slice(39, 63)).toBe('13 residents were killed');
    expect(FIXTURE.slice(41, 65)).toBe('13 residents were killed');
    expect([t.unit(39), t.codePoint(41)]).toEqual([41, 39]);
    expect(codePointLength('😊Ս')).toBe(2);
  });

  it('give every element of the document model its exact text at its offsets', () => {
    const t = codePointText(FIXTURE);
    const model = parseDocument(t);
    expect(model.title).toEqual({ start: 2, end: 8, text: 'Test 😊' });
    expect(model.sections).toEqual([
      {
        start: 12,
        end: 64,
        text: 'Ստեփանակերտ 😊 was shelled; 13 residents were killed.',
        heading: null,
        items: [],
        paragraphs: [
          {
            start: 12,
            end: 64,
            text: 'Ստեփանակերտ 😊 was shelled; 13 residents were killed.',
            sentences: [
              { start: 12, end: 64, text: 'Ստեփանակերտ 😊 was shelled; 13 residents were killed.' },
            ],
          },
        ],
      },
    ]);
  });
});
