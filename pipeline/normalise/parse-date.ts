import { utc } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  format,
  getDay,
  getDaysInMonth,
  isValid,
  parse,
  startOfMonth,
} from 'date-fns';
import { isRefusal, type Refusal } from '../lib/errors.js';
import { numberValue } from './parse-count.js';

/** A date range in ISO form; a single day has start = end. */
export interface DateRange {
  start: string;
  end: string;
  /** True when the words gave only a month. */
  month?: boolean;
}

/** Every date computation happens in UTC so no process time zone leaks in. */
const UTC = { in: utc };
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** English month names, the one list the parsers and the mention finder share. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = `(${MONTH_NAMES.join('|')})`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * date-fns' parse, remembered: the same words in the same pattern always give the same day, and a
 * corpus repeats its dates across documents. Bounded: forgotten in full past 4,096 entries.
 */
const parsed = new Map<string, number>();
function parseDay(text: string, pattern: string): Date {
  const key = `${pattern}\u0000${text}`;
  let time = parsed.get(key);
  if (time === undefined) {
    if (parsed.size >= 4096) parsed.clear();
    time = parse(text, pattern, REFERENCE, UTC).getTime();
    parsed.set(key, time);
  }
  return utc(time);
}

export const toDate = (iso: string): Date => parseDay(iso, 'yyyy-MM-dd');

/**
 * date-fns' format to yyyy-MM-dd, remembered by time value: it reads its pattern again at each
 * call, the largest cost of normalising, and a document names the same few days again and
 * again. Bounded as parseDay is.
 */
const formatted = new Map<number, string>();
export function iso(d: Date): string {
  const time = d.getTime();
  let text = formatted.get(time);
  if (text === undefined) {
    if (formatted.size >= 4096) formatted.clear();
    text = format(d, 'yyyy-MM-dd', UTC);
    formatted.set(time, text);
  }
  return text;
}

