import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fail, show } from '../lib/errors.js';
import { MAX_TABLE_BYTES, ReadRefusal, readInside } from '../lib/read-inside.js';
import { schemaJson } from '../lib/schema-files.js';
import type { Command } from '../lib/usage.js';
import { countText } from '../records/count-text.js';
import { headlineFigures } from '../records/headline.js';
import type { Row, TableName } from '../records/tables.js';
import { casualtyTotals } from '../records/totals.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: "print the dataset's headline figures, with their qualifiers",
  help: `Usage: stepanakert stats [--out <folder>] [--json]

Reads a published dataset folder and prints its headline figures: casualty totals per
outcome, as stated and as added up without double counting (only rows whose
included_in is empty), incidents by date, damage by category and claims by stance.
Every count is given with its qualifier and bounds, as the source words allow.

Options:
  --out <folder>   the dataset folder (default: dist)
  --json           print the figures as JSON
  -h, --help       show this help

JSON (--json): an object with
  totals              [{outcome, qualifier, count_low, count_best, count_high, quote}]
  buildings_damaged   [{qualifier, count_low, count_best, count_high, quote}]
  summed              [{outcome, rows, count_low, count_best, count_high}]: the
                      casualty rows whose included_in is empty, added up
  how_to_total        how to total without counting a figure twice
  incidents           [{event_id, date_start, date_end, date_precision, time_local,
                        time_qualifier, time_basis, casualties: [{outcome, qualifier,
                        count_low, count_best, count_high, quote}]}], by date
  damage_by_category  {category: number of damage records}
  claims_by_stance    {stance: number of claims}
Counts are numbers or null; every field is named as in the published tables.

Example:
  stepanakert stats --out dist`,
  options: { out: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } },
  async run(values) {
    const dir = String(values.out);
    const load = (t: TableName): Row[] => {
      const path = join(dir, `${t}.json`);
      if (!existsSync(path))
        fail({
          file: path,
          problem: 'not a dataset folder',
          expected: `${t}.json`,
          found: 'no such file',
          fix: 'build it with `make` or pass --out <folder>',
        });
      let rows: unknown;
      try {
        rows = JSON.parse(readInside(dir, `${t}.json`, MAX_TABLE_BYTES).toString('utf8'));
      } catch (e) {
        if (!(e instanceof ReadRefusal) && !(e instanceof SyntaxError)) throw e;
        fail({
          file: path,
          problem: 'the table cannot be read',
          expected: e instanceof ReadRefusal ? e.expected : 'a JSON list of rows',
          found: e instanceof ReadRefusal ? e.found : e.message,
          fix: 'run `make check OUT=<folder>` for what is wrong; download or rebuild the folder',
        });
      }
      if (!Array.isArray(rows) || !rows.every((r) => r !== null && typeof r === 'object'))
        fail({
          file: path,
          problem: 'the table cannot be read',
          expected: 'a JSON list of rows',
          found: show(rows),
          fix: 'run `make check OUT=<folder>` for what is wrong; download or rebuild the folder',
        });
      return rows as Row[];
    };
    const figures = stats(load);
    process.stdout.write(
      values.json ? `${JSON.stringify(figures, null, 2)}\n` : formatStats(figures),
    );
    return 0;
  },
};

export function stats(load: (t: TableName) => Row[]) {
  const events = load('events');
  const casualties = load('casualties');
  const damage = load('damage');
  const claims = load('claims');
  const headline = headlineFigures({ events, casualties, damage });
  const byCount = <T extends string>(rows: Row[], key: string) => {
    const out: Record<string, number> = {};
    for (const r of rows) out[String(r[key]) as T] = (out[String(r[key])] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  const figure = (r: Row) => ({
    qualifier: r.qualifier,
    count_low: r.count_low,
    count_best: r.count_best,
    count_high: r.count_high,
    quote: r.quote,
  });
  const casualty = (c: Row) => ({ outcome: c.outcome, ...figure(c) });
  return {
    totals: headline.casualties.map(casualty),
    buildings_damaged: headline.buildings.map(figure),
    summed: casualtyTotals(casualties),
    how_to_total: String(schemaJson('dataset.json').totals),
    incidents: events
      .filter((e) => e.event_kind === 'incident')
      .sort(
        (a, b) =>
          String(a.date_start).localeCompare(String(b.date_start), 'en') ||
          String(a.event_id).localeCompare(String(b.event_id), 'en'),
      )
      .map((e) => ({
        event_id: e.event_id,
        date_start: e.date_start,
        date_end: e.date_end,
        date_precision: e.date_precision,
        time_local: e.time_local,
        time_qualifier: e.time_qualifier,
        time_basis: e.time_basis,
        casualties: casualties.filter((c) => c.event_id === e.event_id).map(casualty),
      })),
    damage_by_category: byCount(damage, 'object_category'),
    claims_by_stance: byCount(claims, 'stance'),
  };
}

function formatStats(s: ReturnType<typeof stats>): string {
  const lines = ['Campaign totals, as stated:'];
  for (const t of s.totals)
    lines.push(`  ${String(t.outcome).padEnd(9)} ${countText(t).padEnd(22)} "${String(t.quote)}"`);
  for (const d of s.buildings_damaged)
    lines.push(`  ${'buildings'.padEnd(9)} ${countText(d).padEnd(22)} "${String(d.quote)}"`);
  lines.push('', 'Casualties added up without double counting (rows whose included_in is empty):');
  for (const t of s.summed)
    lines.push(
      `  ${t.outcome.padEnd(9)} ${countText({ ...t, qualifier: t.count_best === null ? 'at_least' : 'exact' }).padEnd(22)} from ${t.rows} row(s)`,
    );
  lines.push('', 'Incidents by date:');
  for (const i of s.incidents) {
    const date = i.date_start === i.date_end ? i.date_start : `${i.date_start}/${i.date_end}`;
    const time =
      i.time_local === null
        ? ''
        : `${i.time_qualifier === 'approximately' ? '~' : ''}${i.time_local}`;
    const counts = i.casualties.map((c) => `${c.outcome} ${countText(c)}`).join(', ');
    lines.push(
      `  ${String(date).padEnd(22)} ${time.padEnd(7)} ${String(i.event_id)}${counts ? `: ${counts}` : ''}`,
    );
  }
  lines.push('', 'Damage records by category:');
  for (const [k, v] of Object.entries(s.damage_by_category)) lines.push(`  ${k.padEnd(22)} ${v}`);
  lines.push('', 'Claims by stance:');
  for (const [k, v] of Object.entries(s.claims_by_stance)) lines.push(`  ${k.padEnd(22)} ${v}`);
  return `${lines.join('\n')}\n`;
}
