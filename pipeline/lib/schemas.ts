import { readdirSync, readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type Problem, show } from './errors.js';

/** The folder of hand-written metadata: every schema, descriptor and codebook derives from it. */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

let ajv: Ajv2020 | undefined;

/** One Ajv instance per process with every schema in schemas/ loaded; compiled once. */
export function schemaRegistry(): Ajv2020 {
  if (ajv) return ajv;
  const instance = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    discriminator: true,
  });
  addFormats(instance);
  for (const keyword of ['x-primaryKey', 'x-foreignKeys', 'x-table', 'x-rules', 'x-example']) {
    instance.addKeyword({ keyword, schemaType: ['string', 'array', 'object'] });
  }
  for (const dir of ['', 'tables/']) {
    const url = new URL(dir, SCHEMA_DIR);
    for (const name of readdirSync(url)
      .filter((n) => n.endsWith('.schema.json'))
      .sort()) {
      instance.addSchema(JSON.parse(readFileSync(new URL(name, url), 'utf8')));
    }
  }
  ajv = instance;
  return instance;
}

/** The raw JSON of a schema by its $id (e.g. "tables/events.schema.json"). */
export function schemaJson(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(id, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

export function validator(id: string): ValidateFunction {
  const fn = schemaRegistry().getSchema(id);
  if (!fn) throw new Error(`schema ${id} is not in schemas/`);
  return fn;
}

/** Describes one ajv error as expected/found text. */
export function describeAjvError(
  error: ErrorObject,
  value: unknown,
): Pick<Problem, 'problem' | 'expected' | 'found' | 'field'> {
  const p = error.params as Record<string, unknown>;
  const field = error.instancePath === '' ? undefined : error.instancePath;
  switch (error.keyword) {
    case 'required':
      return {
        field: `${error.instancePath}/${String(p.missingProperty)}`,
        problem: 'a required field is missing',
        expected: `field ${show(p.missingProperty)}`,
        found: 'nothing',
      };
    case 'additionalProperties':
      return {
        field: `${error.instancePath}/${String(p.additionalProperty)}`,
        problem: 'unknown field',
        expected: 'only the fields the schema defines',
        found: `field ${show(p.additionalProperty)}`,
      };
    case 'enum':
      return {
        field,
        problem: 'value not allowed',
        expected: `one of ${(p.allowedValues as unknown[]).map(show).join(', ')}`,
        found: show(value),
      };
    case 'const':
      return {
        field,
        problem: 'value not allowed',
        expected: show(p.allowedValue),
        found: show(value),
      };
    case 'type':
      return {
        field,
        problem: 'wrong type',
        expected: `type ${String(p.type)}`,
        found: `${show(value)} (${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value})`,
      };
    case 'format':
      return {
        field,
        problem: `not a valid ${String(p.format)}`,
        expected: `a valid ${String(p.format)}`,
        found: show(value),
      };
    case 'discriminator': {
      const annotation = (
        schemaJson('annotations.schema.json').$defs as Record<string, { oneOf: { $ref: string }[] }>
      ).annotation;
      const kinds = (annotation?.oneOf ?? []).map((s) => s.$ref.split('/').pop());
      return {
        field: `${error.instancePath}/kind`,
        problem: 'unknown or missing annotation kind',
        expected: `one of ${kinds.map(show).join(', ')}`,
        found: show((value as { kind?: unknown } | null)?.kind ?? null),
      };
    }
    default:
      return {
        field,
        problem: `fails the schema rule "${error.keyword}"`,
        expected: error.message ?? error.keyword,
        found: show(value),
      };
  }
}

/** A JSON pointer as a dotted field name: "/licence/name" → "licence.name". */
export function dotted(pointer: string | undefined): string | undefined {
  if (pointer === undefined || pointer === '') return undefined;
  return pointerPath(pointer).join('.');
}

/** Reads the value at a JSON pointer. */
export function atPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
}
