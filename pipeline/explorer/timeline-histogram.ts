import { TIMELINE_MAX_EVENTS, type TimelineDigest } from './timeline-digest.js';
import { dayAfter, daysBetween, svgOpening, WIDTH } from './timeline-frame.js';
import { shortDate, thousands } from './timeline-text.js';

/** The most bars drawn: a longer span is counted in bins of several days. */
export const MAX_BARS = 120;
const [LEFT, RIGHT, BAND, TOP, BASE, HEIGHT] = [64, 24, 52, 116, 296, 364];

interface Bin {
  start: string;
  known: number;
  range: number;
}

/** The incidents per bin of `size` days from `first`, only the bins with any. */
function bins(digest: TimelineDigest, first: string, size: number): Bin[] {
  const out = new Map<number, Bin>();
  for (const [day, known, range] of digest.days) {
    const i = Math.floor(daysBetween(first, day) / size);
    const b = out.get(i) ?? { start: dayAfter(first, i * size), known: 0, range: 0 };
    b.known += known;
    b.range += range;
    out.set(i, b);
  }
  return [...out.values()];
}

const binText = (b: Bin, size: number) => {
  const last = dayAfter(b.start, size - 1);
  const n = b.known + b.range;
  const dates = size === 1 ? b.start : `${b.start} to ${last}`;
  return `${dates}: ${thousands(n)} incident${n === 1 ? '' : 's'} (${thousands(b.known)} dated to the day, ${thousands(b.range)} to a range of days beginning then)`;
};

function bar(b: Bin, x: number, size: number, scale: number, max: number): string {
  const width = size * scale;
  const h = (n: number) => ((BASE - TOP) * n) / max;
  const n = b.known + b.range;
  const [top, mid] = [BASE - h(n), BASE - h(b.known)];
  const label = thousands(n);
  const cx = x + width / 2;
  // the count above its bar, turned upright when it is wider than the bar
  const text =
    label.length * 7 <= width
      ? `<text x="${cx.toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="#111827">${label}</text>`
      : `<text x="${(cx + 4).toFixed(1)}" y="${(top - 4).toFixed(1)}" transform="rotate(-90 ${(cx + 4).toFixed(1)} ${(top - 4).toFixed(1)})" font-size="11" fill="#111827">${label}</text>`;
  const w = Math.max(width - 1, 1).toFixed(1);
  return [
    `<g><title>${binText(b, size)}</title>`,
    b.known > 0
      ? `<rect x="${x.toFixed(1)}" y="${mid.toFixed(1)}" width="${w}" height="${(BASE - mid).toFixed(1)}" fill="#b91c1c"/>`
      : '',
    b.range > 0
      ? `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${w}" height="${(mid - top).toFixed(1)}" fill="url(#uncertain)" stroke="#c2410c"/>`
      : '',
    `${text}</g>`,
  ].join('');
}

/**
 * The incidents as a count per day (per bin of days when the span is longer than MAX_BARS
 * days), for when there are too many to draw one by one: bars over the span of the events,
 * stacked known day under range of days, each with its count, and a date axis. Its size
 * depends on the span of dates alone, never on the number of documents or incidents.
 */
export function histogramSvg(digest: TimelineDigest): string {
  const [first, last] = digest.span ?? ['2020-01-01', '2020-01-01'];
  const size = Math.ceil((daysBetween(first, last) + 1) / MAX_BARS);
  const count = Math.ceil((daysBetween(first, last) + 1) / size);
  const scale = (WIDTH - LEFT - RIGHT) / (count * size);
  const x = (d: string) => LEFT + daysBetween(first, d) * scale;
  const list = bins(digest, first, size);
  const max = Math.max(1, ...list.map((b) => b.known + b.range));
  const per = size === 1 ? 'day' : `${size} days`;
  const caption = `${thousands(digest.incidents)} incidents, too many to draw one by one: each bar counts those that begin ${size === 1 ? 'on its day' : `in its ${size} days`}`;
  const out = svgOpening(
    HEIGHT,
    `Incidents of the 2020 bombardment of Stepanakert, counted per ${per}: ${caption} (more than ${TIMELINE_MAX_EVENTS} events)`,
  );
  out.push(`<text x="${LEFT}" y="24" font-weight="600" fill="#111827">${caption}</text>`);
  if (digest.campaignSpan) out.push(...campaignBand(digest, x, scale));
  out.push(...axis(first, count, size, x, max));
  out.push(...list.map((b) => bar(b, x(b.start), size, scale, max)));
  out.push(...legend(), '</svg>');
  return `${out.join('\n')}\n`;
}

function campaignBand(digest: TimelineDigest, x: (d: string) => number, scale: number): string[] {
  const [start, end] = digest.campaignSpan ?? ['', ''];
  const n = digest.campaigns;
  const text = `The bombardment: ${shortDate(start)} – ${shortDate(end)} ${end.slice(0, 4)}${n > 1 ? ` (the span of ${thousands(n)} campaign events)` : ''}`;
  return [
    `<rect x="${x(start).toFixed(1)}" y="${BAND}" width="${((daysBetween(start, end) + 1) * scale).toFixed(1)}" height="16" rx="3" fill="#fde68a" stroke="#b45309"/>`,
    `<text x="${(x(start) + 6).toFixed(1)}" y="${BAND + 12}" fill="#78350f">${text}</text>`,
  ];
}

function axis(
  first: string,
  count: number,
  size: number,
  x: (d: string) => number,
  max: number,
): string[] {
  const out = [
    `<line x1="${LEFT}" y1="${BASE}" x2="${WIDTH - RIGHT}" y2="${BASE}" stroke="#374151"/>`,
    `<line x1="${LEFT}" y1="${TOP}" x2="${WIDTH - RIGHT}" y2="${TOP}" stroke="#e5e7eb"/>`,
    `<text x="${LEFT - 8}" y="${TOP + 4}" text-anchor="end" fill="#374151">${thousands(max)}</text>`,
    `<text x="${LEFT - 8}" y="${BASE + 4}" text-anchor="end" fill="#374151">0</text>`,
  ];
  const step = 7 * Math.ceil((count * size) / 70);
  for (let d = 0; d < count * size; d += step) {
    const date = dayAfter(first, d);
    const tx = x(date).toFixed(1);
    out.push(
      `<line x1="${tx}" y1="${BASE}" x2="${tx}" y2="${BASE + 5}" stroke="#374151"/>`,
      `<text x="${tx}" y="${BASE + 20}" text-anchor="middle" fill="#374151">${shortDate(date)}${d === 0 ? ` ${date.slice(0, 4)}` : ''}</text>`,
    );
  }
  return out;
}

function legend(): string[] {
  const ly = HEIGHT - 14;
  return [
    `<rect x="${LEFT}" y="${ly - 10}" width="12" height="12" fill="#b91c1c"/><text x="${LEFT + 18}" y="${ly}" fill="#374151">dated to the day</text>`,
    `<rect x="${LEFT + 150}" y="${ly - 10}" width="12" height="12" fill="url(#uncertain)" stroke="#c2410c"/><text x="${LEFT + 168}" y="${ly}" fill="#374151">dated to a range of days, counted on its first day</text>`,
  ];
}
