import { describe, expect, it } from 'vitest';
import type { Refusal } from '../pipeline/lib/errors.js';
import { parseCount } from '../pipeline/normalise/parse-count.js';
import {
  applyOffset,
  parseCalendar,
  parseOffset,
  precisionOf,
  weekdayBetween,
} from '../pipeline/normalise/parse-date.js';
import { parseTime, parseUtcOffset } from '../pipeline/normalise/parse-time.js';

describe('count words → qualifier and bounds (reference pairs)', () => {
  const pairs: [string | undefined, ReturnType<typeof parseCount>][] = [
    ['13', { qualifier: 'exact', low: 13, best: 13, high: 13 }],
    ['4,258', { qualifier: 'exact', low: 4258, best: 4258, high: 4258 }],
    ['three', { qualifier: 'exact', low: 3, best: 3, high: 3 }],
    ['More than a dozen', { qualifier: 'more_than', low: 13, best: null, high: null }],
    ['Over 180', { qualifier: 'more_than', low: 181, best: null, high: null }],
    ['at least six', { qualifier: 'at_least', low: 6, best: null, high: null }],
    ['approximately 14', { qualifier: 'approximately', low: null, best: 14, high: null }],
    ['a dozen', { qualifier: 'approximately', low: null, best: 12, high: null }],
    ['up to 20', { qualifier: 'at_most', low: null, best: null, high: 20 }],
    ['fewer than 10', { qualifier: 'fewer_than', low: null, best: null, high: 9 }],
    ['dozens', { qualifier: 'dozens', low: 24, best: null, high: null }],
    ['hundreds', { qualifier: 'hundreds', low: 200, best: null, high: null }],
    ['several', { qualifier: 'several', low: 3, best: null, high: null }],
    ['multiple', { qualifier: 'multiple', low: 2, best: null, high: null }],
    ['numerous', { qualifier: 'numerous', low: null, best: null, high: null }],
    [undefined, { qualifier: 'unspecified', low: null, best: null, high: null }],
  ];
  it.each(pairs)('%s', (words, expected) => expect(parseCount(words)).toEqual(expected));

  it('refuses words it does not know, saying what it accepts', () => {
    expect(parseCount('a lot of')).toEqual({
      problem: 'the count words are not a number',
      expected:
        'a number in digits or words ("13", "4,258", "six", "a dozen") with an optional "more than", "over", "at least", "approximately", "up to" or "fewer than"; a range ("between 4 and 9"); or one of "dozens", "hundreds", "several", "multiple", "numerous"',
      found: '"a lot of"',
    });
  });

  it('refuses a negative count and a range whose low bound is above its high bound', () => {
    expect(parseCount('-3')).toEqual({
      problem: 'the count is negative',
      expected: 'a count of 0 or more (a count of people or objects is never below 0)',
      found: '"-3"',
    });
    expect(parseCount('Between 9 and 4')).toEqual({
      problem: 'the low bound of the range is above its high bound',
      expected: 'the low bound first, e.g. "between 4 and 9"',
      found: '"Between 9 and 4": low 9, high 4',
    });
  });
});

