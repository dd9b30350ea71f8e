import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { toDatasetCard } from '../pipeline/metadata/to-dataset-card.js';
import { digestOf } from '../pipeline/records/digest.js';
import { cleanTempDirs, RAW, selector, tempDir, writeDocument } from './helpers.js';

afterAll(cleanTempDirs);

const event = {
  location: 'Town',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
};

// Two small documents of another place and time: nothing of the real article may show.
const NORTH =
  '= North =\n\nTime zone: GMT+2\n\nFrom May 2, 2031 to May 9, 2031 the town was shelled; 4 residents were killed and 9 were injured. 12 houses were damaged and a school was hit. The mayor said the school was empty.\n';
const SOUTH =
  '= South =\n\nTime zone: GMT+2\n\nOn Sunday, between May 2, 2031 and May 20, 2031, the port was shelled. The port authority denied that anyone was hurt.\n';

function north(raw: string) {
  const ann = (id: string, kind: string, exact: string, fields: Record<string, unknown>) => ({
    id,
    kind,
    selector: selector(NORTH, exact),
    ...fields,
  });
  writeDocument(
    raw,
    'north',
    NORTH,
    [
      ann('d1', 'date', 'May 2, 2031', { rule: 'calendar' }),
      ann('d2', 'date', 'May 9, 2031', { rule: 'calendar' }),
      ann('tz', 'timezone', 'GMT+2', {}),
      ann('campaign', 'campaign', 'the town was shelled', {
        ...event,
        summary: 'Shelling of the town.',
        dates: ['d1', 'd2'],
        timezone: 'tz',
      }),
      ann('inc-school', 'incident', 'a school was hit', {
        ...event,
        part_of: 'campaign',
        summary: 'A school hit.',
        dates: ['d1', 'd2'],
      }),
      ann('killed', 'casualty', '4 residents were killed', {
        event: 'campaign',
        outcome: 'killed',
        population: 'civilian',
        scope: 'stepanakert',
        count: '4',
      }),
      ann('houses', 'damage', '12 houses were damaged', {
        event: 'campaign',
        object: 'houses',
        object_category: 'residential',
        damage_level: 'damaged',
        unit: 'buildings',
        scope: 'stepanakert',
        count: '12',
      }),
      ann('school', 'damage', 'a school was hit', {
        event: 'inc-school',
        object: 'school',
        object_category: 'education',
        damage_level: 'targeted',
        unit: 'objects',
        scope: 'stepanakert',
      }),
      ann('town', 'place', 'the town', {
        gazetteer: 'stepanakert',
        located: ['campaign', 'inc-school'],
      }),
      ann('mayor', 'actor', 'The mayor', {
        name: 'The mayor of North',
        actor_type: 'government_body',
        affiliation: 'unknown',
      }),
      ann('cl-school', 'claim', 'The mayor said the school was empty', {
        actor: 'mayor',
        stance: 'asserts',
        attribution_basis: 'explicit',
        subjects: ['school'],
      }),
    ],
    {
      title: 'Shelling of North',
      address: 'https://example.org/north',
      publisher: 'North Gazette',
      revision: { id: '42', status: 'known', note: 'Revision 42 of the page.' },
    },
  );
}

function south(raw: string) {
  const ann = (id: string, kind: string, exact: string, fields: Record<string, unknown>) => ({
    id,
    kind,
    selector: selector(SOUTH, exact),
    ...fields,
  });
  writeDocument(
    raw,
    'south',
    SOUTH,
    [
      ann('d1', 'date', 'May 2, 2031', { rule: 'calendar' }),
      ann('d2', 'date', 'May 20, 2031', { rule: 'calendar' }),
      ann('sunday', 'date', 'On Sunday', { rule: 'weekday', after: 'd1', before: 'd2' }),
      ann('tz', 'timezone', 'GMT+2', {}),
      ann('campaign', 'campaign', 'the port was shelled', {
        ...event,
        summary: 'Shelling of the port.',
        dates: ['sunday'],
        timezone: 'tz',
      }),
      ann('port', 'place', 'the port', { gazetteer: 'stepanakert', located: ['campaign'] }),
      ann('nobody', 'actor', 'South', {
        name: 'The page itself (no source named)',
        actor_type: 'unattributed',
        affiliation: 'unknown',
      }),
      ann('authority', 'actor', 'The port authority', {
        name: 'Port authority of South',
        actor_type: 'government_body',
        affiliation: 'unknown',
      }),
      ann('cl-shelled', 'claim', 'the port was shelled', {
        actor: 'nobody',
        stance: 'reports',
        attribution_basis: 'none',
        subjects: ['campaign'],
      }),
    ],
    {
      title: 'Shelling of South',
      address: 'https://example.org/south',
      publisher: 'South Herald',
      language: 'de',
    },
  );
}

