import { utc } from '@date-fns/utc';
import { format, isValid, parse } from 'date-fns';

export interface LocalTime {
  /** HH:MM, 24-hour, local time. */
  time: string;
  qualifier: 'exact' | 'approximately';
}

const UTC = { in: utc };
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Parses "08:03", "at approximately 14:00", "11:00 a.m" into a local time and qualifier, or an error text. */
export function parseTime(words: string): LocalTime | string {
  let w = words.trim().replace(/^at /i, '');
  let qualifier: LocalTime['qualifier'] = 'exact';
  const approx = /^(approximately|about|around) /i.exec(w);
  if (approx) {
    qualifier = 'approximately';
    w = w.slice(approx[0].length);
  }
  const ampm = /^(\d{1,2}:\d{2}) ?([ap])\.?m\.?$/i.exec(w);
  const parsed = ampm
    ? parse(`${ampm[1]} ${(ampm[2] ?? '').toUpperCase()}M`, 'h:mm a', REFERENCE, UTC)
    : /^\d{1,2}:\d{2}$/.test(w)
      ? parse(w, 'H:mm', REFERENCE, UTC)
      : new Date(Number.NaN);
  if (!isValid(parsed))
    return `time words ${JSON.stringify(words)} are not a time of day such as "08:03", "approximately 14:00" or "11:00 a.m" (hours 0–23, minutes 0–59)`;
  return { time: format(parsed, 'HH:mm', UTC), qualifier };
}

/** Parses "GMT+4" or "UTC+04:00" into an ISO offset "+04:00", or an error text. */
export function parseUtcOffset(words: string): { offset: string } | string {
  const m = /^(?:GMT|UTC) ?([+\-−])(\d{1,2})(?::?(\d{2}))?$/.exec(words.trim());
  if (!m || Number(m[2]) > 14)
    return `timezone words ${JSON.stringify(words)} are not an offset such as "GMT+4"`;
  return { offset: `${m[1] === '+' ? '+' : '-'}${(m[2] ?? '').padStart(2, '0')}:${m[3] ?? '00'}` };
}
