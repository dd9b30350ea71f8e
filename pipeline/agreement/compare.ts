import type { Value } from '../records/tables.js';
import { CODED_FIELDS, CODED_TABLES, type CodedRecord, type CodedTable } from './codings.js';

export interface FieldAgreement {
  table: CodedTable;
  field: string;
  /** Matched pairs compared on this field. */
  compared: number;
  agreed: number;
  /** Percent of compared pairs that agree, one decimal; null when none was compared. */
  percent: number | null;
  /** Cohen's kappa, three decimals, for category fields; null when undefined (one category only). */
  kappa: number | null;
}

export interface TableAgreement {
  table: CodedTable;
  first: number;
  second: number;
  matched: number;
  /** Keys of the records only one coding has. */
  only_first: string[];
  only_second: string[];
  fields: FieldAgreement[];
}

/** A pair of matched records, first coding's key → second coding's key. */
export type Matches = Map<string, string>;

/** Identity fields: among overlapping records, pairs that agree on these are matched first. */
const IDENTITY: Partial<Record<CodedTable, string>> = {
  casualties: 'outcome',
  claims: 'subject',
};

const overlap = (a: [number, number], b: [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** The best overlap of two records' spans relative to their union (Jaccard), 0 when none overlap. */
function closeness(x: CodedRecord, y: CodedRecord): number {
  let best = 0;
  for (const a of x.spans)
    for (const b of y.spans) {
      const o = overlap(a, b);
      if (o > 0) best = Math.max(best, o / (Math.max(a[1], b[1]) - Math.min(a[0], b[0])));
    }
  return best;
}

/** Whether two values of a field agree; references through the matches made so far. */
export function agrees(kind: string, first: Value, second: Value, matches: Matches): boolean {
  if (first === null || second === null) return first === second;
  if (kind === 'reference') return matches.get(String(first)) === String(second);
  if (typeof first === 'string' && typeof second === 'string')
    return words(first) === words(second);
  return first === second;
}

/** Words compared as words: case, runs of white space and the kind of quote marks aside. */
const words = (s: string) =>
  s
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .toLowerCase();

/**
 * Matches the records of one table one to one. Candidates are pairs whose spans overlap by at
 * least one code point; they are taken best first (agreeing on the table's identity field, then
 * the larger overlap relative to the union of the spans, then text order and keys), each record
 * in at most one pair. What is left is unmatched.
 */
export function matchTable(
  table: CodedTable,
  first: CodedRecord[],
  second: CodedRecord[],
  matches: Matches,
): void {
  const identity = IDENTITY[table];
  const kind = CODED_FIELDS[table].find((f) => f.name === identity)?.kind ?? 'value';
  const candidates: { f: CodedRecord; s: CodedRecord; same: number; close: number }[] = [];
  for (const f of first)
    for (const s of second) {
      const close = closeness(f, s);
      if (close === 0) continue;
      const same = identity
        ? Number(agrees(kind, f.fields[identity] ?? null, s.fields[identity] ?? null, matches))
        : 0;
      candidates.push({ f, s, same, close });
    }
  candidates.sort(
    (a, b) =>
      b.same - a.same ||
      b.close - a.close ||
      (a.f.spans[0]?.[0] ?? 0) - (b.f.spans[0]?.[0] ?? 0) ||
      compare(a.f.key, b.f.key) ||
      compare(a.s.key, b.s.key),
  );
  const taken = new Set<string>();
  for (const c of candidates) {
    if (matches.has(c.f.key) || taken.has(c.s.key)) continue;
    matches.set(c.f.key, c.s.key);
    taken.add(c.s.key);
  }
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Cohen's kappa of two codings of the same items: (p_o − p_e) / (1 − p_e); null when p_e = 1. */
export function cohensKappa(pairs: [string, string][]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const one = new Map<string, number>();
  const two = new Map<string, number>();
  let observed = 0;
  for (const [a, b] of pairs) {
    if (a === b) observed++;
    one.set(a, (one.get(a) ?? 0) + 1);
    two.set(b, (two.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [c, k] of one) expected += (k / n) * ((two.get(c) ?? 0) / n);
  if (expected === 1) return null;
  return (observed / n - expected) / (1 - expected);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Compares two codings of one document: records matched by span overlap within each table,
 * then every field of every matched pair. Pure.
 */
export function compareCodings(first: CodedRecord[], second: CodedRecord[]): TableAgreement[] {
  const matches: Matches = new Map();
  const of = (records: CodedRecord[], t: CodedTable) => records.filter((r) => r.table === t);
  for (const t of CODED_TABLES) matchTable(t, of(first, t), of(second, t), matches);
  const byKey = new Map(second.map((r) => [r.key, r]));
  return CODED_TABLES.map((table) => {
    const f = of(first, table);
    const s = of(second, table);
    const pairs = f.flatMap((r) => {
      const other = byKey.get(matches.get(r.key) ?? '');
      return other ? [[r, other] as const] : [];
    });
    const matchedSecond = new Set(pairs.map(([, o]) => o.key));
    const fields = CODED_FIELDS[table].map((field): FieldAgreement => {
      const agreed = pairs.filter(([x, y]) =>
        agrees(field.kind, x.fields[field.name] ?? null, y.fields[field.name] ?? null, matches),
      ).length;
      const shown = (v: Value | undefined) => (v === null || v === undefined ? '' : String(v));
      const kappa =
        field.kind === 'category'
          ? cohensKappa(
              pairs.map(([x, y]) => [shown(x.fields[field.name]), shown(y.fields[field.name])]),
            )
          : null;
      return {
        table,
        field: field.name,
        compared: pairs.length,
        agreed,
        percent: pairs.length === 0 ? null : round((100 * agreed) / pairs.length, 1),
        kappa: kappa === null ? null : round(kappa, 3),
      };
    });
    return {
      table,
      first: f.length,
      second: s.length,
      matched: pairs.length,
      only_first: f.filter((r) => !matches.has(r.key)).map((r) => r.key),
      only_second: s.filter((r) => !matchedSecond.has(r.key)).map((r) => r.key),
      fields,
    };
  });
}
