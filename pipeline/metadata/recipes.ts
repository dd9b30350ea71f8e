import { TABLES, type TableName } from '../records/tables.js';
import { type FieldInfo, fieldInfo } from './fields.js';

/** What a reader must be told of a column: everything that is not text is named. */
export type Kind = 'text' | 'integer' | 'number' | 'boolean' | 'date';

export function kindOf(f: FieldInfo): Kind {
  if (f.format === 'date') return 'date';
  if (f.type === 'string') return 'text';
  return f.type;
}

const fields = (table: TableName) =>
  fieldInfo(table).map((f) => ({ name: f.name, kind: kindOf(f) }));
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
const of = (table: TableName, kind: Kind) =>
  fields(table)
    .filter((f) => f.kind === kind)
    .map((f) => f.name);

/** One table's reading code per format; `setup` once per reader, before every table. */
export interface Recipe {
  setup: string;
  table: (table: TableName) => { csv: string; json: string; parquet: string };
}

const PANDAS_TYPE: Record<Kind, string> = {
  text: 'string',
  integer: 'Int64',
  number: 'Float64',
  boolean: 'boolean',
  date: '',
};

/** pandas: nullable dtypes (Int64, string), dates parsed, no "NA" or "null" words read as missing. */
export const pandas: Recipe = {
  setup: 'import pandas as pd',
  table: (t) => {
    const dtypes = fields(t)
      .filter((f) => f.kind !== 'date')
      .map((f) => `"${f.name}": "${PANDAS_TYPE[f.kind]}"`)
      .join(', ');
    const dates = `[${quoted(of(t, 'date'))}]`;
    return {
      csv: `${t} = pd.read_csv(base + "${t}.csv", dtype={${dtypes}}, parse_dates=${dates}, keep_default_na=False, na_values=[""])`,
      json: `${t} = pd.read_json(base + "${t}.json", orient="records", dtype={${dtypes}}, convert_dates=${dates}, keep_default_dates=False)`,
      parquet: `${t} = pd.read_parquet(base + "${t}.parquet", dtype_backend="numpy_nullable")  # pandas 2 with pyarrow`,
    };
  },
};

const READR: Record<Kind, string> = {
  text: 'col_character()',
  integer: 'col_integer()',
  number: 'col_double()',
  boolean: 'col_logical()',
  date: 'col_date()',
};
const R_AS: Record<Kind, string> = {
  text: 'as.character',
  integer: 'as.integer',
  number: 'as.double',
  boolean: 'as.logical',
  date: 'as.Date',
};

/** R: readr with every non-text column typed and only an empty field missing; jsonlite then typed. */
export const r: Recipe = {
  setup: 'library(readr)\nlibrary(jsonlite)',
  table: (t) => {
    const typed = fields(t).filter((f) => f.kind !== 'text');
    const cols = [
      '.default = col_character()',
      ...typed.map((f) => `${f.name} = ${READR[f.kind]}`),
    ];
    // a column that is null in every row comes out of jsonlite as logical: name every column
    const conversions = fields(t).map((f) => `${f.name} = ${R_AS[f.kind]}(${f.name})`);
    return {
      csv: `${t} <- read_csv(paste0(base, "${t}.csv"), na = "", col_types = cols(${cols.join(', ')}))`,
      json: `${t} <- transform(fromJSON(paste0(base, "${t}.json")), ${conversions.join(', ')})`,
      parquet: `${t} <- arrow::read_parquet(paste0(base, "${t}.parquet"))`,
    };
  },
};

const POLARS: Record<Kind, string> = {
  text: 'String',
  integer: 'Int64',
  number: 'Float64',
  boolean: 'Boolean',
  date: 'Date',
};
const polarsSchema = (t: TableName, prefix: string) =>
  `{${fields(t)
    .map((f) => `"${f.name}": ${prefix}${POLARS[f.kind]}`)
    .join(', ')}}`;

