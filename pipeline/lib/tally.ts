/** How many of `items` have each status, every status counted (0 where none has it). */
export function tally<S extends string>(
  statuses: readonly S[],
  items: Iterable<{ status: S }> = [],
): Record<S, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const item of items) counts[item.status]++;
  return counts;
}

/** Adds the counts of `more` into `into`. */
export function addCounts<S extends string>(
  into: Record<S, number>,
  more: Record<S, number>,
): void {
  for (const s of Object.keys(more) as S[]) into[s] += more[s];
}