const FORMATS: [RegExp, string, 'day' | 'month', boolean][] = [
  [new RegExp(`^${MONTH} \\d{1,2}, \\d{4}$`), 'MMMM d, yyyy', 'day', true],
  [new RegExp(`^\\d{1,2} ${MONTH} \\d{4}$`), 'd MMMM yyyy', 'day', true],
  [/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd', 'day', true],
  [new RegExp(`^${MONTH} \\d{1,2}$`), 'MMMM d yyyy', 'day', false],
  [new RegExp(`^\\d{1,2} ${MONTH}$`), 'd MMMM yyyy', 'day', false],
  [new RegExp(`^${MONTH} \\d{4}$`), 'MMMM yyyy', 'month', true],
  [new RegExp(`^${MONTH}$`), 'MMMM yyyy', 'month', false],
];

/** Parses a calendar date or month ("September 27, 2020", "8 September 2021", "October 28", "in October"). */
export function parseCalendar(
  words: string,
  year: number | undefined,
): (DateRange & { withYear: boolean }) | Refusal {
  const w = words.trim().replace(/^(on|in|since|by) /i, '');
  const found = JSON.stringify(words);
  for (const [re, pattern, unit, withYear] of FORMATS) {
    if (!re.test(w)) continue;
    if (!withYear && year === undefined)
      return {
        problem: 'the date words give no year',
        expected: 'a year, in the words or from the date annotation named in "year_from"',
        found: `${found} and no "year_from"`,
        fix: 'set "year_from" to the id of a date annotation that gives the year',
      };
    const text = withYear ? w : `${w} ${year}`;
    const d = parseDay(text, pattern);
    if (!isValid(d))
      return {
        problem: 'the date words are not a real calendar date',
        expected: `a real calendar date (${monthLength(text, pattern)})`,
        found,
      };
    if (unit === 'month')
      return {
        start: iso(startOfMonth(d, UTC)),
        end: iso(endOfMonth(d, UTC)),
        month: true,
        withYear,
      };
    return { start: iso(d), end: iso(d), withYear };
  }
  return {
    problem: 'the date words are not a calendar date',
    expected:
      'for rule "calendar", a date such as "September 27, 2020", "8 September 2021", "2020-09-27", "October 28" or "October 2020"',
    found,
    ...(isRefusal(parseOffset(words))
      ? {}
      : {
          fix: 'these words count from another date: set "rule" to "relative" and "relative_to" to the id of that date',
        }),
  };
}

/** "February 2020 has 29 days" for words that name a real month but not a real day of it. */
function monthLength(text: string, pattern: string): string {
  const first =
    pattern === 'yyyy-MM-dd' ? text.replace(/\d{2}$/, '01') : text.replace(/\b\d{1,2}\b/, '1');
  const month = parse(first, pattern, REFERENCE, UTC);
  return isValid(month)
    ? `${format(month, 'MMMM yyyy', UTC)} has ${getDaysInMonth(month, UTC)} days`
    : 'months 01 to 12';
}

const ORDINALS = [
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
];

/** How a relative phrase moves from its reference date. */
export interface Offset {
  days: number;
  /** duration: the reference's start plus the duration; otherwise the reference shifted. */
  kind: 'shift' | 'duration';
  /**
   * A rounded duration (weeks or months, or any duration qualified "about", "approximately",
   * "around"): its end is an approximate bound, the range widened by half the unit.
   */
  rounded?: { count: number; unit: 'day' | 'week' | 'month' };
}

/** Parses "the day before", "a week later", "3 days earlier", "the fourth day in a row", "6-week". */
export function parseOffset(words: string): Offset | Refusal {
  const w = words.trim().toLowerCase();
  if (/^(the )?day before$/.test(w)) return { days: -1, kind: 'shift' };
  if (/^(the )?(day after|next day|following day)$/.test(w)) return { days: 1, kind: 'shift' };
  const later =
    /^(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week)s? (later|earlier|before|after)$/.exec(
      w,
    );
  if (later?.[1] && later[2] && later[3]) {
    const n = later[1] === 'a' ? 1 : (numberValue(later[1]) ?? 0);
    const sign = later[3] === 'later' || later[3] === 'after' ? 1 : -1;
    return { days: sign * n * (later[2] === 'week' ? 7 : 1), kind: 'shift' };
  }
  const nth = /^(?:for )?the (\w+) day in a row$/.exec(w);
  const n = nth?.[1] ? ORDINALS.indexOf(nth[1]) + 1 : 0;
  if (n > 0) return { days: n - 1, kind: 'shift' };
  const duration =
    /^(about |approximately |around )?(a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](day|week|month)s?$/.exec(
      w,
    );
  if (duration?.[2] && duration[3]) {
    const count = /^an?$/.test(duration[2]) ? 1 : (numberValue(duration[2]) ?? 0);
    const unit = duration[3] as 'day' | 'week' | 'month';
    const rounded = unit !== 'day' || duration[1] !== undefined;
    return {
      days: count * (unit === 'week' ? 7 : 1),
      kind: 'duration',
      ...(rounded ? { rounded: { count, unit } } : {}),
    };
  }
  return {
    problem: 'the relative date words are not an offset',
    expected:
      'for rule "relative", an offset such as "the day before", "a week later", "3 days earlier", "the fourth day in a row", "6-week" or "about a month"',
    found: JSON.stringify(words),
  };
}

/**
 * The end of a rounded duration from `start` (day 1): the days it may end on, widened by half
 * the unit each way and rounded outwards to whole days ("6-week": 5.5 to 6.5 weeks, 38 to 46 days).
 */
function roundedEnd(start: Date, { count, unit }: NonNullable<Offset['rounded']>): DateRange {
  if (unit === 'month') {
    // half a month is taken as 15 days either side of the same day count months later
    const whole = addDays(addMonths(start, count, UTC), -1, UTC);
    return { start: iso(addDays(whole, -15, UTC)), end: iso(addDays(whole, 15, UTC)) };
  }
  const size = unit === 'week' ? 7 : 1;
  const low = Math.max(1, Math.floor((count - 0.5) * size));
  const high = Math.ceil((count + 0.5) * size);
  return { start: iso(addDays(start, low - 1, UTC)), end: iso(addDays(start, high - 1, UTC)) };
}

export function applyOffset(ref: DateRange, offset: Offset): DateRange {
  if (offset.kind === 'duration') {
    if (offset.rounded) return roundedEnd(toDate(ref.start), offset.rounded);
    // a duration counts its first day as day 1, as "the fourth day in a row" does: 6 days from 27 September end on 2 October
    const end = iso(addDays(toDate(ref.start), offset.days - 1, UTC));
    return { start: end, end };
  }
  return {
    start: iso(addDays(toDate(ref.start), offset.days, UTC)),
    end: iso(addDays(toDate(ref.end), offset.days, UTC)),
  };
}

/** The range of days named by a weekday in `words`, strictly after `after` and on or before `before`. */
export function weekdayBetween(
  words: string,
  after: DateRange,
  before: DateRange,
): DateRange | Refusal {
  const lower = words.toLowerCase();
  const day = WEEKDAYS.findIndex((d) => lower.includes(d));
  if (day === -1)
    return {
      problem: 'the weekday words name no weekday',
      expected: 'for rule "weekday", words with a weekday, e.g. "on Saturday morning"',
      found: JSON.stringify(words),
    };
  const from = addDays(toDate(after.end), 1, UTC);
  const to = toDate(before.end);
  // date-fns walks a reversed interval backwards; here it means no day at all
  const days = (from > to ? [] : eachDayOfInterval({ start: from, end: to }, UTC)).filter(
    (d) => getDay(d, UTC) === day,
  );
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) {
    const name = WEEKDAYS[day]?.replace(/^./, (c) => c.toUpperCase());
    const empty = from > to;
    return {
      problem: empty
        ? `the search range for the ${name} is empty`
        : `the search range has no ${name}`,
      expected: `a ${name} after the "after" date and on or before the "before" date`,
      found: `search from ${iso(from)} (the day after "after", ${after.end}) to ${before.end} ("before"): ${empty ? 'an empty range' : `no ${name}`}`,
      fix: `set "after" to a date before the ${name} meant and "before" to a date on or after it, or correct the weekday in the words`,
    };
  }
  return { start: iso(first), end: iso(last) };
}

/** UCDP-style precision of a range. */
export function precisionOf(range: DateRange): 'day' | 'days' | 'week' | 'month' | 'months' {
  if (range.month) return 'month';
  const days =
    Math.round((toDate(range.end).getTime() - toDate(range.start).getTime()) / 86_400_000) + 1;
  if (days === 1) return 'day';
  if (days <= 6) return 'days';
  if (days === 7) return 'week';
  return range.start.slice(0, 7) === range.end.slice(0, 7) ? 'month' : 'months';
}
