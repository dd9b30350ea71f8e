import type { Row } from './tables.js';

/**
 * The bombardment's stated totals: the campaign's casualty figures that give a count, and its
 * count of damaged buildings. One selection for the stats command, the explorer and the card.
 */
export function headlineFigures(tables: { events: Row[]; casualties: Row[]; damage: Row[] }): {
  casualties: Row[];
  buildings: Row[];
} {
  const campaigns = new Set(
    tables.events.filter((e) => e.event_kind === 'campaign').map((e) => e.event_id),
  );
  const counted = (r: Row) => campaigns.has(r.event_id) && r.count_quote !== null;
  return {
    casualties: tables.casualties.filter(counted),
    buildings: tables.damage.filter((d) => counted(d) && d.unit === 'buildings'),
  };
}
