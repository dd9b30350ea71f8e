import { type CodePointText, codePointText } from '../lib/code-points.js';
import type { Row, Tables } from '../records/tables.js';
import { whenText } from './to-timeline-svg.js';

export interface Paragraph {
  document_id: string;
  /** Code point offset of the paragraph in its document. */
  start: number;
  text: string;
}

/**
 * What the explorer page needs: the records with the key of the paragraph they were quoted
 * from, and those paragraphs (not the whole text), keyed "<document>@<start>". Pure.
 */
export function explorerData(tables: Tables, texts: Map<string, string>) {
  const documents = new Map<string, CodePointText>();
  const paragraphs: Record<string, Paragraph> = {};
  const paragraphOf = (r: Row): string => {
    const doc = String(r.document_id);
    let t = documents.get(doc);
    if (!t) {
      t = codePointText(texts.get(doc) ?? '');
      documents.set(doc, t);
    }
    // the line around the span, found in UTF-16 and counted back in code points
    const from = t.text.lastIndexOf('\n', t.unit(Number(r.span_start)) - 1) + 1;
    const newline = t.text.indexOf('\n', t.unit(Number(r.span_end)));
    const to = newline === -1 ? t.text.length : newline;
    const start = t.codePoint(from);
    const key = `${doc}@${start}`;
    paragraphs[key] ??= { document_id: doc, start, text: t.text.slice(from, to) };
    return key;
  };
  const pick = (r: Row, keys: string[]) => ({
    ...Object.fromEntries(keys.map((k) => [k, r[k] ?? null])),
    p: paragraphOf(r),
  });
  // the quote is not repeated: the page slices it out of its paragraph
  const common = ['document_id', 'span_start', 'span_end'];
  const counts = ['count_low', 'count_best', 'count_high', 'qualifier', 'count_quote'];
  return {
    events: tables.events.map((e) => ({
      ...pick(e, [
        'event_id',
        'event_kind',
        'date_start',
        'date_end',
        'date_precision',
        'date_basis',
        'time_local',
        'time_qualifier',
        'summary',
        'place_id',
        ...common,
      ]),
      when: whenText(e),
    })),
    event_actors: tables.event_actors.map((r) =>
      pick(r, ['event_actor_id', 'event_id', 'actor_id', 'role', ...common]),
    ),
    places: tables.places.map((r) =>
      pick(r, [
        'place_id',
        'name',
        'latitude',
        'longitude',
        'geo_precision',
        'coordinates_source',
        'coordinates_licence',
        ...common,
      ]),
    ),
    exclusions: tables.exclusions.map((r) =>
      pick(r, ['mention_id', 'mention_type', 'category', 'reason', ...common]),
    ),
    casualties: tables.casualties.map((r) =>
      pick(r, [
        'casualty_id',
        'event_id',
        'outcome',
        'population',
        ...counts,
        'scope',
        'included_in',
        ...common,
      ]),
    ),
    damage: tables.damage.map((r) =>
      pick(r, [
        'damage_id',
        'event_id',
        'object',
        'object_category',
        'damage_level',
        'unit',
        ...counts,
        'scope',
        'place_id',
        'included_in',
        ...common,
      ]),
    ),
    munitions: tables.munitions.map((r) =>
      pick(r, [
        'munition_id',
        'event_id',
        'weapon',
        'weapon_category',
        'origin',
        'unit',
        ...counts,
        'scope',
        ...common,
      ]),
    ),
    claims: tables.claims.map((r) =>
      pick(r, [
        'claim_id',
        'subject_table',
        'subject_id',
        'actor_id',
        'stance',
        'attribution_basis',
        'statement_date',
        ...common,
      ]),
    ),
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
    paragraphs,
  };
}
