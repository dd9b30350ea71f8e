import { headlineFigures } from './headline.js';
import { type Row, TABLES, type TableName, type Tables } from './tables.js';

/** One outcome's casualties, added up the documented way and the naive way. */
export interface OutcomeSums {
  outcome: string;
  /** Rows added the documented way: a count, and an empty included_in. */
  rows: number;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
  /** Whether some added row has no count_best / count_high (then that sum is not given). */
  best_missing: boolean;
  high_missing: boolean;
  /** count_best of every row, added up naively. */
  naive_best: number;
}

/**
 * What the metadata (descriptor, card, licence) needs of the tables, and nothing more: the small
 * tables whole (documents, places: one row per document or place), counts, sums, and the few
 * rows the card quotes. A digest of any set of documents' rows is their digests added up (addDigest)
 * in document order, so a build keeps one digest, never every row. Pure.
 */
export interface Digest {
  counts: Record<TableName, number>;
  documents: Row[];
  places: Row[];
  /** The campaigns' stated totals that give a count (headlineFigures). */
  headline: { casualties: Row[]; buildings: Row[] };
  incidents: number;
  /** Incidents dated by a range of days: start, end and summary. */
  ranges: Row[];
  /** Actors other than the unattributed voice of a document. */
  cited_actors: number;
  /** Claims of an unattributed voice. */
  unattributed_claims: number;
  /** Damage records that give no number, and the first one's quote. */
  uncounted_damage: number;
  first_uncounted_quote: string | null;
  /** Casualty rows that are part of a larger figure (included_in set). */
  casualty_parts: number;
  casualty_sums: OutcomeSums[];
}

const pick = (r: Row, keys: string[]): Row =>
  Object.fromEntries(keys.map((k) => [k, r[k] ?? null]));
const HEADLINE = [
  'outcome',
  'object',
  'damage_level',
  'unit',
  'count_low',
  'count_best',
  'count_high',
  'qualifier',
  'count_quote',
  'quote',
];

/** The digest of some documents' rows (a whole corpus, or one document). */
export function digestOf(tables: Tables): Digest {
  const unattributed = new Set(
    tables.actors.filter((a) => a.actor_type === 'unattributed').map((a) => a.actor_id),
  );
  const incidents = tables.events.filter((e) => e.event_kind === 'incident');
  const uncounted = tables.damage.filter((d) => d.qualifier === 'unspecified');
  const figures = headlineFigures(tables);
  return {
    counts: Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Digest['counts'],
    documents: tables.documents,
    places: tables.places,
    headline: {
      casualties: figures.casualties.map((r) => pick(r, HEADLINE)),
      buildings: figures.buildings.map((r) => pick(r, HEADLINE)),
    },
    incidents: incidents.length,
    ranges: incidents
      .filter((e) => e.date_start !== e.date_end)
      .map((e) => pick(e, ['date_start', 'date_end', 'summary'])),
    cited_actors: tables.actors.length - unattributed.size,
    unattributed_claims: tables.claims.filter((c) => unattributed.has(c.actor_id)).length,
    uncounted_damage: uncounted.length,
    first_uncounted_quote: uncounted[0] === undefined ? null : String(uncounted[0].quote),
    casualty_parts: tables.casualties.filter((c) => c.included_in !== null).length,
    casualty_sums: outcomeSums(tables.casualties),
  };
}

function outcomeSums(casualties: Row[]): OutcomeSums[] {
  const outcomes = [...new Set(casualties.map((c) => String(c.outcome)))].sort();
  return outcomes.map((outcome) => {
    const all = casualties.filter((c) => c.outcome === outcome);
    const added = all.filter((c) => c.included_in === null && c.count_quote !== null);
    const sum = (k: string) =>
      added.length === 0 ? null : added.reduce((s, r) => s + Number(r[k] ?? 0), 0);
    return {
      outcome,
      rows: added.length,
      count_low: sum('count_low'),
      count_best: sum('count_best'),
      count_high: sum('count_high'),
      best_missing: added.some((r) => r.count_best === null),
      high_missing: added.some((r) => r.count_high === null),
      naive_best: all.reduce((s, r) => s + Number(r.count_best ?? 0), 0),
    };
  });
}

const add = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : x + y);

function mergeSums(a: OutcomeSums[], b: OutcomeSums[]): OutcomeSums[] {
  const by = new Map(a.map((s) => [s.outcome, s]));
  for (const s of b) {
    const t = by.get(s.outcome);
    by.set(
      s.outcome,
      t === undefined
        ? s
        : {
            outcome: s.outcome,
            rows: t.rows + s.rows,
            count_low: add(t.count_low, s.count_low),
            count_best: add(t.count_best, s.count_best),
            count_high: add(t.count_high, s.count_high),
            best_missing: t.best_missing || s.best_missing,
            high_missing: t.high_missing || s.high_missing,
            naive_best: t.naive_best + s.naive_best,
          },
    );
  }
  return [...by.values()].sort((x, y) => (x.outcome < y.outcome ? -1 : 1));
}

/** Adds the digest of the documents that follow into `into` (a build keeps one, adding each document's). */
export function addDigest(into: Digest, b: Digest): void {
  for (const t of TABLES) into.counts[t] += b.counts[t];
  // the documents table is in id order, which is not the order documents stream in ("<id>:"
  // puts "doc-2" before "doc"): each is put where its id sorts, from the end
  for (const d of b.documents) {
    let i = into.documents.length;
    while (i > 0 && String(into.documents[i - 1]?.document_id) > String(d.document_id)) i--;
    into.documents.splice(i, 0, d);
  }
  into.places.push(...b.places);
  into.headline.casualties.push(...b.headline.casualties);
  into.headline.buildings.push(...b.headline.buildings);
  into.incidents += b.incidents;
  into.ranges.push(...b.ranges);
  into.cited_actors += b.cited_actors;
  into.unattributed_claims += b.unattributed_claims;
  into.uncounted_damage += b.uncounted_damage;
  into.first_uncounted_quote ??= b.first_uncounted_quote;
  into.casualty_parts += b.casualty_parts;
  into.casualty_sums = mergeSums(into.casualty_sums, b.casualty_sums);
}

/** The digest of no rows. */
export const emptyDigest = (): Digest =>
  digestOf(Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Tables);
