import { describe, expect, it } from 'vitest';
import {
  EMPTY_TIMELINE,
  mergeTimelines,
  TIMELINE_MAX_EVENTS,
  type TimelineDigest,
  timelineDigest,
} from '../pipeline/explorer/timeline-digest.js';
import { MAX_BARS } from '../pipeline/explorer/timeline-histogram.js';
import { toTimelineSvg } from '../pipeline/explorer/to-timeline-svg.js';
import type { Row } from '../pipeline/records/tables.js';

/** An incident of a document on a day, or over a range of days. */
const incident = (doc: string, n: number, start: string, end = start): Row => ({
  event_id: `${doc}:inc-${n}`,
  document_id: doc,
  event_kind: 'incident',
  date_start: start,
  date_end: end,
  date_basis: start === end ? 'stated' : 'weekday_in_range',
  date_basis_quote: 'on Saturday',
  time_local: n % 2 === 0 ? null : '08:03',
  time_qualifier: null,
  time_basis: n % 2 === 0 ? null : 'attack_time',
  summary: `Shelling ${n} of Stepanakert`,
});
const campaign = (doc: string, start: string, end: string): Row => ({
  event_id: `${doc}:campaign`,
  document_id: doc,
  event_kind: 'campaign',
  date_start: start,
  date_end: end,
  date_basis: 'derived_duration',
  date_basis_quote: `${start} … 6-week`,
  time_local: null,
  time_qualifier: null,
  time_basis: null,
  summary: 'The bombardment',
});
const digestOf = (...events: Row[]) => timelineDigest({ events });
/** Many documents' digests merged in order, as a streaming build would. */
const merged = (digests: TimelineDigest[]) => digests.reduce(mergeTimelines, EMPTY_TIMELINE);

describe('the timeline digest of one document', () => {
  it('keeps every event with what the timeline writes of it, and the incidents per first day', () => {
    expect(
      digestOf(
        campaign('a', '2020-09-27', '2020-11-11'),
        incident('a', 1, '2020-10-03'),
        incident('a', 2, '2020-10-03', '2020-11-07'),
      ),
    ).toEqual({
      events: [
        {
          event_id: 'a:campaign',
          document_id: 'a',
          kind: 'campaign',
          date_start: '2020-09-27',
          date_end: '2020-11-11',
          when: '27 Sep – 11 Nov',
          summary: 'The bombardment',
          title: 'The bombardment (27 Sep – 11 Nov)',
          note: '(end derived from “6-week”)',
        },
        {
          event_id: 'a:inc-1',
          document_id: 'a',
          kind: 'incident',
          date_start: '2020-10-03',
          date_end: '2020-10-03',
          when: '3 Oct 08:03',
          summary: 'Shelling 1 of Stepanakert',
          title: 'Shelling 1 of Stepanakert (3 Oct 08:03; dates 2020-10-03, stated)',
          note: '',
        },
        {
          event_id: 'a:inc-2',
          document_id: 'a',
          kind: 'incident',
          date_start: '2020-10-03',
          date_end: '2020-11-07',
          when: '3 Oct – 7 Nov',
          summary: 'Shelling 2 of Stepanakert',
          title:
            'Shelling 2 of Stepanakert (3 Oct – 7 Nov; dates 2020-10-03 to 2020-11-07, weekday_in_range)',
          note: '',
        },
      ],
      incidents: 2,
      campaigns: 1,
      span: ['2020-09-27', '2020-11-11'],
      campaignSpan: ['2020-09-27', '2020-11-11'],
      days: [['2020-10-03', 1, 1]],
    });
  });

  it('of a document with no event is the empty timeline', () => {
    expect(digestOf()).toEqual(EMPTY_TIMELINE);
    expect(mergeTimelines(EMPTY_TIMELINE, EMPTY_TIMELINE)).toEqual(EMPTY_TIMELINE);
  });
});

