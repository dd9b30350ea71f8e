import { describe, expect, it } from 'vitest';
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
    expect(parseCount('a lot of')).toBe(
      'count words "a lot of" are not a number in digits or words, with an optional "more than", "over", "at least", "approximately", "up to" or "fewer than"',
    );
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
    expect(parseCalendar('2020-02-30', undefined)).toBe(
      'date words "2020-02-30" are not a real calendar date',
    );
    expect(parseCalendar('October 28', undefined)).toBe(
      'date words "October 28" have no year: set "year_from" to a date annotation that gives it',
    );
  });

  it('resolves relative words only as far as the text allows', () => {
    const sep27 = { start: '2020-09-27', end: '2020-09-27' };
    const oct31 = { start: '2020-10-31', end: '2020-10-31' };
    const offset = (w: string) => parseOffset(w) as Exclude<ReturnType<typeof parseOffset>, string>;
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
    // day 1 is the start day: six weeks from 27 September end on 7 November
    expect(applyOffset(sep27, offset('6-week'))).toEqual({
      start: '2020-11-07',
      end: '2020-11-07',
    });
    expect(
      weekdayBetween('on Saturday morning', sep27, { start: '2020-11-07', end: '2020-11-07' }),
    ).toEqual({ start: '2020-10-03', end: '2020-11-07' });
    // bounds in the wrong order leave no day, rather than a day walked backwards
    expect(
      weekdayBetween('on Saturday morning', { start: '2020-10-10', end: '2020-10-10' }, sep27),
    ).toBe('no saturday falls after 2020-10-10 and on or before 2020-09-27');
    expect(parseOffset('soon after')).toBe(
      'relative date words "soon after" are not an offset such as "the day before", "a week later", "the fourth day in a row" or "6-week"',
    );
  });

  it('names the precision of a range after UCDP', () => {
    expect(precisionOf({ start: '2020-09-27', end: '2020-09-27' })).toBe('day');
    expect(precisionOf({ start: '2020-10-30', end: '2020-10-31' })).toBe('days');
    expect(precisionOf({ start: '2020-10-01', end: '2020-10-07' })).toBe('week');
    expect(precisionOf({ start: '2020-10-01', end: '2020-10-31', month: true })).toBe('month');
    expect(precisionOf({ start: '2020-10-03', end: '2020-11-07' })).toBe('months');
  });
});

describe('time and offset words', () => {
  it.each([
    ['08:03', { time: '08:03', qualifier: 'exact' }],
    ['approximately 14:00', { time: '14:00', qualifier: 'approximately' }],
    ['11:00 a.m', { time: '11:00', qualifier: 'exact' }],
    ['2:30 p.m.', { time: '14:30', qualifier: 'exact' }],
  ] as const)('%s', (words, expected) => expect(parseTime(words)).toEqual(expected));

  it('rejects 25:00', () => {
    expect(parseTime('25:00')).toBe(
      'time words "25:00" are not a time of day such as "08:03", "approximately 14:00" or "11:00 a.m" (hours 0–23, minutes 0–59)',
    );
  });

  it('reads GMT+4 as a fixed offset', () => {
    expect(parseUtcOffset('GMT+4')).toEqual({ offset: '+04:00' });
    expect(parseUtcOffset('Moscow time')).toBe(
      'timezone words "Moscow time" are not an offset such as "GMT+4"',
    );
  });
});
