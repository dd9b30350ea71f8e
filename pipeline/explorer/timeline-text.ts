import type { Row } from '../records/tables.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "27 Sep": fixed English month names, no locale. */
export const shortDate = (isoDate: string) =>
  `${Number(isoDate.slice(8, 10))} ${MONTHS[Number(isoDate.slice(5, 7)) - 1]}`;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole number with a comma between thousands ("5,000"), whatever the locale. */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** How an incident's date and time read: "27 Sep 08:03", "27 Sep ~14:00", "3 Oct – 7 Nov". */
export function whenText(e: Row): string {
  const start = String(e.date_start);
  const end = String(e.date_end);
  const date = start === end ? shortDate(start) : `${shortDate(start)} – ${shortDate(end)}`;
  const time =
    e.time_local === null
      ? ''
      : ` ${e.time_qualifier === 'approximately' ? '~' : ''}${String(e.time_local)}`;
  return `${date}${time}`;
}
