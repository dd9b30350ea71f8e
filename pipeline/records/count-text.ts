import type { Row } from './tables.js';

/** 4258 → "4,258": digits grouped the same way on every machine (no locale). */
const grouped = (n: unknown) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A count as its words allow: "13", "4,258", "≥ 13 (more_than)", "no count given". */
export function countText(r: Row): string {
  const [lo, best, hi] = [r.count_low, r.count_best, r.count_high];
  if (best !== null && lo === best && hi === best) return grouped(best);
  if (r.qualifier === 'unspecified') return 'no count given';
  const range =
    best !== null
      ? `≈ ${grouped(best)}`
      : lo !== null && hi !== null
        ? `${grouped(lo)}–${grouped(hi)}`
        : lo !== null
          ? `≥ ${grouped(lo)}`
          : hi !== null
            ? `≤ ${grouped(hi)}`
            : 'no bound';
  return `${range} (${String(r.qualifier)})`;
}
