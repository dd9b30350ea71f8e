import type { TimelineDigest, TimelineEvent } from './timeline-digest.js';
import { dayAfter, daysBetween, svgOpening, WIDTH } from './timeline-frame.js';
import { escapeXml, shortDate } from './timeline-text.js';

const [LEFT, RIGHT, TOP, LANE] = [190, 24, 58, 36];

/** Incidents by first day, then id (code-unit order, no locale). */
const byDate = (a: TimelineEvent, b: TimelineEvent) =>
  a.date_start !== b.date_start
    ? a.date_start < b.date_start
      ? -1
      : 1
    : a.event_id < b.event_id
      ? -1
      : 1;

interface Axis {
  first: string;
  days: number;
  scale: number;
  x: (isoDate: string) => number;
}

function axisOf(digest: TimelineDigest): Axis {
  const [first, last] = digest.span ?? ['2020-01-01', '2020-01-01'];
  const days = daysBetween(first, last) + 1;
  const scale = (WIDTH - LEFT - RIGHT) / days;
  return { first, days, scale, x: (d) => LEFT + daysBetween(first, d) * scale };
}

/** An event's group: data-event, and with `inline` a focusable button with its document. */
const group = (e: TimelineEvent, inline: boolean) =>
  `<g data-event="${escapeXml(e.event_id)}"${inline ? ` data-document="${escapeXml(e.document_id)}" tabindex="0" role="button"` : ''}><title>${escapeXml(e.title)}</title>`;

function campaignLane(c: TimelineEvent, y: number, a: Axis, inline: boolean): string[] {
  const width = (daysBetween(c.date_start, c.date_end) + 1) * a.scale;
  return [
    group(c, inline),
    `<text x="${LEFT - 10}" y="${y + 17}" text-anchor="end" font-weight="600" fill="#111827">The bombardment</text>`,
    `<rect x="${a.x(c.date_start).toFixed(1)}" y="${y + 6}" width="${width.toFixed(1)}" height="16" rx="3" fill="#fde68a" stroke="#b45309"/>`,
    `<text x="${(a.x(c.date_start) + 6).toFixed(1)}" y="${y + 18}" fill="#78350f">${escapeXml(`${c.when} ${c.date_end.slice(0, 4)}${c.note ? ` ${c.note}` : ''}`)}</text></g>`,
  ];
}

function incidentLane(e: TimelineEvent, y: number, a: Axis, inline: boolean): string[] {
  const [start, end, { x, scale }] = [e.date_start, e.date_end, a];
  const mark =
    start === end
      ? `<circle cx="${(x(start) + scale / 2).toFixed(1)}" cy="${y + 14}" r="6" fill="#b91c1c"/>`
      : `<rect x="${x(start).toFixed(1)}" y="${y + 7}" width="${((daysBetween(start, end) + 1) * scale).toFixed(1)}" height="14" rx="3" fill="url(#uncertain)" stroke="#c2410c" stroke-dasharray="3 2"/>`;
  // a label goes right of its mark, else left of it, else inside a long bar on a white halo,
  // so that no label runs off the picture
  const short = e.summary.length > 52 ? `${e.summary.slice(0, 50)}…` : e.summary;
  const textWidth = short.length * 7.2;
  const markEnd = start === end ? x(start) + scale / 2 + 12 : x(end) + scale + 8;
  const markStart = start === end ? x(start) + scale / 2 - 12 : x(start) - 8;
  const place =
    markEnd + textWidth <= WIDTH - RIGHT
      ? 'right'
      : markStart - textWidth >= LEFT
        ? 'left'
        : 'inside';
  const labelX = (
    place === 'right' ? markEnd : place === 'left' ? markStart : x(start) + 8
  ).toFixed(1);
  const labelAttrs = place === 'left' ? ' text-anchor="end"' : '';
  const backdrop =
    place === 'inside'
      ? `<rect x="${(x(start) + 4).toFixed(1)}" y="${y + 5}" width="${(textWidth + 8).toFixed(1)}" height="18" rx="3" fill="#ffffff" opacity="0.9"/>`
      : '';
  return [
    group(e, inline),
    `<text x="${LEFT - 10}" y="${y + 18}" text-anchor="end" fill="#111827">${escapeXml(e.when)}</text>`,
    mark,
    `${backdrop}<text x="${labelX}" y="${y + 18}"${labelAttrs} fill="#374151">${escapeXml(short)}</text></g>`,
  ];
}

/**
 * Every event on a timeline: one lane per campaign, then one per incident by date, a dot for a
 * known day, a hatched bar for the range of days the text allows, "~" before an approximate time.
 */
export function marksSvg(digest: TimelineDigest, inline: boolean): string {
  const events = digest.events ?? [];
  const campaigns = events.filter((e) => e.kind === 'campaign');
  const incidents = events.filter((e) => e.kind === 'incident').sort(byDate);
  const a = axisOf(digest);
  const height = TOP + (Math.max(campaigns.length, 1) + incidents.length) * LANE + 40;
  const out = svgOpening(height, 'Incidents of the 2020 bombardment of Stepanakert on a timeline');
  for (let d = 0; d < a.days; d += 7) {
    const date = dayAfter(a.first, d);
    const tx = a.x(date).toFixed(1);
    out.push(
      `<line x1="${tx}" y1="${TOP - 14}" x2="${tx}" y2="${height - 34}" stroke="#e5e7eb"/>`,
      `<text x="${tx}" y="${TOP - 20}" text-anchor="middle" fill="#374151">${shortDate(date)}</text>`,
    );
  }
  const skip = Math.max(campaigns.length, 1);
  out.push(
    ...campaigns.flatMap((c, i) => campaignLane(c, TOP + i * LANE, a, inline)),
    ...incidents.flatMap((e, i) => incidentLane(e, TOP + (skip + i) * LANE, a, inline)),
  );
  const ly = height - 14;
  out.push(
    `<circle cx="${LEFT + 6}" cy="${ly - 4}" r="5" fill="#b91c1c"/><text x="${LEFT + 16}" y="${ly}" fill="#374151">known day</text>`,
    `<rect x="${LEFT + 100}" y="${ly - 10}" width="28" height="12" rx="3" fill="url(#uncertain)" stroke="#c2410c" stroke-dasharray="3 2"/><text x="${LEFT + 134}" y="${ly}" fill="#374151">range of days the text allows</text>`,
    `<text x="${LEFT + 340}" y="${ly}" fill="#374151">~ approximate time · times are local (UTC+04:00)</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
