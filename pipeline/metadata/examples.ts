import type { TableName } from '../records/tables.js';
import { duckdb, javascript, nodePolars, pandas, polars, type Recipe, r } from './recipes.js';

/** The examples whose typed reads are generated (`make examples`), by file in examples/. */
export const EXAMPLES = {
  'casualty_totals_pandas.py': 'pandas',
  'casualty_totals_polars.py': 'polars',
  'casualty_totals.R': 'r',
  'casualty-totals-polars.mjs': 'nodePolars',
  'casualty-totals.mjs': 'javascript',
  'casualty-totals.sql': 'duckdb',
} as const;

const TABLES_READ: TableName[] = ['casualties', 'events'];
const BEGIN = 'typed reads, generated from schemas/ by `make examples`: do not edit';
const END = 'end of the generated reads';

const lines = (recipe: Recipe, format: 'csv' | 'json') =>
  TABLES_READ.map((t) => recipe.table(t)[format]);

/** The generated block of each example: the recipes of casualties and events, from CSV and JSON. */
export function exampleBlock(file: keyof typeof EXAMPLES): string {
  const indent = (ls: string[], by: string) => ls.map((l) => `${by}${l}`);
  switch (EXAMPLES[file]) {
    case 'pandas':
    case 'polars': {
      const recipe = EXAMPLES[file] === 'pandas' ? pandas : polars;
      return [
        `# ${BEGIN}`,
        recipe.setup,
        ...(['csv', 'json'] as const).flatMap((f) => [
          `def from_${f}():`,
          ...indent(lines(recipe, f), '    '),
          '    return casualties, events',
        ]),
        `# ${END}`,
      ].join('\n');
    }
    case 'r':
      return [
        `# ${BEGIN}`,
        r.setup,
        ...(['csv', 'json'] as const).flatMap((f) => [
          `from_${f} <- function() {`,
          ...indent(lines(r, f), '  '),
          '  list(casualties = casualties, events = events)',
          '}',
        ]),
        `# ${END}`,
      ].join('\n');
    case 'nodePolars':
    case 'javascript': {
      const recipe = EXAMPLES[file] === 'javascript' ? javascript : nodePolars;
      return [
        `// ${BEGIN}`,
        recipe.setup,
        ...(['csv', 'json'] as const).flatMap((f) => [
          `async function from${f.toUpperCase()}() {`,
          ...indent(lines(recipe, f), '  '),
          '  return { casualties, events };',
          '}',
        ]),
        `// ${END}`,
      ].join('\n');
    }
    case 'duckdb':
      return [
        `-- ${BEGIN}`,
        ...lines(duckdb, 'csv').map((l) => l.replaceAll("'<base>", "getvariable('base') || '")),
        `-- ${END}`,
      ].join('\n');
  }
}

/** An example's text with its generated block replaced by the current one. */
export function withBlock(file: keyof typeof EXAMPLES, text: string): string {
  const reader: string = EXAMPLES[file];
  const mark =
    reader === 'pandas' || reader === 'polars' || reader === 'r'
      ? '#'
      : EXAMPLES[file] === 'duckdb'
        ? '--'
        : '//';
  const start = text.indexOf(`${mark} ${BEGIN}`);
  const endLine = `${mark} ${END}`;
  const end = text.indexOf(endLine);
  if (start < 0 || end < start)
    throw new Error(`examples/${file}: no generated block (${mark} ${BEGIN} … ${endLine})`);
  return text.slice(0, start) + exampleBlock(file) + text.slice(end + endLine.length);
}
