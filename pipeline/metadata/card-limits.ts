import { markdownText } from '../lib/markdown.js';
import { countText } from '../records/count-text.js';
import type { Digest } from '../records/digest.js';
import type { Row } from '../records/tables.js';

/**
 * The dataset card's "Limits and known gaps": each limit a function of the tables' digest, so that
 * every figure and quote it gives is the data's. A limit that does not apply gives undefined.
 * Add a limit by adding a function to LIMITS.
 */
export type Limit = (digest: Digest) => string | undefined;

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
const sourcesRead: Limit = ({ documents, cited_actors: cited }) => {
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

const incidentsAndTotals: Limit = (digest) => {
  const { casualties, buildings } = digest.headline;
  const totals = [
    ...casualties.map((c) => `${countText(c)} ${String(c.outcome)}`),
    ...buildings.map((d) => `${countText(d)} ${String(d.unit)}`),
  ];
  const incidents = digest.incidents;
  const told = `Incidents are only those ${verb(digest.documents.length, 'the source tells', 'the sources tell')} of (${incidents})`;
  return totals.length === 0
    ? `${told}.`
    : `${told}; the campaign totals (${totals.join(', ')}) are stated for the whole campaign and may count attacks no incident record describes.`;
};

const dateRanges: Limit = ({ incidents, ranges }) => {
  if (ranges.length === 0) return undefined;
  const shown = ranges.map(
    (e) => `\n  - ${String(e.date_start)} to ${String(e.date_end)}: ${md(e.summary)}`,
  );
  return `${ranges.length} of the ${incidents} incidents ${verb(ranges.length, 'has', 'have')} a range of days, not a day; the ranges are not narrowed by guesswork:${shown.join('')}`;
};

const unattributedClaims: Limit = ({ unattributed_claims: count, counts }) => {
  if (count === 0) return undefined;
  return `${count} of the ${counts.claims} claims ${verb(count, 'comes', 'come')} from sentences with no source within reach (\`attribution_basis\` \`none\`), the document's own voice. A sentence that names no source but continues a source's account in the same paragraph is attributed to that source (\`continuation\`); which source it continues is a reading, and the annotations' notes give it.`;
};

const uncountedDamage: Limit = ({ uncounted_damage: n, first_uncounted_quote: first, counts }) => {
  if (first === null) return undefined;
  return `${n} of the ${counts.damage} damage records ${verb(n, 'gives', 'give')} no number, as ${verb(n, 'its words give', 'their words give')} none: ${quoted(first)} says nothing of how many.`;
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
export const limitLines = (digest: Digest): string[] =>
  LIMITS.map((limit) => limit(digest))
    .filter((line) => line !== undefined)
    .map((line) => `- ${line}`);
