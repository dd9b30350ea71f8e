import { utc } from '@date-fns/utc';
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { Row, Tables } from '../records/tables.js';

const UTC = { in: utc };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (iso: string) => utc(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** "27 Sep": fixed English month names, no locale. */
export const shortDate = (isoDate: string) =>
  `${Number(isoDate.slice(8, 10))} ${MONTHS[Number(isoDate.slice(5, 7)) - 1]}`;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

/** What the time is the time of, when it is not stated as the attack's own. */
const TIME_BASIS: Record<string, string> = {
  statement_time: '; the time is when the attack was reported under way',
  linked_report: '; the time is from a second report linked to the incident',
};

/**
 * The incidents on a timeline, as a deterministic SVG: one lane per incident, a dot for a known
 * day, a hatched bar for the range of days the text allows, "~" before an approximate time.
 * With `interactive`, each incident is a focusable button (data-event) for the explorer page.
 */
export function toTimelineSvg(tables: Tables, interactive = false): string {
  const campaign = tables.events.find((e) => e.event_kind === 'campaign');
  const incidents = tables.events
    .filter((e) => e.event_kind === 'incident')
    .sort((a, b) =>
      String(a.date_start) < String(b.date_start)
        ? -1
        : String(a.date_start) > String(b.date_start)
          ? 1
          : String(a.event_id) < String(b.event_id)
            ? -1
            : 1,
    );
  const first = String(campaign?.date_start ?? incidents[0]?.date_start ?? '2020-01-01');
  const last = String(campaign?.date_end ?? incidents[incidents.length - 1]?.date_end ?? first);
  const days = differenceInCalendarDays(day(last), day(first), UTC) + 1;
  const [left, right, top, lane, width] = [190, 24, 58, 36, 900];
  const scale = (width - left - right) / days;
  const x = (isoDate: string) =>
    left + differenceInCalendarDays(day(isoDate), day(first), UTC) * scale;
  const height = top + (incidents.length + 1) * lane + 40;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="timeline-title" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="13">`,
    '<title id="timeline-title">Incidents of the 2020 bombardment of Stepanakert on a timeline</title>',
    '<defs><pattern id="uncertain" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#c2410c" opacity="0.55"/></pattern></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (let d = 0; d < days; d += 7) {
    const date = iso(addDays(day(first), d, UTC));
    const tx = x(date).toFixed(1);
    out.push(
      `<line x1="${tx}" y1="${top - 14}" x2="${tx}" y2="${height - 34}" stroke="#e5e7eb"/>`,
      `<text x="${tx}" y="${top - 20}" text-anchor="middle" fill="#374151">${shortDate(date)}</text>`,
    );
  }
  if (campaign) {
    const y = top;
    out.push(
      `<g data-event="${escapeXml(String(campaign.event_id))}"${interactive ? ' tabindex="0" role="button"' : ''}><title>${escapeXml(`${String(campaign.summary)} (${whenText(campaign)})`)}</title>`,
      `<text x="${left - 10}" y="${y + 17}" text-anchor="end" font-weight="600" fill="#111827">The bombardment</text>`,
      `<rect x="${x(String(campaign.date_start)).toFixed(1)}" y="${y + 6}" width="${(days * scale).toFixed(1)}" height="16" rx="3" fill="#fde68a" stroke="#b45309"/>`,
      `<text x="${(left + 6).toFixed(1)}" y="${y + 18}" fill="#78350f">${escapeXml(whenText(campaign))} 2020 (end derived from “6-week”)</text></g>`,
    );
  }
  incidents.forEach((e, i) => {
    const y = top + (i + 1) * lane;
    const start = String(e.date_start);
    const end = String(e.date_end);
    const mark =
      start === end
        ? `<circle cx="${(x(start) + scale / 2).toFixed(1)}" cy="${y + 14}" r="6" fill="#b91c1c"/>`
        : `<rect x="${x(start).toFixed(1)}" y="${y + 7}" width="${((differenceInCalendarDays(day(end), day(start), UTC) + 1) * scale).toFixed(1)}" height="14" rx="3" fill="url(#uncertain)" stroke="#c2410c" stroke-dasharray="3 2"/>`;
    // a label goes right of its mark, else left of it, else inside a long bar on a white halo,
    // so that no label runs off the picture
    const summary = String(e.summary);
    const short = summary.length > 52 ? `${summary.slice(0, 50)}…` : summary;
    const textWidth = short.length * 7.2;
    const markEnd = start === end ? x(start) + scale / 2 + 12 : x(end) + scale + 8;
    const markStart = start === end ? x(start) + scale / 2 - 12 : x(start) - 8;
    const place =
      markEnd + textWidth <= width - right
        ? 'right'
        : markStart - textWidth >= left
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
    out.push(
      `<g data-event="${escapeXml(String(e.event_id))}"${interactive ? ' tabindex="0" role="button"' : ''}><title>${escapeXml(`${summary} (${whenText(e)}${TIME_BASIS[String(e.time_basis)] ?? ''}; dates ${start === end ? start : `${start} to ${end}`}, ${String(e.date_basis)})`)}</title>`,
      `<text x="${left - 10}" y="${y + 18}" text-anchor="end" fill="#111827">${escapeXml(whenText(e))}</text>`,
      mark,
      `${backdrop}<text x="${labelX}" y="${y + 18}"${labelAttrs} fill="#374151">${escapeXml(short)}</text></g>`,
    );
  });
  const ly = height - 14;
  out.push(
    `<circle cx="${left + 6}" cy="${ly - 4}" r="5" fill="#b91c1c"/><text x="${left + 16}" y="${ly}" fill="#374151">known day</text>`,
    `<rect x="${left + 100}" y="${ly - 10}" width="28" height="12" rx="3" fill="url(#uncertain)" stroke="#c2410c" stroke-dasharray="3 2"/><text x="${left + 134}" y="${ly}" fill="#374151">range of days the text allows</text>`,
    `<text x="${left + 340}" y="${ly}" fill="#374151">~ approximate time · times are local (UTC+04:00)</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
