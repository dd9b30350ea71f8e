import { schemaJson } from '../lib/schema-files.js';
import { type Row, TABLES, type TableName, tableSchema } from '../records/tables.js';
import type { Publication } from '../stages/publish.js';
import { CSV_LINE_TERMINATOR } from '../write/to-csv.js';
import { type FieldInfo, fieldInfo } from './fields.js';

export interface ReleaseInfo {
  version: string;
  /** ISO 8601 date-time: SOURCE_DATE_EPOCH or the release date in CHANGELOG.md, never the clock. */
  created: string;
}

const FORMATS = {
  json: { format: 'json', mediatype: 'application/json' },
  parquet: { format: 'parquet', mediatype: 'application/vnd.apache.parquet' },
} as const;

function frictionlessField(f: FieldInfo): Record<string, unknown> {
  const type = f.type === 'string' && f.format === 'date' ? 'date' : f.type;
  const constraints: Record<string, unknown> = {};
  if (!f.nullable) constraints.required = true;
  if (f.enum) constraints.enum = f.enum;
  if (f.pattern) constraints.pattern = f.pattern;
  if (f.minimum !== undefined) constraints.minimum = f.minimum;
  if (f.minLength !== undefined && type === 'string') constraints.minLength = f.minLength;
  return {
    name: f.name,
    type,
    ...(type === 'string' && f.format === 'uri' ? { format: 'uri' } : {}),
    description: f.vocabulary ? `${f.description} ${f.vocabulary}`.trim() : f.description,
    ...(f.enum ? { categories: f.enum } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function fileEntry(name: string, files: Publication) {
  const facts = files.get(name);
  if (!facts) throw new Error(`publish: ${name} was not written`);
  return { bytes: facts.bytes, hash: `sha256:${facts.sha256}` };
}

/** The Frictionless Data Package v2 descriptor, generated from schemas/ and the written files. */
export function toDatapackage(documents: Row[], files: Publication, release: ReleaseInfo): string {
  const dataset = schemaJson('dataset.json') as Record<string, unknown>;
  const resource = (table: TableName) => {
    const s = tableSchema(table);
    return {
      name: table,
      type: 'table',
      title: s.title,
      description: s.description,
      path: `${table}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...fileEntry(`${table}.csv`, files),
      dialect: {
        header: true,
        delimiter: ',',
        lineTerminator: CSV_LINE_TERMINATOR,
        quoteChar: '"',
        doubleQuote: true,
      },
      schema: {
        fields: fieldInfo(table).map(frictionlessField),
        missingValues: [''],
        primaryKey: s['x-primaryKey'],
        ...(s['x-foreignKeys'].length > 0
          ? {
              foreignKeys: s['x-foreignKeys'].map((fk) =>
                fk.reference.resource === table
                  ? { fields: fk.fields, reference: { fields: fk.reference.fields } }
                  : fk,
              ),
            }
          : {}),
      },
      alternates: (['json', 'parquet'] as const).map((ext) => ({
        path: `${table}.${ext}`,
        ...FORMATS[ext],
        ...fileEntry(`${table}.${ext}`, files),
      })),
    };
  };
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.name,
    title: dataset.title,
    description: dataset.description,
    version: release.version,
    created: release.created,
    keywords: dataset.keywords,
    licenses: dataset.licenses,
    contributors: dataset.contributors,
    sources: documents.map((d) => ({
      title: `${String(d.title)} (${String(d.publisher)})`,
      path: d.address,
      version: d.revision_id ?? 'unknown revision',
    })),
    resources: TABLES.map(resource),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