/** Python polars: the whole schema given, so nothing is inferred. */
export const polars: Recipe = {
  setup: 'import polars as pl',
  table: (t) => ({
    csv: `${t} = pl.read_csv(base + "${t}.csv", schema=${polarsSchema(t, 'pl.')})`,
    json: `${t} = pl.read_json(base + "${t}.json", schema=${polarsSchema(t, 'pl.').replaceAll('pl.Date', 'pl.String')})${of(t, 'date').length > 0 ? `.with_columns(pl.col(${quoted(of(t, 'date'))}).str.to_date())` : ''}`,
    parquet: `${t} = pl.read_parquet(base + "${t}.parquet")`,
  }),
};

/** nodejs-polars: the same schema; from JSON, every column cast (a column null throughout is read as Null). */
export const nodePolars: Recipe = {
  setup: [
    'import { readFileSync } from "node:fs";',
    'import pl from "nodejs-polars";',
    'const get = async (file) => (/^https?:/.test(base) ? (await fetch(base + file)).text() : readFileSync(base + file, "utf8"));',
  ].join('\n'),
  table: (t) => ({
    csv: `const ${t} = pl.readCSV(await get("${t}.csv"), { schema: ${polarsSchema(t, 'pl.')} });`,
    json: `const ${t} = pl.readJSON(await get("${t}.json"), { format: "json", inferSchemaLength: null }).select(${fields(
      t,
    )
      .map((f) =>
        f.kind === 'date'
          ? `pl.col("${f.name}").cast(pl.String).str.strptime(pl.Date, "%Y-%m-%d")`
          : `pl.col("${f.name}").cast(pl.${POLARS[f.kind]})`,
      )
      .join(', ')});`,
    parquet: `const ${t} = pl.readParquet(Buffer.from(await (await fetch(base + "${t}.parquet")).arrayBuffer()));`,
  }),
};

const DUCKDB: Record<Kind, string> = {
  text: 'VARCHAR',
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
};

/** DuckDB: every column's type given, no sniffing. `base` is spliced into the SQL text. */
export const duckdb: Recipe = {
  setup: '-- replace <base> with the release address above or a local folder ending in /',
  table: (t) => {
    const columns = `{${fields(t)
      .map((f) => `'${f.name}': '${DUCKDB[f.kind]}'`)
      .join(', ')}}`;
    return {
      csv: `CREATE OR REPLACE TABLE ${t} AS FROM read_csv('<base>${t}.csv', header = true, auto_detect = false, columns = ${columns});`,
      json: `CREATE OR REPLACE TABLE ${t} AS FROM read_json('<base>${t}.json', format = 'array', columns = ${columns});`,
      parquet: `CREATE OR REPLACE TABLE ${t} AS FROM read_parquet('<base>${t}.parquet');`,
    };
  },
};

const JS_CELL: Record<Kind, string> = {
  text: 'text',
  integer: 'int',
  number: 'num',
  boolean: 'bool',
  date: 'date',
};

/**
 * JavaScript in Node (18+) and the browser, and Observable (`d3.csvParse` is what
 * `FileAttachment(…).csv()` uses): CSV fields typed by a row function, JSON dates made Dates.
 */
export const javascript: Recipe = {
  setup: [
    'import { csvParse } from "d3-dsv"; // in Observable: d3.csvParse',
    'const text = (s) => (s === "" ? null : s);',
    'const int = (s) => (s === "" ? null : Number.parseInt(s, 10));',
    'const num = (s) => (s === "" ? null : Number(s));',
    'const bool = (s) => (s === "" ? null : s === "true");',
    'const date = (s) => (s === "" || s === null ? null : new Date(s + "T00:00:00Z"));',
    'const get = async (file) => (/^https?:/.test(base) ? (await fetch(base + file)).text() : (await import("node:fs")).readFileSync(base + file, "utf8"));',
  ].join('\n'),
  table: (t) => {
    const row = fields(t)
      .map((f) => `${f.name}: ${JS_CELL[f.kind]}(d.${f.name})`)
      .join(', ');
    const dates = of(t, 'date')
      .map((d) => `${d}: date(d.${d})`)
      .join(', ');
    return {
      csv: `const ${t} = csvParse(await get("${t}.csv"), (d) => ({ ${row} }));`,
      json: `const ${t} = JSON.parse(await get("${t}.json"))${dates ? `.map((d) => ({ ...d, ${dates} }))` : ''};`,
      parquet: `// Parquet: read it with DuckDB-Wasm or hyparquet; the CSV and JSON carry the same rows`,
    };
  },
};

