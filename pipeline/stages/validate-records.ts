import { InputError, type Problem, show } from '../lib/errors.js';
import { atPointer, describeAjvError, validator } from '../lib/schemas.js';
import {
  keyText,
  type Row,
  rowId,
  TABLES,
  type TableName,
  type Tables,
  tableSchema,
} from '../records/tables.js';
import { attributionProblems, linkedReportProblems } from './attribution-rules.js';
import type { AnnotatedDocument } from './build-records.js';

/** Where a record's errors are reported: the annotation file of its document. */
export type Locate = (table: TableName, row: Row) => Pick<Problem, 'file' | 'line' | 'column'>;

/**
 * Validate stage: every record against its table's JSON Schema (ajv, all errors), then the
 * integrity rules: unique keys, resolving foreign keys, ordered bounds and dates, quotes equal
 * to the text, restated totals that agree, incident figures within the campaign totals. Pure.
 */
export function validateRecords(tables: Tables, documents: AnnotatedDocument[]): Tables {
  const byDoc = new Map(documents.map((d) => [d.doc.id, d]));
  const locate: Locate = (_table, row) => {
    const d = byDoc.get(String(row.document_id));
    if (!d) return { file: 'dist' };
    const annotationId = String(Object.values(row)[0]).split(':')[1]?.split(/[/@]/)[0] ?? '';
    const i = d.parsed.index.get(annotationId);
    return {
      file: d.parsed.file.file,
      ...(i === undefined ? {} : d.parsed.file.locate(['annotations', i])),
    };
  };
  const problems = [
    ...schemaProblems(tables, locate),
    ...integrityProblems(tables, documents, locate),
  ];
  if (problems.length > 0) throw new InputError(problems);
  return tables;
}

function schemaProblems(tables: Tables, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  for (const table of TABLES) {
    const validate = validator(`tables/${table}.schema.json`);
    for (const row of tables[table]) {
      if (validate(row)) continue;
      for (const e of validate.errors ?? []) {
        const d = describeAjvError(e, atPointer(row, e.instancePath));
        problems.push({
          ...locate(table, row),
          id: String(Object.values(row)[0]),
          ...d,
          field: d.field?.replace(/^\//, ''),
          problem: `record of table ${table} ${d.problem}`,
          fix: `correct the annotation the record is built from (schemas/tables/${table}.schema.json says what the field allows)`,
        });
      }
    }
  }
  return problems;
}

function integrityProblems(
  tables: Tables,
  documents: AnnotatedDocument[],
  locate: Locate,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  problems.push(...keyProblems(tables, locate));
  for (const table of ['casualties', 'damage', 'munitions'] as const) {
    for (const row of tables[table]) {
      const [lo, best, hi] = [row.count_low, row.count_best, row.count_high] as (number | null)[];
      const bad =
        (lo !== null && best !== null && lo > best) ||
        (best !== null && hi !== null && best > hi) ||
        (lo !== null && hi !== null && lo > hi);
      if (bad)
        report(
          table,
          row,
          'count_low',
          'count bounds out of order',
          'count_low ≤ count_best ≤ count_high',
          `${lo} / ${best} / ${hi}`,
          'correct the count words of the annotation',
        );
    }
  }
  for (const table of ['events', 'munitions'] as const) {
    for (const row of tables[table]) {
      if (
        row.date_start !== null &&
        row.date_end !== null &&
        String(row.date_start) > String(row.date_end)
      ) {
        report(
          table,
          row,
          'date_start',
          'the date range ends before it starts',
          'date_start ≤ date_end',
          `${row.date_start} > ${row.date_end}`,
          'correct the date annotations the record refers to',
        );
      }
    }
  }
  const texts = new Map(documents.map((d) => [d.doc.id, d.doc.text]));
  for (const table of TABLES) {
    if (table === 'documents') continue;
    for (const row of tables[table]) {
      const t = texts.get(String(row.document_id));
      const actual = t?.slice(Number(row.span_start), Number(row.span_end));
      if (actual !== row.quote)
        report(
          table,
          row,
          'quote',
          'the quote is not the text at its offsets',
          show(actual),
          show(row.quote),
          'run `make reanchor`',
        );
    }
  }
  for (const d of documents)
    problems.push(
      ...restatementProblems(d),
      ...totalProblems(tables, d.doc.id, locate),
      ...linkedReportProblems(d),
    );
  problems.push(...attributionProblems(tables, locate));
  return problems;
}

/** A function that records one problem of a row, located in its annotation file. */
export function reporter(problems: Problem[], locate: Locate) {
  return (
    table: TableName,
    row: Row,
    field: string,
    problem: string,
    expected: string,
    found: string,
    fix: string,
  ) =>
    problems.push({
      ...locate(table, row),
      id: rowId(table, row),
      field,
      problem,
      expected,
      found,
      fix,
    });
}

/** What to say to fix a key problem: the build points at annotations, a check at a rebuild. */
export interface KeyFixes {
  duplicate: string;
  reference: string;
  subject: string;
}

const ANNOTATION_FIXES: KeyFixes = {
  duplicate: 'give the annotation a new id',
  reference: 'point the reference at an annotation that makes a record',
  subject: 'point the claim at an event, casualty, damage, munition or role annotation',
};

/**
 * Unique primary keys, resolving foreign keys, and claims whose subject makes a record (a
 * reference whose table another column names, which a Table Schema foreign key cannot say).
 * Tables left out are not checked, nor are references into them.
 */
export function keyProblems(
  tables: Partial<Tables>,
  locate: Locate,
  fixes: KeyFixes = ANNOTATION_FIXES,
): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const keys = new Map<string, Set<string>>();
  const present = TABLES.filter((t) => tables[t] !== undefined);
  for (const table of present) {
    const pk = tableSchema(table)['x-primaryKey'];
    const keyOf = keyText(table, '|');
    const seen = new Set<string>();
    for (const row of tables[table] ?? []) {
      const k = keyOf(row);
      if (seen.has(k))
        report(
          table,
          row,
          pk.join(','),
          `duplicate primary key in table ${table}`,
          'unique keys',
          show(k),
          fixes.duplicate,
        );
      seen.add(k);
    }
    keys.set(table, seen);
  }
  for (const table of present) {
    for (const fk of tableSchema(table)['x-foreignKeys']) {
      const target = keys.get(fk.reference.resource);
      if (!target) continue;
      for (const row of tables[table] ?? []) {
        const v = row[fk.fields[0] as string];
        if (v !== null && v !== undefined && !target.has(String(v))) {
          report(
            table,
            row,
            fk.fields.join(','),
            `foreign key does not resolve in table ${fk.reference.resource}`,
            `an existing ${fk.reference.fields.join(',')}`,
            show(v),
            fixes.reference,
          );
        }
      }
    }
  }
  for (const row of tables.claims ?? []) {
    const name = String(row.subject_table);
    if (TABLES.includes(name as TableName) && tables[name as TableName] === undefined) continue;
    if (!keys.get(name)?.has(String(row.subject_id))) {
      report(
        'claims',
        row,
        'subject_id',
        "the claim's subject makes no record",
        `a record of table ${String(row.subject_table)}`,
        show(row.subject_id),
        fixes.subject,
      );
    }
  }
  return problems;
}

