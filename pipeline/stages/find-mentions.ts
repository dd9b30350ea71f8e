import type { CodePointText } from '../lib/code-points.js';
import { MONTH_NAMES } from '../normalise/parse-date.js';

export type MentionType = 'date' | 'time' | 'number' | 'count_word';

export interface Mention {
  type: MentionType;
  start: number;
  end: number;
  text: string;
}

const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE = [
  `${MONTH} \\d{1,2}, \\d{4}`,
  `\\d{1,2} ${MONTH} \\d{4}`,
  `${MONTH} \\d{4}`,
  `${MONTH} \\d{1,2}`,
  `\\d{1,2} ${MONTH}`,
  '\\d{4}-\\d{2}-\\d{2}',
  MONTH,
  WEEKDAY,
  '(?:[Tt]he )?[Dd]ay (?:before|after)',
  '(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|\\d+) (?:day|week|month)s? (?:later|earlier)',
  '\\d+-(?:day|week|month)',
].join('|');
const TIME = '\\d{1,2}:\\d{2}(?: ?[ap]\\.m\\.?| ?[ap]m)?|\\d{1,2} ?(?:[ap]\\.m\\.?|[ap]m\\b)';
const NUMBER = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'several',
  'numerous',
  'multiple',
  'majority',
  'many',
  'few',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'half',
]
  .map((w) => `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`)
  .join('|');

const PATTERN = new RegExp(
  `(?<date>\\b(?:${DATE})\\b)|(?<time>\\b(?:${TIME}))|(?<number>${NUMBER})|(?<count_word>\\b(?:${WORDS})\\b)`,
  'gu',
);

/**
 * Finds every mention of a number, date, time or count word ("13", "4,258", "September 27, 2020",
 * "08:03", "a dozen", "six", "majority"). Longer forms win: a date is not also three numbers. Pure.
 */
export function findMentions(t: CodePointText): Mention[] {
  const out: Mention[] = [];
  for (const m of t.text.matchAll(PATTERN)) {
    const groups = m.groups ?? {};
    const type =
      (Object.keys(groups) as MentionType[]).find((k) => groups[k] !== undefined) ?? 'number';
    const u = m.index ?? 0;
    out.push({ type, start: t.codePoint(u), end: t.codePoint(u + m[0].length), text: m[0] });
  }
  return out;
}
