import type { Annotation } from '../annotations.js';
import type { Row, Tables, Value } from '../records/tables.js';

/** The tables a coding compares, in the order their records are matched (references first). */
export const CODED_TABLES = [
  'events',
  'casualties',
  'damage',
  'munitions',
  'actors',
  'claims',
] as const;
export type CodedTable = (typeof CODED_TABLES)[number];

/** How a field's two values are compared. */
export type FieldKind = 'category' | 'value' | 'reference';

export interface CodedField {
  name: string;
  /** category: a vocabulary value (Cohen's kappa too); value: words, numbers, dates; reference: another record's key. */
  kind: FieldKind;
}

const category = (name: string): CodedField => ({ name, kind: 'category' });
const value = (name: string): CodedField => ({ name, kind: 'value' });
const reference = (name: string): CodedField => ({ name, kind: 'reference' });
const COUNTS = [
  category('qualifier'),
  value('count_low'),
  value('count_best'),
  value('count_high'),
];

/** The fields of each table a second coding gives (schemas/second-coding.schema.json). */
export const CODED_FIELDS: Record<CodedTable, CodedField[]> = {
  events: [
    category('event_kind'),
    category('sub_event_type'),
    value('date_start'),
    value('date_end'),
    category('date_precision'),
    value('time_local'),
    category('time_qualifier'),
    value('location'),
  ],
  casualties: [
    reference('event'),
    category('outcome'),
    category('population'),
    ...COUNTS,
    category('scope'),
  ],
  damage: [
    reference('event'),
    value('object'),
    category('object_category'),
    category('damage_level'),
    category('unit'),
    ...COUNTS,
    category('scope'),
  ],
  munitions: [
    reference('event'),
    value('weapon'),
    category('weapon_category'),
    value('origin'),
    category('unit'),
    ...COUNTS,
    value('date_start'),
    value('date_end'),
    category('scope'),
  ],
  actors: [value('name'), category('actor_type'), category('affiliation'), reference('speaks_for')],
  claims: [
    reference('actor'),
    reference('subject'),
    category('stance'),
    category('attribution_basis'),
  ],
};

/** One record of a coding: its table, its coder's key, the spans it was built from, its fields. */
export interface CodedRecord {
  table: CodedTable;
  key: string;
  /** [start, end) in code points; a figure stated twice has both spans. */
  spans: [number, number][];
  fields: Record<string, Value>;
}

/** The record id without its document: "stepanakert-2020:inc-1" → "inc-1". */
const local = (id: Value): Value => (id === null ? null : String(id).replace(/^[^:]*:/, ''));

/** Published columns under the names a second coding uses; references by local key. */
const RENAMED: Record<string, [string, (row: Row) => Value]> = {
  event_id: ['event', (r) => local(r.event_id)],
  speaks_for_actor_id: ['speaks_for', (r) => local(r.speaks_for_actor_id)],
  actor_id: ['actor', (r) => local(r.actor_id)],
  subject_id: ['subject', (r) => local(r.subject_id)],
};

/**
 * The first coding: the records built from annotations.json, in the fields of a second coding.
 * A figure stated again (`restates`) keeps the restating words as a second span.
 */
export function firstCoding(tables: Tables, annotations: Annotation[]): CodedRecord[] {
  const restated = new Map<string, [number, number][]>();
  for (const a of annotations) {
    if ((a.kind === 'casualty' || a.kind === 'damage') && a.restates) {
      const spans = restated.get(a.restates) ?? [];
      spans.push([a.selector.start, a.selector.end]);
      restated.set(a.restates, spans);
    }
  }
  // a second coding codes claims on the coded tables only (not on roles of event_actors)
  const coded = (table: CodedTable, row: Row) =>
    table !== 'claims' || (CODED_TABLES as readonly string[]).includes(String(row.subject_table));
  return CODED_TABLES.flatMap((table) =>
    tables[table]
      .filter((row) => coded(table, row))
      .map((row) => {
        const key = String(local(Object.values(row)[0] ?? null));
        const fields: Record<string, Value> = {};
        for (const f of CODED_FIELDS[table]) {
          const renamed = Object.entries(RENAMED).find(([, [name]]) => name === f.name);
          fields[f.name] = renamed ? renamed[1][1](row) : (row[f.name] ?? null);
        }
        const spans: [number, number][] = [
          [Number(row.span_start), Number(row.span_end)],
          ...(restated.get(key) ?? []),
        ];
        return { table, key, spans, fields };
      }),
  );
}
