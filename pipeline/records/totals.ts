import type { Row } from './tables.js';

/** A sum over the figures included in no other: the way to total without counting twice. */
export interface Total {
  outcome: string;
  /** How many rows were added (those with a count and an empty included_in). */
  rows: number;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
}

/**
 * Casualties per outcome, added up the documented way: only rows whose included_in is empty
 * (a figure that is part of a larger one is already in it), and only rows that give a count.
 * count_best and count_high are sums only when every added row has one. Pure.
 */
export function casualtyTotals(casualties: Row[]): Total[] {
  const outcomes = [...new Set(casualties.map((c) => String(c.outcome)))].sort();
  return outcomes.map((outcome) => {
    const rows = casualties.filter(
      (c) => c.outcome === outcome && c.included_in === null && c.count_quote !== null,
    );
    const sum = (k: string, allNeeded: boolean) => {
      const values = rows.map((r) => r[k]);
      if (values.length === 0 || (allNeeded && values.some((v) => v === null))) return null;
      return values.reduce<number>((s, v) => s + Number(v ?? 0), 0);
    };
    return {
      outcome,
      rows: rows.length,
      count_low: sum('count_low', false),
      count_best: sum('count_best', true),
      count_high: sum('count_high', true),
    };
  });
}
