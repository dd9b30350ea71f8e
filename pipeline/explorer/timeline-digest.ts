import type { Row, Tables } from '../records/tables.js';
import { whenText } from './timeline-text.js';

/**
 * The most events (campaigns and incidents) the timeline draws one by one; past it, it draws
 * the incidents as a count per day.
 */
export const TIMELINE_MAX_EVENTS = 60;

/** One event as the timeline draws it. */
export interface TimelineEvent {
  event_id: string;
  document_id: string;
  kind: 'campaign' | 'incident';
  date_start: string;
  date_end: string;
  /** Its date and time as the timeline writes them ("27 Sep 08:03"). */
  when: string;
  summary: string;
  /** The mark's tooltip: the summary, the dates and what they rest on. */
  title: string;
  /** Said after a campaign's dates (how its end was found), or ''. */
  note: string;
}

/** Incidents that begin on a day: [day, dated to that day, dated to a range of days from it]. */
export type DayCount = [day: string, known: number, range: number];

/**
 * The timeline of any number of documents in bounded size: every event while there are at most
 * TIMELINE_MAX_EVENTS of them, and always the incidents per day, which are bounded by the dates
 * the events span, not by the number of documents.
 */
export interface TimelineDigest {
  /** Every event in document order (rows in table order), or null past TIMELINE_MAX_EVENTS. */
  events: TimelineEvent[] | null;
  incidents: number;
  campaigns: number;
  /** The first and last day of any event, or null when there is none. */
  span: [string, string] | null;
  /** Of the campaigns alone, or null. */
  campaignSpan: [string, string] | null;
  /** Incidents per day they begin on, by day. */
  days: DayCount[];
}

/** What the time of an incident is the time of, when it is not stated as the attack's own. */
const TIME_BASIS: Record<string, string> = {
  statement_time: '; the time is when the attack was reported under way',
  linked_report: '; the time is from a second report linked to the incident',
};

function timelineEvent(e: Row): TimelineEvent {
  const [start, end, summary] = [String(e.date_start), String(e.date_end), String(e.summary)];
  const campaign = e.event_kind === 'campaign';
  const dates = start === end ? start : `${start} to ${end}`;
  // "2020-09-27 … September 27, 2020 … 6-week": the end was derived from its last words
  const derivedFrom = String(e.date_basis_quote ?? '')
    .split(' … ')
    .pop();
  return {
    event_id: String(e.event_id),
    document_id: String(e.document_id),
    kind: campaign ? 'campaign' : 'incident',
    date_start: start,
    date_end: end,
    when: whenText(e),
    summary,
    title: campaign
      ? `${summary} (${whenText(e)})`
      : `${summary} (${whenText(e)}${TIME_BASIS[String(e.time_basis)] ?? ''}; dates ${dates}, ${String(e.date_basis)})`,
    note:
      campaign && e.date_basis === 'derived_duration' ? `(end derived from “${derivedFrom}”)` : '',
  };
}

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);
const union = (a: [string, string] | null, b: [string, string] | null): [string, string] | null =>
  a && b ? [earlier(a[0], b[0]), later(a[1], b[1])] : (a ?? b);

/** The timeline of one document's events. Pure. */
export function timelineDigest(tables: Pick<Tables, 'events'>): TimelineDigest {
  const events = tables.events.map(timelineEvent);
  const incidents = events.filter((e) => e.kind === 'incident');
  const spanOf = (list: TimelineEvent[]) =>
    list.reduce<[string, string] | null>((s, e) => union(s, [e.date_start, e.date_end]), null);
  const byDay = new Map<string, DayCount>();
  for (const e of incidents) {
    const d = byDay.get(e.date_start) ?? [e.date_start, 0, 0];
    d[e.date_start === e.date_end ? 1 : 2]++;
    byDay.set(e.date_start, d);
  }
  return {
    events: events.length <= TIMELINE_MAX_EVENTS ? events : null,
    incidents: incidents.length,
    campaigns: events.length - incidents.length,
    span: spanOf(events),
    campaignSpan: spanOf(events.filter((e) => e.kind === 'campaign')),
    days: [...byDay.values()].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
  };
}

/** Two lists of days in order, merged: the counts of a day both have are added. */
function mergeDays(a: DayCount[], b: DayCount[]): DayCount[] {
  const out: DayCount[] = [];
  let [i, k] = [0, 0];
  while (i < a.length && k < b.length) {
    const [x, y] = [a[i] as DayCount, b[k] as DayCount];
    if (x[0] === y[0]) {
      out.push([x[0], x[1] + y[1], x[2] + y[2]]);
      i++;
      k++;
    } else if (x[0] < y[0]) {
      out.push([...x]);
      i++;
    } else {
      out.push([...y]);
      k++;
    }
  }
  return [
    ...out,
    ...a.slice(i).map((d): DayCount => [...d]),
    ...b.slice(k).map((d): DayCount => [...d]),
  ];
}

/**
 * The timeline of the documents of `a` followed by those of `b`. Associative: merging the
 * documents' digests in document order gives the same digest however they are grouped. Pure.
 */
export function mergeTimelines(a: TimelineDigest, b: TimelineDigest): TimelineDigest {
  const events =
    a.events && b.events && a.events.length + b.events.length <= TIMELINE_MAX_EVENTS
      ? [...a.events, ...b.events]
      : null;
  return {
    events,
    incidents: a.incidents + b.incidents,
    campaigns: a.campaigns + b.campaigns,
    span: union(a.span, b.span),
    campaignSpan: union(a.campaignSpan, b.campaignSpan),
    days: mergeDays(a.days, b.days),
  };
}

/** The timeline of no document, the identity of mergeTimelines. */
export const EMPTY_TIMELINE: TimelineDigest = {
  events: [],
  incidents: 0,
  campaigns: 0,
  span: null,
  campaignSpan: null,
  days: [],
};
