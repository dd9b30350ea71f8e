import { markdownText } from '../lib/markdown.js';
import { countText } from '../records/count-text.js';
import { headlineFigures } from '../records/headline.js';
import type { Row, Tables } from '../records/tables.js';

/**
 * The dataset card's "Limits and known gaps": each limit a function of the built tables, so that
 * every figure and quote it gives is the data's. A limit that does not apply gives undefined.
 * Add a limit by adding a function to LIMITS.
 */
export type Limit = (tables: Tables) => string | undefined;

/** A value of the tables quoted into the card, Markdown escaped. */
export const md = (value: unknown) => markdownText(String(value));
const quoted = (title: unknown) => `"${md(title)}"`;
/** "a", "a and b", "a, b and c". */
export const list = (items: string[]) =>
  items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
/** The verb after a count: "1 record has", "2 records have". */
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
const documentNames = (docs: Row[]) =>
  list(docs.map((d) => `${quoted(d.title)} (${md(d.publisher)})`));

/** What was read: the documents; the parties they cite are recorded, not read. */
const sourcesRead: Limit = ({ documents, actors }) => {
  const cited = actors.filter((a) => a.actor_type !== 'unattributed').length;
  const sources = documents.length === 1 ? 'One source' : `${documents.length} sources`;
  const cite = verb(documents.length, 'it cites', 'they cite');
  const parties = verb(cited, 'party', 'parties');
  return `${sources}: ${documentNames(documents)}. The ${cited} ${parties} ${cite} ${verb(cited, 'is', 'are')} recorded as actors with the words that name them; their own reports are not read.`;
};

const unknownRevisions: Limit = ({ documents }) => {
  const unknown = documents.filter((d) => d.revision_id === null);
  if (unknown.length === 0) return undefined;
  return `The revision of ${list(unknown.map((d) => quoted(d.title)))} is unknown (not recorded in the snapshot); offsets are valid for the snapshot whose SHA-256 is given above.`;
};

const incidentsAndTotals: Limit = (tables) => {
  const { casualties, buildings } = headlineFigures(tables);
  const totals = [
    ...casualties.map((c) => `${countText(c)} ${String(c.outcome)}`),
    ...buildings.map((d) => `${countText(d)} ${String(d.unit)}`),
  ];
  const incidents = tables.events.filter((e) => e.event_kind === 'incident').length;
  const told = `Incidents are only those ${verb(tables.documents.length, 'the source tells', 'the sources tell')} of (${incidents})`;
  return totals.length === 0
    ? `${told}.`
    : `${told}; the campaign totals (${totals.join(', ')}) are stated for the whole campaign and may count attacks no incident record describes.`;
};

const dateRanges: Limit = ({ events }) => {
  const incidents = events.filter((e) => e.event_kind === 'incident');
  const ranges = incidents.filter((e) => e.date_start !== e.date_end);
  if (ranges.length === 0) return undefined;
  const shown = ranges.map(
    (e) => `\n  - ${String(e.date_start)} to ${String(e.date_end)}: ${md(e.summary)}`,
  );
  return `${ranges.length} of the ${incidents.length} incidents ${verb(ranges.length, 'has', 'have')} a range of days, not a day; the ranges are not narrowed by guesswork:${shown.join('')}`;
};

const unattributedClaims: Limit = ({ actors, claims }) => {
  const unattributed = new Set(
    actors.filter((a) => a.actor_type === 'unattributed').map((a) => a.actor_id),
  );
  const count = claims.filter((c) => unattributed.has(c.actor_id)).length;
  if (count === 0) return undefined;
  return `${count} of the ${claims.length} claims ${verb(count, 'comes', 'come')} from sentences with no source within reach (\`attribution_basis\` \`none\`), the document's own voice. A sentence that names no source but continues a source's account in the same paragraph is attributed to that source (\`continuation\`); which source it continues is a reading, and the annotations' notes give it.`;
};

const uncountedDamage: Limit = ({ damage }) => {
  const uncounted = damage.filter((d) => d.qualifier === 'unspecified');
  const first = uncounted[0];
  if (!first) return undefined;
  return `${uncounted.length} of the ${damage.length} damage records ${verb(uncounted.length, 'gives', 'give')} no number, as ${verb(uncounted.length, 'its words give', 'their words give')} none: ${quoted(first.quote)} says nothing of how many.`;
};

export const LIMITS: Limit[] = [
  sourcesRead,
  unknownRevisions,
  incidentsAndTotals,
  dateRanges,
  unattributedClaims,
  uncountedDamage,
];

/** The limits that apply to these tables, one Markdown list item each. */
export const limitLines = (tables: Tables): string[] =>
  LIMITS.map((limit) => limit(tables))
    .filter((line) => line !== undefined)
    .map((line) => `- ${line}`);
