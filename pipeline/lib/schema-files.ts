import { readdirSync, readFileSync } from 'node:fs';
import { ROOT_URL } from './root.js';

/** The folder of hand-written metadata: every schema, descriptor and codebook derives from it. */
export const SCHEMA_DIR = new URL('schemas/', ROOT_URL);

/** The schemas' $ids, in a stable order: every schema in schemas/ and schemas/tables/. */
export function schemaIds(): string[] {
  return ['', 'tables/'].flatMap((dir) =>
    readdirSync(new URL(dir, SCHEMA_DIR))
      .filter((n) => n.endsWith('.schema.json'))
      .sort()
      .map((n) => `${dir}${n}`),
  );
}

const cache = new Map<string, Record<string, unknown>>();

/** The raw JSON of a schema file by its $id (e.g. "tables/events.schema.json"), read once. */
export function schemaJson(id: string): Record<string, unknown> {
  let json = cache.get(id);
  if (!json) {
    json = JSON.parse(readFileSync(new URL(id, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
    cache.set(id, json);
  }
  return structuredClone(json);
}