describe('the dataset card', () => {
  it('computes every figure, name and quote it shows from the tables of two documents', () => {
    const raw = join(tempDir(), 'raw');
    north(raw);
    south(raw);
    cpSync(join(RAW, 'gazetteer.json'), join(raw, 'gazetteer.json'));
    const { tables } = buildTables(raw);
    expect(
      toDatasetCard(digestOf(tables), { version: '9.9.9', created: '2031-06-01T00:00:00Z' }),
    ).toBe(CARD);
  });
});

const CARD = `---
license: cc-by-sa-4.0
language:
  - de
  - en
pretty_name: "2020 bombardment of Stepanakert: events, casualties, damage, munitions, actors and claims"
version: 9.9.9
configs:
  - config_name: documents
    data_files: documents.parquet
  - config_name: events
    data_files: events.parquet
  - config_name: casualties
    data_files: casualties.parquet
  - config_name: damage
    data_files: damage.parquet
  - config_name: munitions
    data_files: munitions.parquet
  - config_name: actors
    data_files: actors.parquet
  - config_name: claims
    data_files: claims.parquet
  - config_name: event_actors
    data_files: event_actors.parquet
  - config_name: places
    data_files: places.parquet
  - config_name: exclusions
    data_files: exclusions.parquet
---

# 2020 bombardment of Stepanakert: events, casualties, damage, munitions, actors and claims

A machine-readable record of the 2020 bombardment of Stepanakert built from the English Wikipedia article of that title. Every value cites the exact words it came from (document, code-point offsets, quote); counts keep their qualifier and bounds; dates keep their precision and how they were derived; every statement is a claim by the party the text names, with its stance (asserts, confirms, reports, denies).

Version 9.9.9, released 2031-06-01.

## What is in it

| table | rows | what a row is |
| --- | --- | --- |
| \`documents\` | 2 | One row per source document the records are built from. |
| \`events\` | 3 | The bombardment as a whole (event_kind campaign) and each attack on Stepanakert the text tells of (incident). |
| \`casualties\` | 1 | People killed or injured, one row per figure the text gives, with the words of the count; a mention without a number ('deaths') is a row with qualifier unspecified and empty counts. |
| \`damage\` | 2 | Objects reported hit or damaged, with their category, the degree of damage and any count. |
| \`munitions\` | 0 | Weapons and munitions named as used, with their origin as stated and any count. |
| \`actors\` | 3 | Parties who assert, confirm, report or deny something in the text, and those it names as attacking or attacked (see event_actors): every person or body who makes a statement is one, a person linked to the organisation they speak for. |
| \`claims\` | 2 | Who asserts, confirms, reports or denies what: one row per statement and subject. |
| \`event_actors\` | 0 | Who the text names as having attacked (perpetrator) or been attacked (target) in an event: one row per event, actor and role, quoting the words that name the actor in that role. Responsibility is contested, so a row is not a verdict: the claims whose subject_table is event_actors say who asserts, confirms, reports or denies it. In ACLED the perpetrator is usually actor1 and the target actor2, though actor1 and actor2 do not by themselves say who attacked whom. In UCDP GED the roles match side_a and side_b only in one-sided violence (type_of_violence 3, side_b "Civilians"); in state-based conflict side_a is a government, the order of the sides does not say who attacked, and civilians are no side: their deaths go to deaths_civilians. See the role vocabulary. |
| \`places\` | 2 | Places the text names, with coordinates from a gazetteer outside the text (never from the text itself): the name as in the text, the coordinates, their precision, and the gazetteer entry with its source and licence. Events and damaged objects link to a place through place_id. |
| \`exclusions\` | 0 | Every mention of a number, date, time or count word that the coverage report marks excluded: left out of the tables on purpose, with the reason, so that what was left out can be audited. span_start, span_end and quote are the mention; exclusion_start and exclusion_end the curated exclusion that holds it. |

Each table comes as \`<table>.csv\`, \`<table>.json\` and \`<table>.parquet\` with the same rows. \`datapackage.json\` is the Frictionless Data Package (v2) descriptor with the types, constraints, keys, sizes and hashes of every file; \`CODEBOOK.md\` explains every field and category; \`SHA256SUMS\` is checkable with \`sha256sum -c SHA256SUMS\`. \`index.html\` is an explorer page: open it from disk, beside the folder \`explorer/\` it loads each document's records and the list of documents from as they are needed; it needs no network. \`timeline.svg\` is the incidents on a timeline, counted per day when there are more than 60 events. \`events.geojson\` is the events with the coordinates of their places (RFC 7946), and \`sources/<document_id>.txt\` the text of each document byte for byte, so every quote can be checked against it.

\`datapackage.json\` has one resource per table, not one per file: the three files of a table hold the same rows, so they share one name, one Table Schema and one set of keys. The spreadsheet workbook, \`stepanakert-bombardment-2020.xlsx\`, is one more resource, \`workbook\`, without a Table Schema: its sheets hold the rows of every table. A resource's \`path\` is its CSV file (\`<table>.csv\`), the file Frictionless tools read, with its \`bytes\`, \`hash\` (\`sha256:…\`) and \`dialect\`, and \`download\`, a custom property: the file's address in the release of this version. The other formats of a table are listed in \`alternates\`, a custom property that is not part of the Frictionless Data Package v2 standard (tools that do not know it ignore it): an array with one object per file, \`<table>.json\` (\`application/json\`) and \`<table>.parquet\` (\`application/vnd.apache.parquet\`), each with the keys \`path\`, \`format\`, \`mediatype\`, \`bytes\`, \`hash\`, \`download\`. Two kinds of file that are not tables have resources of their own, with \`path\`, \`bytes\`, \`hash\` and \`download\`: \`events-geojson\` (\`events.geojson\`, \`application/geo+json\`, with the \`licenses\` and \`sources\` of its coordinates) and one \`source-<document_id>\` per document text (\`sources/<document_id>.txt\`, \`text/plain\`, with its \`licenses\` and \`sources\`; release assets are flat, so its \`download\` is \`<document_id>.txt\`). The explorer (\`index.html\`, \`timeline.svg\` and the files of \`explorer/\`) and the documentation files (\`CODEBOOK.md\`, \`READING.md\`, \`README.md\`, \`LICENSE\`, \`agreement.json\`) have no resource: \`SHA256SUMS\` lists them with their hashes. \`stepanakert check\` (in the repository, \`make check OUT=<folder>\`) verifies the size and hash of every file, alternates included, and that the three formats hold the same rows; \`sha256sum -c SHA256SUMS\` checks the hashes alone.

Headline totals, as the sources state them:

- killed: 4 (exact), quoted from "4 residents were killed"
- houses damaged: 12 (exact), quoted from "12 houses were damaged"

## How to total

To total casualties or damage without counting a figure twice, add only the rows whose included_in is empty: a figure with included_in set (an incident's dead) is part of the larger figure it names (the bombardment's dead), and inclusion_basis and inclusion_reason say how that is known. Add counts of the same outcome, or of the same unit, only. An empty included_in means that no inclusion is recorded, not that the figure is part of no other: inclusions link rows of one outcome or one unit only, so a named damaged object (unit objects) is not linked to the buildings damaged in the city although it is likely among them. Rows without a count never add to a total.

Added up that way, the casualties give killed 4. Adding every row's count_best instead would give killed 4: 0 of the 1 casualty rows are parts of a larger figure.

## Download

The dataset's home is <https://github.com/stepanakert-data/stepanakert-bombardment-2020>; every release is at <https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases>. An address under \`latest\` always gives the newest release; an address with the version (v9.9.9) never changes: cite that one.

| file | latest release | version 9.9.9 |
| --- | --- | --- |
| \`documents\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/documents.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/documents.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/documents.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/documents.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/documents.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/documents.parquet) |
| \`events\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/events.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/events.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/events.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/events.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/events.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/events.parquet) |
| \`casualties\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/casualties.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/casualties.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/casualties.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/casualties.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/casualties.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/casualties.parquet) |
| \`damage\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/damage.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/damage.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/damage.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/damage.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/damage.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/damage.parquet) |
| \`munitions\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/munitions.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/munitions.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/munitions.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/munitions.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/munitions.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/munitions.parquet) |
| \`actors\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/actors.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/actors.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/actors.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/actors.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/actors.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/actors.parquet) |
| \`claims\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/claims.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/claims.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/claims.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/claims.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/claims.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/claims.parquet) |
| \`event_actors\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/event_actors.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/event_actors.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/event_actors.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/event_actors.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/event_actors.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/event_actors.parquet) |
| \`places\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/places.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/places.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/places.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/places.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/places.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/places.parquet) |
| \`exclusions\` | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/exclusions.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/exclusions.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/exclusions.parquet) | [csv](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/exclusions.csv) · [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/exclusions.json) · [parquet](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/exclusions.parquet) |
| \`datapackage.json\` | [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/datapackage.json) | [json](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/datapackage.json) |
| \`CODEBOOK.md\` | [md](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/CODEBOOK.md) | [md](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/CODEBOOK.md) |
| \`READING.md\` | [md](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/READING.md) | [md](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/READING.md) |
| \`stepanakert-bombardment-2020.xlsx\` | [xlsx](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/stepanakert-bombardment-2020.xlsx) | [xlsx](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/stepanakert-bombardment-2020.xlsx) |
| \`SHA256SUMS\` | [SHA256SUMS](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/SHA256SUMS) | [SHA256SUMS](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/SHA256SUMS) |
| \`stepanakert-bombardment-2020.zip\` | [zip](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/latest/download/stepanakert-bombardment-2020.zip) | [zip](https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/stepanakert-bombardment-2020.zip) |

\`stepanakert-bombardment-2020.zip\` holds every file of the release in one folder. The same files are in the npm package \`stepanakert-bombardment-2020\` (\`npm install stepanakert-bombardment-2020\`, then \`import { casualties } from "stepanakert-bombardment-2020"\`).

## Checking a download

\`SHA256SUMS\` lists the SHA-256 of every file. In a folder with the whole release, \`sha256sum -c SHA256SUMS\` checks them all. With only some of the files, put \`SHA256SUMS\` beside them and run \`sha256sum -c --ignore-missing SHA256SUMS\`: it checks the files that are there and says nothing of the others (without \`--ignore-missing\` every absent file is a failure). On macOS, \`shasum -a 256 -c --ignore-missing SHA256SUMS\`. \`datapackage.json\` gives the same hashes (\`sha256:…\`) and sizes; in the repository, \`make check OUT=<folder>\` checks every file, row and key.

## Reading with the right types

Read with default settings, pandas turns the counts into floats, readr reads \`time_local\` as a time of day, and auto-typing turns some count words into numbers. \`READING.md\` gives, for every table, the code that names each column's type, for pandas, R (readr, jsonlite), polars, nodejs-polars, DuckDB and JavaScript (Node, the browser, Observable). For example, the casualties straight from this release:

\`\`\`python
import pandas as pd
base = "https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/"
casualties = pd.read_csv(base + "casualties.csv", dtype={"casualty_id": "string", "event_id": "string", "outcome": "string", "population": "string", "count_low": "Int64", "count_best": "Int64", "count_high": "Int64", "qualifier": "string", "count_quote": "string", "scope": "string", "included_in": "string", "inclusion_basis": "string", "inclusion_reason": "string", "document_id": "string", "span_start": "Int64", "span_end": "Int64", "quote": "string"}, parse_dates=[], keep_default_na=False, na_values=[""])
\`\`\`

\`\`\`r
library(readr)
library(jsonlite)
base <- "https://github.com/stepanakert-data/stepanakert-bombardment-2020/releases/download/v9.9.9/"
casualties <- read_csv(paste0(base, "casualties.csv"), na = "", col_types = cols(.default = col_character(), count_low = col_integer(), count_best = col_integer(), count_high = col_integer(), span_start = col_integer(), span_end = col_integer()))
\`\`\`

## Opening in a spreadsheet

Open \`stepanakert-bombardment-2020.xlsx\`: a README sheet (licence, attribution, codebook) and one sheet per table, every cell typed (integers as numbers, dates as dates, everything else as text) and no formulas.

The CSV files are raw data, not spreadsheets. Opened with a double click, a spreadsheet guesses: it may read them in another character set (garbling \`’\` and the Armenian text), turn \`+04:00\` into a time without its sign, \`"4,258"\` into 4258, and evaluate a value starting with \`=\`, \`+\`, \`-\` or \`@\`. To open a CSV anyway, import it: in LibreOffice Calc choose character set "Unicode (UTF-8)", separator "Comma", string delimiter \`"\`, and set every column's type to "Text"; in Excel use Data › From Text/CSV with file origin "65001: Unicode (UTF-8)" and set the columns to Text before loading.

## Where it comes from

- "Shelling of North", North Gazette, <https://example.org/north>, revision 42; text licensed CC-BY-SA-4.0; SHA-256 \`c24c502710360e9c909b1cc46ce646b249d0eed09ca5aa3bf2629a3c42189727\`.
- "Shelling of South", South Herald, <https://example.org/south>, revision unknown (not recorded in the snapshot); text licensed CC-BY-SA-4.0; SHA-256 \`78d065e584ed353fca8772983a0e3c9eaf50567e5cdbca69e9b79cef8de03283\`.
- Coordinates of the town (39.81528, 46.75194, precision town): "Stepanakert (English Wikipedia)", <https://en.wikipedia.org/wiki/Stepanakert>, licensed CC-BY-SA-4.0; not from the article.
- Coordinates of the port (39.81528, 46.75194, precision town): "Stepanakert (English Wikipedia)", <https://en.wikipedia.org/wiki/Stepanakert>, licensed CC-BY-SA-4.0; not from the article.

Extracted from the article text: values read from the annotated words, counts turned into integers with their qualifier and bounds, dates resolved to ISO ranges, statements recorded as claims of the parties the text names. The article text itself is not changed.

## Agreement of a blind second coding

No blind second coding has been compared with the annotations yet.

## How to cite

Cite the version you used and the sources:

> 2020 bombardment of Stepanakert: events, casualties, damage, munitions, actors and claims, version 9.9.9 (2031-06-01). Built from "Shelling of North", North Gazette, by its contributors, licensed CC-BY-SA-4.0; "Shelling of South", South Herald, by its contributors, licensed CC-BY-SA-4.0.

## Limits and known gaps

- 2 sources: "Shelling of North" (North Gazette) and "Shelling of South" (South Herald). The 2 parties they cite are recorded as actors with the words that name them; their own reports are not read.
- The revision of "Shelling of South" is unknown (not recorded in the snapshot); offsets are valid for the snapshot whose SHA-256 is given above.
- Incidents are only those the sources tell of (1); the campaign totals (4 killed, 12 buildings) are stated for the whole campaign and may count attacks no incident record describes.
- 1 of the 1 incidents has a range of days, not a day; the ranges are not narrowed by guesswork:
  - 2031-05-02 to 2031-05-09: A school hit.
- 1 of the 2 claims comes from sentences with no source within reach (\`attribution_basis\` \`none\`), the document's own voice. A sentence that names no source but continues a source's account in the same paragraph is attributed to that source (\`continuation\`); which source it continues is a reading, and the annotations' notes give it.
- 1 of the 2 damage records gives no number, as its words give none: "a school was hit" says nothing of how many.

## Licence

The data is an adaptation of "Shelling of North" (North Gazette) and "Shelling of South" (South Herald) and is licensed Creative Commons Attribution-ShareAlike 4.0 International (CC-BY-SA-4.0); see \`LICENSE\`.
`;