/** How each reader's block is shown: its name, fence language, comment mark and base line. */
const SHOWN: Record<
  ReaderName,
  { title: string; language: string; comment: string; base: (b: string) => string; note: string }
> = {
  pandas: {
    title: 'pandas',
    language: 'python',
    comment: '#',
    base: (b) => `base = "${b}"  # or a local folder ending in /`,
    note: 'Counts are nullable integers (`Int64`), dates `datetime64`, everything else `string`; `keep_default_na=False` keeps words such as "NA" as text, and only an empty field is missing. Parquet keeps its types with `dtype_backend="numpy_nullable"` (pandas 2, with pyarrow).',
  },
  r: {
    title: 'R (readr, jsonlite)',
    language: 'r',
    comment: '#',
    base: (b) => `base <- "${b}"  # or a local folder ending in /`,
    note: 'Counts are `integer`, dates `Date`, everything else `character` (a time such as 08:03 stays text, not a time of day); `na = ""` makes only an empty field missing.',
  },
  polars: {
    title: 'polars (Python)',
    language: 'python',
    comment: '#',
    base: (b) => `base = "${b}"  # or a local folder ending in /`,
    note: 'The whole schema is given, so nothing is guessed: `Int64` counts, `Date` dates, `String` text.',
  },
  nodePolars: {
    title: 'nodejs-polars',
    language: 'js',
    comment: '//',
    base: (b) => `const base = "${b}"; // or a local folder ending in /`,
    note: 'As in Python polars; from JSON every column is cast, because a column that is empty in every row is read with the Null type.',
  },
  duckdb: {
    title: 'DuckDB SQL',
    language: 'sql',
    comment: '--',
    base: (b) => `-- <base>: ${b} (DuckDB reads addresses through its httpfs extension)`,
    note: 'Every column type is given (`auto_detect = false`), so a count is INTEGER, a date DATE and a time VARCHAR.',
  },
  javascript: {
    title: 'JavaScript (Node, the browser, Observable)',
    language: 'js',
    comment: '//',
    base: (b) => `const base = "${b}";`,
    note: 'CSV fields are strings until a row function types them (never d3.autoType or papaparse `dynamicTyping`, which turn some `count_quote` words into numbers); JSON has numbers and null already, and its dates become `Date`s at UTC midnight. In Node or a bundler, `import { casualties } from "stepanakert-bombardment-2020"` gives the typed rows of the npm package.',
  },
};

/** Every reader, in the order the reading guide lists them. */
export const READERS = { pandas, r, polars, nodePolars, duckdb, javascript } as const;
export type ReaderName = keyof typeof READERS;

/** A reader's code for every table and format, as one block. */
export function recipeBlock(reader: ReaderName, base: string): string {
  const rec = READERS[reader];
  const shown = SHOWN[reader];
  const lines = [rec.setup, shown.base(base)];
  for (const t of TABLES) {
    const c = rec.table(t);
    lines.push('', `${shown.comment} ${t}`, c.csv, `${shown.comment} or from JSON:`, c.json);
    lines.push(`${shown.comment} or from Parquet:`, c.parquet);
  }
  return lines.join('\n');
}

/** The reading guide: a section per reader with its note and its block. */
export function readingSections(base: string): string[] {
  return (Object.keys(READERS) as ReaderName[]).flatMap((reader) => [
    `## ${SHOWN[reader].title}`,
    '',
    SHOWN[reader].note,
    '',
    `\`\`\`${SHOWN[reader].language}`,
    recipeBlock(reader, base),
    '```',
    '',
  ]);
}