/**
 * Keys across the documents of a corpus: each document was validated on its own, and record ids
 * carry their document id, so this only guards the merge.
 */
export function checkKeys(tables: Tables): Tables {
  const problems = keyProblems(tables, (_table, row) => ({
    file: `document ${String(row.document_id)}`,
  }));
  if (problems.length > 0) throw new InputError(problems);
  return tables;
}

/** A figure stated twice (infobox and lead) must give the same count both times. */
function restatementProblems(d: AnnotatedDocument): Problem[] {
  const problems: Problem[] = [];
  for (const a of d.parsed.annotations) {
    if ((a.kind !== 'casualty' && a.kind !== 'damage') || !a.restates) continue;
    const own = d.normalised.counts.get(a.id);
    const other = d.normalised.counts.get(a.restates);
    const target = d.parsed.byId.get(a.restates);
    const same =
      JSON.stringify(own) === JSON.stringify(other) &&
      (a.kind !== 'casualty' ||
        (target?.kind === 'casualty' && target.outcome === a.outcome && target.event === a.event));
    if (!same) {
      problems.push({
        file: d.parsed.file.file,
        ...d.parsed.file.locate(['annotations', d.parsed.index.get(a.id) ?? 0, 'restates']),
        id: a.id,
        field: 'restates',
        problem: 'a total stated in two places does not agree',
        expected: `the figure of ${show(a.restates)}: ${show(target?.selector.exact)}`,
        found: show(a.selector.exact),
        fix: 'if the text really gives two figures, remove "restates" and record both with their claims',
      });
    }
  }
  return problems;
}

/** The incident figures of a campaign never add up to more than its totals. */
export function totalProblems(
  tables: Tables,
  documentId: string,
  locate: (table: TableName, row: Row) => Pick<Problem, 'file' | 'line' | 'column'>,
): Problem[] {
  const problems: Problem[] = [];
  const events = tables.events.filter((e) => e.document_id === documentId);
  for (const campaign of events.filter((e) => e.event_kind === 'campaign')) {
    const incidents = new Set(
      events.filter((e) => e.parent_event_id === campaign.event_id).map((e) => e.event_id),
    );
    for (const outcome of ['killed', 'injured']) {
      const rows = tables.casualties.filter((c) => c.outcome === outcome);
      const totals = rows
        .filter((c) => c.event_id === campaign.event_id && c.count_high !== null)
        .map((c) => Number(c.count_high));
      if (totals.length === 0) continue;
      const total = Math.min(...totals);
      const parts = rows.filter((c) => incidents.has(c.event_id as string));
      const sum = parts.reduce((s, c) => s + Number(c.count_low ?? 0), 0);
      if (sum > total) {
        problems.push({
          ...locate('casualties', parts[0] as Row),
          id: String(campaign.event_id),
          field: 'count_low',
          problem: `the incidents' ${outcome} add up to more than the campaign total`,
          expected: `at most ${total}`,
          found: `${sum} (${parts.map((p) => `${String(p.casualty_id)}: ${String(p.count_low)}`).join(', ')})`,
          fix: 'check the count words and the event each casualty annotation refers to',
        });
      }
    }
  }
  return problems;
}
