import type { ErrorObject, ValidateFunction } from 'ajv';
import compiled from '../validators/compiled.cjs';
import { type Problem, show } from './errors.js';
import { schemaJson } from './schema-files.js';
import { TEXT_PATTERNS } from './text-patterns.js';

export { SCHEMA_DIR, schemaIds, schemaJson } from './schema-files.js';

/** The compiled validator of a schema by its $id; compiled once by `make`, never at run time. */
export function validator(id: string): ValidateFunction {
  const fn = (compiled as Record<string, ValidateFunction | undefined>)[id];
  if (!fn)
    throw new Error(`schema ${id} has no compiled validator: run \`make\` to compile schemas/`);
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
    case 'dependentRequired':
      return {
        field: `${error.instancePath}/${String(p.missingProperty)}`,
        problem: `field ${show(p.property)} needs field ${show(p.missingProperty)}`,
        expected: `field ${show(p.missingProperty)} beside ${show(p.property)}`,
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
    case 'pattern':
      if (TEXT_PATTERNS[String(p.pattern)] !== undefined)
        return {
          field,
          problem: 'the text is not well-formed',
          expected: String(TEXT_PATTERNS[String(p.pattern)]),
          found: show(value),
        };
      return defaultDescription(error, field, value);
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
      return defaultDescription(error, field, value);
  }
}

/** Any other rule: its keyword and ajv's own words. */
function defaultDescription(error: ErrorObject, field: string | undefined, value: unknown) {
  return {
    field,
    problem: `fails the schema rule "${error.keyword}"`,
    expected: error.message ?? error.keyword,
    found: show(value),
  };
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
