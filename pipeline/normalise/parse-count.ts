import type { Refusal } from '../lib/errors.js';

/** A count as the words give it: the qualifier and the tightest integer bounds the words allow. */
export interface Count {
  qualifier: string;
  low: number | null;
  best: number | null;
  high: number | null;
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  'a dozen': 12,
  dozen: 12,
  'a hundred': 100,
  'one hundred': 100,
};

const PREFIXES: [RegExp, string][] = [
  [/^(more than|over) /, 'more_than'],
  [/^at least /, 'at_least'],
  [/^(approximately|about|around|roughly|some) /, 'approximately'],
  [/^(up to|at most) /, 'at_most'],
  [/^(fewer than|less than|under) /, 'fewer_than'],
];

/** Vague words with the lower bound their meaning implies. */
const VAGUE: Record<string, Count> = {
  dozens: { qualifier: 'dozens', low: 24, best: null, high: null },
  hundreds: { qualifier: 'hundreds', low: 200, best: null, high: null },
  several: { qualifier: 'several', low: 3, best: null, high: null },
  multiple: { qualifier: 'multiple', low: 2, best: null, high: null },
  numerous: { qualifier: 'numerous', low: null, best: null, high: null },
};

/** The value of a bare number in digits ("4,258") or words ("six", "a dozen"), or undefined. */
export function numberValue(words: string): number | undefined {
  const w = words.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(w)) return Number(w.replace(/,/g, ''));
  return UNITS[w];
}

/**
 * Parses count words into a qualifier and bounds, by the rules in
 * schemas/vocabulary.schema.json#/$defs/qualifier. Refuses words it does not know.
 */
export function parseCount(words: string | undefined): Count | Refusal {
  if (words === undefined) return { qualifier: 'unspecified', low: null, best: null, high: null };
  const w = words.trim().toLowerCase().replace(/\s+/g, ' ');
  const vague = VAGUE[w];
  if (vague) return { ...vague };
  const found = JSON.stringify(words);
  if (/^[-−]\s*\d/.test(w))
    return {
      problem: 'the count is negative',
      expected: 'a count of 0 or more (a count of people or objects is never below 0)',
      found,
    };
  const range = /^(?:between )?(.+?)(?:–|-| to | and )(.+)$/.exec(w);
  const [lo, hi] = range
    ? [numberValue(range[1] ?? ''), numberValue(range[2] ?? '')]
    : [undefined, undefined];
  if (lo !== undefined && hi !== undefined) {
    if (lo > hi)
      return {
        problem: 'the low bound of the range is above its high bound',
        expected: `the low bound first, e.g. "between ${hi} and ${lo}"`,
        found: `${found}: low ${lo}, high ${hi}`,
      };
    return { qualifier: 'range', low: lo, best: null, high: hi };
  }
  let qualifier = 'exact';
  let rest = w;
  for (const [re, q] of PREFIXES) {
    const m = re.exec(w);
    if (m) {
      qualifier = q;
      rest = w.slice(m[0].length);
      break;
    }
  }
  const n = numberValue(rest);
  if (n === undefined)
    return {
      problem: 'the count words are not a number',
      expected: `a number in digits or words ("13", "4,258", "six", "a dozen") with an optional "more than", "over", "at least", "approximately", "up to" or "fewer than"; a range ("between 4 and 9"); or one of ${Object.keys(
        VAGUE,
      )
        .map((v) => `"${v}"`)
        .join(', ')}`,
      found,
    };
  const alone = qualifier === 'exact' && rest.startsWith('a dozen') ? 'approximately' : qualifier;
  switch (alone) {
    case 'exact':
      return { qualifier, low: n, best: n, high: n };
    case 'approximately':
      return { qualifier: 'approximately', low: null, best: n, high: null };
    case 'more_than':
      return { qualifier, low: n + 1, best: null, high: null };
    case 'at_least':
      return { qualifier, low: n, best: null, high: null };
    case 'at_most':
      return { qualifier, low: null, best: null, high: n };
    default:
      return { qualifier, low: null, best: null, high: n - 1 };
  }
}
