import { TABLES } from '../records/tables.js';
import { archiveName, home, latestAddress, versionedAddress, workbookName } from './home.js';
import { pandas, r } from './recipes.js';
import type { ReleaseInfo } from './to-datapackage.js';
import { releaseBase } from './to-reading.js';

const link = (label: string, address: string) => `[${label}](${address})`;

/** Where every file is: per table, each format in the latest release and in this version's. */
export function downloadSection(release: ReleaseInfo): string {
  const v = release.version;
  const formats = ['csv', 'json', 'parquet'];
  const row = (name: string, files: string[]) =>
    `| ${name} | ${files.map((f) => link(f.split('.').pop() ?? f, latestAddress(f))).join(' · ')} | ${files.map((f) => link(f.split('.').pop() ?? f, versionedAddress(v, f))).join(' · ')} |`;
  return `## Download

The dataset's home is <${home().repository}>; every release is at <${home().releases}>. An address under \`latest\` always gives the newest release; an address with the version (v${v}) never changes: cite that one.

| file | latest release | version ${v} |
| --- | --- | --- |
${TABLES.map((t) =>
  row(
    `\`${t}\``,
    formats.map((ext) => `${t}.${ext}`),
  ),
).join('\n')}
${['datapackage.json', 'CODEBOOK.md', 'READING.md', workbookName(), 'SHA256SUMS', archiveName()].map((f) => row(`\`${f}\``, [f])).join('\n')}

\`${archiveName()}\` holds every file of the release in one folder. The same files are in the npm package \`stepanakert-bombardment-2020\` (\`npm install stepanakert-bombardment-2020\`, then \`import { casualties } from "stepanakert-bombardment-2020"\`).`;
}

/** How to check a whole download or one file of it. */
export function checkingSection(): string {
  return `## Checking a download

\`SHA256SUMS\` lists the SHA-256 of every file. In a folder with the whole release, \`sha256sum -c SHA256SUMS\` checks them all. With only some of the files, put \`SHA256SUMS\` beside them and run \`sha256sum -c --ignore-missing SHA256SUMS\`: it checks the files that are there and says nothing of the others (without \`--ignore-missing\` every absent file is a failure). On macOS, \`shasum -a 256 -c --ignore-missing SHA256SUMS\`. \`datapackage.json\` gives the same hashes (\`sha256:…\`) and sizes; in the repository, \`make check OUT=<folder>\` checks every file, row and key.`;
}

/** Reading a table from the web with its types, and where the rest of the recipes are. */
export function readingSection(release: ReleaseInfo): string {
  const base = releaseBase(release.version);
  return `## Reading with the right types

Read with default settings, pandas turns the counts into floats, readr reads \`time_local\` as a time of day, and auto-typing turns some count words into numbers. \`READING.md\` gives, for every table, the code that names each column's type, for pandas, R (readr, jsonlite), polars, nodejs-polars, DuckDB and JavaScript (Node, the browser, Observable). For example, the casualties straight from this release:

\`\`\`python
${pandas.setup}
base = "${base}"
${pandas.table('casualties').csv}
\`\`\`

\`\`\`r
${r.setup}
base <- "${base}"
${r.table('casualties').csv}
\`\`\``;
}

/** How to open the data in a spreadsheet without it being changed. */
export function spreadsheetSection(): string {
  return `## Opening in a spreadsheet

Open \`${workbookName()}\`: a README sheet (licence, attribution, codebook) and one sheet per table, every cell typed (integers as numbers, dates as dates, everything else as text) and no formulas.

The CSV files are raw data, not spreadsheets. Opened with a double click, a spreadsheet guesses: it may read them in another character set (garbling \`’\` and the Armenian text), turn \`+04:00\` into a time without its sign, \`"4,258"\` into 4258, and evaluate a value starting with \`=\`, \`+\`, \`-\` or \`@\`. To open a CSV anyway, import it: in LibreOffice Calc choose character set "Unicode (UTF-8)", separator "Comma", string delimiter \`"\`, and set every column's type to "Text"; in Excel use Data › From Text/CSV with file origin "65001: Unicode (UTF-8)" and set the columns to Text before loading.`;
}

/** The card's sections on getting the data: download, check, read, open in a spreadsheet. */
export function accessSections(release: ReleaseInfo): string {
  return [
    downloadSection(release),
    checkingSection(),
    readingSection(release),
    spreadsheetSection(),
  ].join('\n\n');
}