describe('date words → ISO dates (date-fns, UTC context)', () => {
  it.each([
    ['September 27, 2020', undefined, { start: '2020-09-27', end: '2020-09-27', withYear: true }],
    ['8 September 2021', undefined, { start: '2021-09-08', end: '2021-09-08', withYear: true }],
    ['2020-09-27', undefined, { start: '2020-09-27', end: '2020-09-27', withYear: true }],
    ['October 28', 2020, { start: '2020-10-28', end: '2020-10-28', withYear: false }],
    [
      'October 2020',
      undefined,
      { start: '2020-10-01', end: '2020-10-31', month: true, withYear: true },
    ],
    ['in October', 2020, { start: '2020-10-01', end: '2020-10-31', month: true, withYear: false }],
  ] as const)('%s', (words, year, expected) =>
    expect(parseCalendar(words, year)).toEqual(expected));

  it('rejects impossible dates and dates without a year', () => {
    const impossible = (found: string, month: string): Refusal => ({
      problem: 'the date words are not a real calendar date',
      expected: `a real calendar date (${month})`,
      found,
    });
    expect(parseCalendar('2020-02-30', undefined)).toEqual(
      impossible('"2020-02-30"', 'February 2020 has 29 days'),
    );
    expect(parseCalendar('on April 31, 2021', undefined)).toEqual(
      impossible('"on April 31, 2021"', 'April 2021 has 30 days'),
    );
    expect(parseCalendar('30 February', 2021)).toEqual(
      impossible('"30 February"', 'February 2021 has 28 days'),
    );
    expect(parseCalendar('2020-13-01', undefined)).toEqual(
      impossible('"2020-13-01"', 'months 01 to 12'),
    );
    expect(parseCalendar('October 28', undefined)).toEqual({
      problem: 'the date words give no year',
      expected: 'a year, in the words or from the date annotation named in "year_from"',
      found: '"October 28" and no "year_from"',
      fix: 'set "year_from" to the id of a date annotation that gives the year',
    });
  });

  it('rejects words that are no calendar date, suggesting rule "relative" for an offset', () => {
    const expected =
      'for rule "calendar", a date such as "September 27, 2020", "8 September 2021", "2020-09-27", "October 28" or "October 2020"';
    expect(parseCalendar('soon after', 2020)).toEqual({
      problem: 'the date words are not a calendar date',
      expected,
      found: '"soon after"',
    });
    expect(parseCalendar('the day before', 2020)).toEqual({
      problem: 'the date words are not a calendar date',
      expected,
      found: '"the day before"',
      fix: 'these words count from another date: set "rule" to "relative" and "relative_to" to the id of that date',
    });
  });

  it('resolves relative words only as far as the text allows', () => {
    const sep27 = { start: '2020-09-27', end: '2020-09-27' };
    const oct31 = { start: '2020-10-31', end: '2020-10-31' };
    const offset = (w: string) =>
      parseOffset(w) as Exclude<ReturnType<typeof parseOffset>, Refusal>;
    expect(applyOffset(oct31, offset('the day before'))).toEqual({
      start: '2020-10-30',
      end: '2020-10-30',
    });
    expect(applyOffset(sep27, offset('a week later'))).toEqual({
      start: '2020-10-04',
      end: '2020-10-04',
    });
    expect(applyOffset(sep27, offset('For the fourth day in a row'))).toEqual({
      start: '2020-09-30',
      end: '2020-09-30',
    });
    // day 1 is the start day: 6 days from 27 September end on 2 October
    expect(applyOffset(sep27, offset('6-day'))).toEqual({
      start: '2020-10-02',
      end: '2020-10-02',
    });
    // a rounded duration is an approximate bound: 6 weeks is 5.5 to 6.5 weeks, days 38 to 46
    expect(offset('6-week')).toEqual({
      days: 42,
      kind: 'duration',
      rounded: { count: 6, unit: 'week' },
    });
    expect(applyOffset(sep27, offset('6-week'))).toEqual({
      start: '2020-11-03',
      end: '2020-11-11',
    });
    // "about" makes any duration rounded: 9.5 to 10.5 days, days 9 to 11
    expect(applyOffset(sep27, offset('about 10 days'))).toEqual({
      start: '2020-10-05',
      end: '2020-10-07',
    });
    // half a month is taken as 15 days either side of the month's last day
    expect(applyOffset(sep27, offset('about a month'))).toEqual({
      start: '2020-10-11',
      end: '2020-11-10',
    });
    expect(
      weekdayBetween('on Saturday morning', sep27, { start: '2020-11-07', end: '2020-11-07' }),
    ).toEqual({ start: '2020-10-03', end: '2020-11-07' });
    expect(parseOffset('soon after')).toEqual({
      problem: 'the relative date words are not an offset',
      expected:
        'for rule "relative", an offset such as "the day before", "a week later", "3 days earlier", "the fourth day in a row", "6-week" or "about a month"',
      found: '"soon after"',
    });
  });

  it('says which dates bound a weekday when the range is empty or holds no such day', () => {
    const day = (iso: string) => ({ start: iso, end: iso });
    const refusal = (problem: string, found: string): Refusal => ({
      problem,
      expected: 'a Saturday after the "after" date and on or before the "before" date',
      found,
      fix: 'set "after" to a date before the Saturday meant and "before" to a date on or after it, or correct the weekday in the words',
    });
    // bounds in the wrong order leave no day, rather than a day walked backwards
    expect(weekdayBetween('on Saturday morning', day('2020-10-10'), day('2020-09-27'))).toEqual(
      refusal(
        'the search range for the Saturday is empty',
        'search from 2020-10-11 (the day after "after", 2020-10-10) to 2020-09-27 ("before"): an empty range',
      ),
    );
    expect(weekdayBetween('on Saturday morning', day('2020-11-07'), day('2020-11-07'))).toEqual(
      refusal(
        'the search range for the Saturday is empty',
        'search from 2020-11-08 (the day after "after", 2020-11-07) to 2020-11-07 ("before"): an empty range',
      ),
    );
    expect(weekdayBetween('on Saturday morning', day('2020-10-04'), day('2020-10-09'))).toEqual(
      refusal(
        'the search range has no Saturday',
        'search from 2020-10-05 (the day after "after", 2020-10-04) to 2020-10-09 ("before"): no Saturday',
      ),
    );
    expect(weekdayBetween('that morning', day('2020-10-04'), day('2020-10-09'))).toEqual({
      problem: 'the weekday words name no weekday',
      expected: 'for rule "weekday", words with a weekday, e.g. "on Saturday morning"',
      found: '"that morning"',
    });
  });

  it('names the precision of a range after UCDP', () => {
    expect(precisionOf({ start: '2020-09-27', end: '2020-09-27' })).toBe('day');
    expect(precisionOf({ start: '2020-10-30', end: '2020-10-31' })).toBe('days');
    expect(precisionOf({ start: '2020-10-01', end: '2020-10-07' })).toBe('week');
    expect(precisionOf({ start: '2020-10-01', end: '2020-10-31', month: true })).toBe('month');
    expect(precisionOf({ start: '2020-10-03', end: '2020-11-07' })).toBe('months');
  });

  it('counts 2 to 6 days as days, exactly 7 as a week, and 8 or more in one month as the month', () => {
    const span = (days: number) =>
      precisionOf({ start: '2020-10-01', end: `2020-10-${String(days).padStart(2, '0')}` });
    expect([1, 2, 5, 6, 7, 8, 31].map((days) => [days, span(days)])).toEqual([
      [1, 'day'],
      [2, 'days'],
      [5, 'days'],
      [6, 'days'],
      [7, 'week'],
      [8, 'month'],
      [31, 'month'],
    ]);
  });

  it('shifts both ends of a range of days by a relative offset; a duration counts from its start', () => {
    const week = { start: '2020-10-03', end: '2020-10-09' };
    const offset = (w: string) =>
      parseOffset(w) as Exclude<ReturnType<typeof parseOffset>, Refusal>;
    expect(applyOffset(week, offset('the day before'))).toEqual({
      start: '2020-10-02',
      end: '2020-10-08',
    });
    expect(applyOffset(week, offset('a week later'))).toEqual({
      start: '2020-10-10',
      end: '2020-10-16',
    });
    expect(applyOffset(week, offset('3 days earlier'))).toEqual({
      start: '2020-09-30',
      end: '2020-10-06',
    });
    expect(applyOffset(week, offset('For the fourth day in a row'))).toEqual({
      start: '2020-10-06',
      end: '2020-10-12',
    });
    expect(applyOffset(week, offset('two-day'))).toEqual({
      start: '2020-10-04',
      end: '2020-10-04',
    });
  });
});

