import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { SCHEMA_DIR, schemaJson } from '../lib/schema-files.js';
import { TABLES, type TableName } from '../records/tables.js';

/** The TypeScript name of a table's row type. */
export const ROW_TYPES: Record<TableName, string> = {
  documents: 'Document',
  events: 'Event',
  casualties: 'Casualty',
  damage: 'Damage',
  munitions: 'Munition',
  actors: 'Actor',
  claims: 'Claim',
  event_actors: 'EventActor',
  places: 'Place',
  exclusions: 'Exclusion',
};

/**
 * package/index.d.ts: the types of the published rows, generated from schemas/tables with
 * json-schema-to-typescript, and the declarations of the loader's exports. Never written by hand.
 */
export async function generateTypes(): Promise<string> {
  const parts = [
    '// Generated from schemas/tables/*.schema.json by pipeline/types/generate-types.ts (make types). Do not edit.',
    '',
  ];
  for (const table of TABLES) {
    const schema = schemaJson(`tables/${table}.schema.json`);
    const ts = await compile({ ...schema, title: ROW_TYPES[table] }, ROW_TYPES[table], {
      cwd: fileURLToPath(new URL('tables/', SCHEMA_DIR)),
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: false,
      format: false,
      unreachableDefinitions: false,
    });
    parts.push(ts.trim(), '');
  }
  for (const table of TABLES)
    parts.push(
      `/** ${String(schemaJson(`tables/${table}.schema.json`).description)} */`,
      `export declare const ${table}: ${ROW_TYPES[table]}[];`,
    );
  parts.push(
    '',
    '/** Every table by name. */',
    `export declare const tables: {\n${TABLES.map((t) => `  ${t}: ${ROW_TYPES[t]}[];`).join('\n')}\n};`,
    '',
  );
  return parts.join('\n');
}

/**
 * pipeline/annotations.generated.ts: the types of raw/<document>/annotations.json, generated from
 * schemas/annotations.schema.json with json-schema-to-typescript. Never written by hand.
 */
export async function generateAnnotationTypes(): Promise<string> {
  const ts = await compile(schemaJson('annotations.schema.json'), 'AnnotationFile', {
    cwd: fileURLToPath(SCHEMA_DIR),
    bannerComment: '',
    additionalProperties: false,
    format: false,
    unreachableDefinitions: false,
  });
  return `// Generated from schemas/annotations.schema.json by pipeline/types/generate-types.ts (make types). Do not edit.\n\n${ts.trim()}\n`;
}
