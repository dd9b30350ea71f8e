import { describe, expect, it } from 'vitest';
import { codePointText } from '../pipeline/lib/code-points.js';
import { findMentions } from '../pipeline/stages/find-mentions.js';

const mentions = (text: string) =>
  findMentions(codePointText(text)).map(({ type, start, end, text: t }) => [type, start, end, t]);

describe('mentions of numbers, dates, times and count words', () => {
  it('finds relative dates at the start of a sentence as well as inside one', () => {
    expect(
      mentions(
        'A week later, shelling resumed. Two days later it stopped; the day before, 3 fell.',
      ),
    ).toEqual([
      ['date', 0, 12, 'A week later'],
      ['date', 32, 46, 'Two days later'],
      ['date', 59, 73, 'the day before'],
      ['number', 75, 76, '3'],
    ]);
  });

  it('finds times with and without minutes, and longer forms win over their digits', () => {
    expect(mentions('At 8 p.m. and at 11:00 a.m on 𐐷 September 27, 2020, 4,258 were hit.')).toEqual(
      [
        ['time', 3, 9, '8 p.m.'],
        ['time', 17, 26, '11:00 a.m'],
        ['date', 32, 50, 'September 27, 2020'],
        ['number', 52, 57, '4,258'],
      ],
    );
  });
});