describe('time and offset words', () => {
  it.each([
    ['08:03', { time: '08:03', qualifier: 'exact' }],
    ['approximately 14:00', { time: '14:00', qualifier: 'approximately' }],
    ['11:00 a.m', { time: '11:00', qualifier: 'exact' }],
    ['2:30 p.m.', { time: '14:30', qualifier: 'exact' }],
  ] as const)('%s', (words, expected) => expect(parseTime(words)).toEqual(expected));

  it('rejects 25:00 and 10:75, naming the hour or minute', () => {
    const refusal = (found: string): Refusal => ({
      problem: 'the time words are not a time of day',
      expected:
        'a time of day such as "08:03", "approximately 14:00" or "11:00 a.m" (hours 0–23, minutes 0–59)',
      found,
    });
    expect(parseTime('25:00')).toEqual(refusal('"25:00": hour 25'));
    expect(parseTime('at about 10:75')).toEqual(refusal('"at about 10:75": minute 75'));
    expect(parseTime('noon')).toEqual(refusal('"noon"'));
  });

  it('reads GMT+4 as a fixed offset', () => {
    expect(parseUtcOffset('GMT+4')).toEqual({ offset: '+04:00' });
    expect(parseUtcOffset('Moscow time')).toEqual({
      problem: 'the timezone words are not a UTC offset',
      expected: 'an offset such as "GMT+4" or "UTC+04:00" (at most 14 hours)',
      found: '"Moscow time"',
    });
  });
});
