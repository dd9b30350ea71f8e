import { utc } from '@date-fns/utc';
import { addDays, differenceInCalendarDays } from 'date-fns';

const UTC = { in: utc };
const day = (iso: string) => utc(`${iso}T00:00:00Z`);

/** Days from `from` to `to` (negative when `to` is earlier), in UTC. */
export const daysBetween = (from: string, to: string) =>
  differenceInCalendarDays(day(to), day(from), UTC);

/** The ISO date `n` days after `from`. */
export const dayAfter = (from: string, n: number) =>
  addDays(day(from), n, UTC).toISOString().slice(0, 10);

export const WIDTH = 900;
export const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="13"`;
export const HATCH =
  '<defs><pattern id="uncertain" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#c2410c" opacity="0.55"/></pattern></defs>';

/** The opening of a timeline picture of a height, with its title. */
export function svgOpening(height: number, title: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="timeline-title" ${FONT}>`,
    `<title id="timeline-title">${title}</title>`,
    HATCH,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
  ];
}
