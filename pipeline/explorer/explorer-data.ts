import { codePointText } from '../lib/code-points.js';
import { countText } from '../records/count-text.js';
import { headlineFigures } from '../records/headline.js';
import type { Row, Tables, Value } from '../records/tables.js';
import { whenText } from './timeline-text.js';

export interface Paragraph {
  document_id: string;
  /** Code point offset of the paragraph in its document. */
  start: number;
  text: string;
}

/** A headline total as the page shows it: [label, count, quote]. */
export type Headline = [label: string, count: string, quote: string];

/** The stated totals of the bombardment the rows give (the campaign's counted figures). Pure. */
export function headlineOf(tables: Pick<Tables, 'events' | 'casualties' | 'damage'>): Headline[] {
  const figures = headlineFigures(tables);
  return [
    ...figures.casualties.map((c): Headline => [String(c.outcome), countText(c), String(c.quote)]),
    ...figures.buildings.map((d): Headline => ['buildings damaged', countText(d), String(d.quote)]),
  ];
}

// the quote is not repeated: the page slices it out of its paragraph
const COMMON = ['document_id', 'span_start', 'span_end'];
const COUNTS = ['count_low', 'count_best', 'count_high', 'qualifier', 'count_quote'];

/** The fields of each table the page shows or filters on, each record with its paragraph. */
const FIELDS = {
  events: [
    ...['event_id', 'event_kind', 'date_start', 'date_end', 'date_precision', 'date_basis'],
    ...['time_local', 'time_qualifier', 'summary', 'place_id', ...COMMON],
  ],
  event_actors: ['event_actor_id', 'event_id', 'actor_id', 'role', ...COMMON],
  places: [
    ...['place_id', 'name', 'latitude', 'longitude', 'geo_precision', 'coordinates_source'],
    ...['coordinates_licence', ...COMMON],
  ],
  exclusions: ['mention_id', 'mention_type', 'category', 'reason', ...COMMON],
  casualties: [
    ...['casualty_id', 'event_id', 'outcome', 'population', ...COUNTS],
    ...['scope', 'included_in', ...COMMON],
  ],
  damage: [
    ...['damage_id', 'event_id', 'object', 'object_category', 'damage_level', 'unit', ...COUNTS],
    ...['scope', 'place_id', 'included_in', ...COMMON],
  ],
  munitions: [
    ...['munition_id', 'event_id', 'weapon', 'weapon_category', 'origin', 'unit', ...COUNTS],
    ...['scope', ...COMMON],
  ],
  claims: [
    ...['claim_id', 'subject_table', 'subject_id', 'actor_id', 'stance', 'attribution_basis'],
    ...['statement_date', ...COMMON],
  ],
} as const;

/** The key "<document>@<start>" of the line around each record's span, and those lines. */
function paragraphFinder(text: string) {
  const t = codePointText(text);
  const paragraphs: Record<string, Paragraph> = {};
  const of = (r: Row): string => {
    const doc = String(r.document_id);
    // the line around the span, found in UTF-16 and counted back in code points
    const from = t.text.lastIndexOf('\n', t.unit(Number(r.span_start)) - 1) + 1;
    const newline = t.text.indexOf('\n', t.unit(Number(r.span_end)));
    const to = newline === -1 ? t.text.length : newline;
    const start = t.codePoint(from);
    const key = `${doc}@${start}`;
    paragraphs[key] ??= { document_id: doc, start, text: t.text.slice(from, to) };
    return key;
  };
  return { of, paragraphs };
}

/**
 * What the explorer page needs of one document: its records, each with the key of the
 * paragraph it was quoted from, those paragraphs (not the whole text), keyed
 * "<document>@<start>", its actors, its documents row and its headline totals. `tables` holds
 * that document's rows only and `text` is its text. Pure.
 */
export function explorerData(tables: Tables, text: string) {
  const paragraph = paragraphFinder(text);
  // each record built key by key: records of a table then share one shape, which JSON.stringify
  // writes far faster than the dictionaries Object.fromEntries makes
  const pick = (r: Row, keys: readonly string[]) => {
    const o: Record<string, Value | string> = {};
    for (const k of keys) o[k] = r[k] ?? null;
    o.p = paragraph.of(r);
    return o;
  };
  const records = Object.fromEntries(
    Object.entries(FIELDS).map(([table, keys]) => [
      table,
      tables[table as keyof typeof FIELDS].map((r) => {
        const o = pick(r, keys);
        if (table === 'events') o.when = whenText(r);
        return o;
      }),
    ]),
  );
  return {
    ...records,
    actors: tables.actors.map((r) => ({
      actor_id: r.actor_id,
      name: r.name,
      actor_type: r.actor_type,
      affiliation: r.affiliation,
    })),
    documents: tables.documents.map((d) => ({
      document_id: d.document_id,
      title: d.title,
      address: d.address,
      licence: d.licence,
      licence_url: d.licence_url,
    })),
    headline: headlineOf(tables),
    paragraphs: paragraph.paragraphs,
  };
}
