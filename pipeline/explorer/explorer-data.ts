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
  const points = new Map<string, string[]>();
  const paragraphs: Record<string, Paragraph> = {};
  const paragraphOf = (r: Row): string => {
    const doc = String(r.document_id);
    let cps = points.get(doc);
    if (!cps) {
      cps = Array.from(texts.get(doc) ?? '');
      points.set(doc, cps);
    }
    let start = Number(r.span_start);
    while (start > 0 && cps[start - 1] !== '\n') start--;
    let end = Number(r.span_end);
    while (end < cps.length && cps[end] !== '\n') end++;
    const key = `${doc}@${start}`;
    paragraphs[key] ??= { document_id: doc, start, text: cps.slice(start, end).join('') };
    return key;
  };
  const pick = (r: Row, keys: string[]) => ({
    ...Object.fromEntries(keys.map((k) => [k, r[k] ?? null])),
    p: paragraphOf(r),
  });
  const common = ['document_id', 'span_start', 'span_end', 'quote'];
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
        ...common,
      ]),
      when: whenText(e),
    })),
    casualties: tables.casualties.map((r) =>
      pick(r, ['casualty_id', 'event_id', 'outcome', 'population', ...counts, 'scope', ...common]),
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
