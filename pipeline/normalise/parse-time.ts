import { utc } from '@date-fns/utc';
import { format, isValid, parse } from 'date-fns';
import type { Refusal } from '../lib/errors.js';

export interface LocalTime {
  /** HH:MM, 24-hour, local time. */
  time: string;
  qualifier: 'exact' | 'approximately';
}

const UTC = { in: utc };
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Parses "08:03", "at approximately 14:00", "11:00 a.m" into a local time and qualifier, or refuses the words. */
export function parseTime(words: string): LocalTime | Refusal {
  let w = words.trim().replace(/^at /i, '');
  let qualifier: LocalTime['qualifier'] = 'exact';
  const approx = /^(approximately|about|around) /i.exec(w);
  if (approx) {
    qualifier = 'approximately';
    w = w.slice(approx[0].length);
  }
  const ampm = /^(\d{1,2}:\d{2}) ?([ap])\.?m\.?$/i.exec(w);
  const time = ampm
    ? clockTime(`${ampm[1]} ${(ampm[2] ?? '').toUpperCase()}M`, 'h:mm a')
    : /^\d{1,2}:\d{2}$/.test(w)
      ? clockTime(w, 'H:mm')
      : undefined;
  if (time === undefined)
    return {
      problem: 'the time words are not a time of day',
      expected:
        'a time of day such as "08:03", "approximately 14:00" or "11:00 a.m" (hours 0–23, minutes 0–59)',
      found: `${JSON.stringify(words)}${outOfRange(w)}`,
    };
  return { time, qualifier };
}

/**
 * The time of day (HH:mm) date-fns reads in `text` by `pattern`, or undefined when it reads none;
 * remembered, as parsing and formatting take date-fns far longer than the rest of the stage and
 * there are only so many times of day. Bounded: forgotten in full past 4,096 entries.
 */
const clock = new Map<string, string | null>();
function clockTime(text: string, pattern: string): string | undefined {
  const key = `${pattern}\u0000${text}`;
  let time = clock.get(key);
  if (time === undefined) {
    if (clock.size >= 4096) clock.clear();
    const parsed = parse(text, pattern, REFERENCE, UTC);
    time = isValid(parsed) ? format(parsed, 'HH:mm', UTC) : null;
    clock.set(key, time);
  }
  return time ?? undefined;
}

/** ": hour 25" when 24-hour words give an hour or minute that no clock shows. */
function outOfRange(w: string): string {
  const [hours, minutes] = /^\d{1,2}:\d{2}$/.test(w) ? w.split(':').map(Number) : [];
  if (hours !== undefined && hours > 23) return `: hour ${hours}`;
  if (minutes !== undefined && minutes > 59) return `: minute ${minutes}`;
  return '';
}

/** Parses "GMT+4" or "UTC+04:00" into an ISO offset "+04:00", or refuses the words. */
export function parseUtcOffset(words: string): { offset: string } | Refusal {
  const m = /^(?:GMT|UTC) ?([+\-−])(\d{1,2})(?::?(\d{2}))?$/.exec(words.trim());
  if (!m || Number(m[2]) > 14)
    return {
      problem: 'the timezone words are not a UTC offset',
      expected: 'an offset such as "GMT+4" or "UTC+04:00" (at most 14 hours)',
      found: JSON.stringify(words),
    };
  return { offset: `${m[1] === '+' ? '+' : '-'}${(m[2] ?? '').padStart(2, '0')}:${m[3] ?? '00'}` };
}