describe('merging timelines', () => {
  const a = digestOf(campaign('a', '2020-09-27', '2020-11-11'), incident('a', 1, '2020-10-03'));
  const b = digestOf(incident('b', 1, '2020-09-20'), incident('b', 2, '2020-10-03', '2020-10-05'));
  const c = digestOf(incident('c', 1, '2020-12-01'));

  it('adds the counts of a day, keeps the events in document order and widens the span', () => {
    expect(mergeTimelines(a, b)).toEqual({
      events: [...(a.events ?? []), ...(b.events ?? [])],
      incidents: 3,
      campaigns: 1,
      span: ['2020-09-20', '2020-11-11'],
      campaignSpan: ['2020-09-27', '2020-11-11'],
      days: [
        ['2020-09-20', 1, 0],
        ['2020-10-03', 1, 1],
      ],
    });
  });

  it('gives the same digest and the same bytes however the documents are grouped', () => {
    const left = mergeTimelines(mergeTimelines(a, b), c);
    const right = mergeTimelines(a, mergeTimelines(b, c));
    expect(left).toEqual(right);
    expect(toTimelineSvg(left)).toBe(toTimelineSvg(right));
    // and the same as the digest of the three documents' events read as one
    expect(left).toEqual(
      digestOf(
        campaign('a', '2020-09-27', '2020-11-11'),
        incident('a', 1, '2020-10-03'),
        incident('b', 1, '2020-09-20'),
        incident('b', 2, '2020-10-03', '2020-10-05'),
        incident('c', 1, '2020-12-01'),
      ),
    );
  });

  it(`keeps the events while there are at most ${TIMELINE_MAX_EVENTS}, then only the counts per day`, () => {
    const docs = (n: number) =>
      Array.from({ length: n }, (_, i) => digestOf(incident(`d${i}`, 1, '2020-10-01')));
    expect(merged(docs(TIMELINE_MAX_EVENTS)).events).toHaveLength(TIMELINE_MAX_EVENTS);
    const past = merged(docs(TIMELINE_MAX_EVENTS + 1));
    expect(past).toEqual({
      events: null,
      incidents: 61,
      campaigns: 0,
      span: ['2020-10-01', '2020-10-01'],
      campaignSpan: null,
      days: [['2020-10-01', 61, 0]],
    });
    // once past, never back: a document with few events merged after it leaves it summarised
    expect(mergeTimelines(past, digestOf(incident('e', 1, '2020-10-02'))).events).toBeNull();
    // one document with too many events is summarised on its own
    const many = Array.from({ length: 61 }, (_, i) => incident('f', i, '2020-10-01'));
    expect(digestOf(...many).events).toBeNull();
  });

  it('stays the same size however many documents it summarises', () => {
    const doc = (i: number) =>
      digestOf(
        campaign(`d${i}`, '2020-09-27', '2020-11-11'),
        ...[0, 1, 2, 3, 4].map((k) => incident(`d${i}`, k, `2020-10-0${k + 1}`)),
      );
    const size = (n: number) =>
      JSON.stringify(merged(Array.from({ length: n }, (_, i) => doc(i)))).length;
    // only the digits of the counts grow
    expect(size(10_000) - size(100)).toBeLessThan(20);
    expect(size(10_000)).toBeLessThan(400);
  });
});

/** 61 incidents of one document on three days of October 2020, two of them ranges. */
const SIXTY_ONE = digestOf(
  campaign('a', '2020-10-01', '2020-10-03'),
  ...Array.from({ length: 58 }, (_, i) => incident('a', i, '2020-10-01')),
  incident('a', 58, '2020-10-03'),
  incident('a', 59, '2020-10-01', '2020-10-03'),
  incident('a', 60, '2020-10-01', '2020-10-02'),
);

