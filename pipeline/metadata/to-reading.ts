import { schemaJson } from '../lib/schema-files.js';
import { versionedAddress } from './home.js';
import { readingSections } from './recipes.js';
import type { ReleaseInfo } from './to-datapackage.js';

/** The folder address of a release: every file of that version is `<base><file>`. */
export const releaseBase = (version: string): string => versionedAddress(version, '');

/** dist/READING.md: how to read every table with its types, in each reader, generated from schemas/. */
export function toReading(release: ReleaseInfo): string {
  const dataset = schemaJson('dataset.json') as { title: string };
  return `# Reading the tables with their types: ${dataset.title}

Version ${release.version}. Generated from the JSON Schemas in \`schemas/\`; do not edit by hand.

Left to guess, readers change the data: pandas reads every count as a float (\`51.0\`, \`NaN\`) and leaves dates as text, readr reads \`time_local\` as a time of day and counts as doubles, and auto-typing turns some \`count_quote\` words into numbers. The code below names the type of every column, as \`CODEBOOK.md\` defines it: counts and offsets are nullable integers, dates are dates, and everything else (ids, times \`HH:MM\`, UTC offsets, quotes, count words) is text. An empty CSV field is a missing value and nothing else is.

\`base\` is the address of this version's files in the release; a local folder (ending in \`/\`) works the same. The Parquet files are typed already.

${readingSections(releaseBase(release.version)).join('\n').trimEnd()}
`;
}
