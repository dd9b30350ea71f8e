import { codePointText } from '../lib/code-points.js';
import { isRefusal, type Problem, show } from '../lib/errors.js';
import { type Count, parseCount } from '../normalise/parse-count.js';
import { parseCalendar } from '../normalise/parse-date.js';
import { parseTime } from '../normalise/parse-time.js';
import type { Row, TableName, Tables } from '../records/tables.js';
import { totalProblems } from './validate-records.js';

/** Where a problem of a row of a published table is reported: that table's JSON file. */
export type RowPlace = (table: TableName, row: Row) => Pick<Problem, 'file'>;

const FIX = 'the published values disagree with their own quotes: download or rebuild the folder';

/**
 * The record rules a published folder can be checked against without its raw folder: every
 * count read again from its count words, every time and stated date from its words, every
 * quote as long as its span, count words inside their quote, and the incident figures within
 * the campaign totals. A value changed consistently in every format (13 → 130) fails here. Pure.
 */
export function recordRuleProblems(tables: Tables, place: RowPlace): Problem[] {
  const problems: Problem[] = [];
  const report = (table: TableName, row: Row, field: string, expected: string, found: string) =>
    problems.push({
      ...place(table, row),
      id: String(Object.values(row)[0]),
      field,
      problem: `${field} does not follow from the quoted words`,
      expected,
      found,
      fix: FIX,
    });
  for (const table of ['casualties', 'damage', 'munitions'] as const)
    for (const row of tables[table]) countRule(table, row, report);
  for (const row of tables.events) {
    timeRule(row, report);
    dateRule(row, report);
  }
  for (const [table, rows] of Object.entries(tables) as [TableName, Row[]][]) {
    if (table === 'documents') continue;
    for (const row of rows) {
      const length = codePointText(String(row.quote)).length;
      if (Number(row.span_end) - Number(row.span_start) !== length)
        report(
          table,
          row,
          'span_end',
          `span_start + ${length} (the quote's length in code points)`,
          String(row.span_end),
        );
    }
  }
  for (const d of tables.documents)
    problems.push(...totalProblems(tables, String(d.document_id), place));
  return problems.map((p) => (p.problem.startsWith('the incidents') ? { ...p, fix: FIX } : p));
}

type Report = (table: TableName, row: Row, field: string, expected: string, found: string) => void;

function countRule(table: TableName, row: Row, report: Report): void {
  const words = row.count_quote === null ? undefined : String(row.count_quote);
  if (words !== undefined && !String(row.quote).includes(words)) {
    report(table, row, 'count_quote', `words inside the quote ${show(row.quote)}`, show(words));
    return;
  }
  const c: Count | { problem: string } =
    words === undefined
      ? { qualifier: 'unspecified', low: null, best: null, high: null }
      : parseCount(words);
  if (isRefusal(c as Count)) {
    report(table, row, 'count_quote', 'count words this version reads', show(words));
    return;
  }
  const expected = c as Count;
  const found = [row.qualifier, row.count_low, row.count_best, row.count_high];
  const want = [expected.qualifier, expected.low, expected.best, expected.high];
  if (JSON.stringify(found) !== JSON.stringify(want))
    report(
      table,
      row,
      'count_low',
      `${show(words ?? null)} read as qualifier / low / best / high ${want.map(String).join(' / ')}`,
      found.map(String).join(' / '),
    );
}

function timeRule(row: Row, report: Report): void {
  if (row.time_quote === null) return;
  const t = parseTime(String(row.time_quote));
  const want = isRefusal(t) ? ['words this version reads'] : [t.time, t.qualifier];
  const found = [row.time_local, row.time_qualifier];
  if (JSON.stringify(found) !== JSON.stringify(want))
    report(
      'events',
      row,
      'time_local',
      `${show(row.time_quote)} read as ${want.join(', ')}`,
      found.map(String).join(', '),
    );
}

/** A stated date (with its year, or the year of an earlier part of the quote) is its range. */
function dateRule(row: Row, report: Report): void {
  if (!['stated', 'stated_without_year', 'context'].includes(String(row.date_basis))) return;
  const parts = String(row.date_basis_quote).split(' … ');
  let year: number | undefined;
  for (const part of parts.slice(0, -1)) {
    const r = parseCalendar(part, year);
    if (!isRefusal(r) && r.withYear) year = Number(r.start.slice(0, 4));
  }
  const last = parseCalendar(parts.at(-1) ?? '', year);
  const want = isRefusal(last) ? 'words this version reads' : `${last.start} to ${last.end}`;
  const found = `${String(row.date_start)} to ${String(row.date_end)}`;
  if (want !== found)
    report('events', row, 'date_start', `${show(parts.at(-1))} read as ${want}`, found);
}