describe('timeline.svg past the threshold', () => {
  it('is a histogram of the incidents per day, with their counts, the span and a caption', () => {
    expect(
      toTimelineSvg(SIXTY_ONE),
    ).toBe(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 900 364" width="900" height="364" role="img" aria-labelledby="timeline-title" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="13">
<title id="timeline-title">Incidents of the 2020 bombardment of Stepanakert, counted per day: 61 incidents, too many to draw one by one: each bar counts those that begin on its day (more than 60 events)</title>
<defs><pattern id="uncertain" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#c2410c" opacity="0.55"/></pattern></defs>
<rect x="0" y="0" width="900" height="364" fill="#ffffff"/>
<text x="64" y="24" font-weight="600" fill="#111827">61 incidents, too many to draw one by one: each bar counts those that begin on its day</text>
<rect x="64.0" y="52" width="812.0" height="16" rx="3" fill="#fde68a" stroke="#b45309"/>
<text x="70.0" y="64" fill="#78350f">The bombardment: 1 Oct – 3 Oct 2020</text>
<line x1="64" y1="296" x2="876" y2="296" stroke="#374151"/>
<line x1="64" y1="116" x2="876" y2="116" stroke="#e5e7eb"/>
<text x="56" y="120" text-anchor="end" fill="#374151">60</text>
<text x="56" y="300" text-anchor="end" fill="#374151">0</text>
<line x1="64.0" y1="296" x2="64.0" y2="301" stroke="#374151"/>
<text x="64.0" y="316" text-anchor="middle" fill="#374151">1 Oct 2020</text>
<g><title>2020-10-01: 60 incidents (58 dated to the day, 2 to a range of days beginning then)</title><rect x="64.0" y="122.0" width="269.7" height="174.0" fill="#b91c1c"/><rect x="64.0" y="116.0" width="269.7" height="6.0" fill="url(#uncertain)" stroke="#c2410c"/><text x="199.3" y="112.0" text-anchor="middle" font-size="11" fill="#111827">60</text></g>
<g><title>2020-10-03: 1 incident (1 dated to the day, 0 to a range of days beginning then)</title><rect x="605.3" y="293.0" width="269.7" height="3.0" fill="#b91c1c"/><text x="740.7" y="289.0" text-anchor="middle" font-size="11" fill="#111827">1</text></g>
<rect x="64" y="340" width="12" height="12" fill="#b91c1c"/><text x="82" y="350" fill="#374151">dated to the day</text>
<rect x="214" y="340" width="12" height="12" fill="url(#uncertain)" stroke="#c2410c"/><text x="232" y="350" fill="#374151">dated to a range of days, counted on its first day</text>
</svg>
`);
  });

  it('is the same picture inline in the page: no incident to select', () => {
    expect(toTimelineSvg(SIXTY_ONE, true)).toBe(toTimelineSvg(SIXTY_ONE));
  });

  it(`counts in bins of days over a long span: never more than ${MAX_BARS} bars`, () => {
    const days = Array.from({ length: 3650 }, (_, i) =>
      new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const svg = toTimelineSvg(digestOf(...days.map((d, i) => incident('a', i, d))));
    expect(svg).toContain('counted per 31 days: 3,650 incidents');
    expect(svg.match(/<g><title>/g)).toHaveLength(118);
    expect(svg).toContain('<g><title>2015-01-01 to 2015-01-31: 31 incidents (');
    expect(svg.length).toBeLessThan(60_000);
  });
});

describe('timeline.svg up to the threshold', () => {
  const two = mergeTimelines(
    digestOf(campaign('a', '2020-10-01', '2020-10-10'), incident('a', 1, '2020-10-02')),
    digestOf(
      campaign('b', '2020-10-01', '2020-10-12'),
      incident('b', 1, '2020-10-03', '2020-10-04'),
    ),
  );

  it('draws a lane per campaign and per incident, each a button of its document in the page', () => {
    const svg = toTimelineSvg(two, true);
    expect(svg.match(/<g data-event="[^"]*" data-document="[^"]*"/g)).toEqual([
      '<g data-event="a:campaign" data-document="a"',
      '<g data-event="b:campaign" data-document="b"',
      '<g data-event="a:inc-1" data-document="a"',
      '<g data-event="b:inc-1" data-document="b"',
    ]);
    expect(svg).toContain('viewBox="0 0 900 242"');
    expect(toTimelineSvg(two)).not.toContain('data-document');
    expect(toTimelineSvg(two)).not.toContain('role="button"');
  });
});
