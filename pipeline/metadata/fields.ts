import { schemaJson } from '../lib/schema-files.js';
import { type TableName, tableSchema } from '../records/tables.js';

/** A column's schema with every $ref resolved and nullability made explicit. */
export interface FieldInfo {
  name: string;
  description: string;
  /** JSON Schema type without null. */
  type: 'string' | 'integer' | 'boolean' | 'number';
  format?: string;
  nullable: boolean;
  enum?: string[];
  /** Meaning of the enum values, from the vocabulary's description. */
  vocabulary?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
}

export { TEXT_PATTERNS } from '../lib/text-patterns.js';

function resolve(node: Record<string, unknown>): Record<string, unknown> {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const [file = '', pointer = ''] = ref.split('#');
  const target = pointer
    .split('/')
    .filter(Boolean)
    .reduce<unknown>(
      (n, k) => (n as Record<string, unknown>)[k],
      schemaJson(file.replace(/^\.\.\//, '')),
    );
  const { $ref: _, ...rest } = node;
  return { ...resolve(target as Record<string, unknown>), ...rest };
}

export function fieldInfo(table: TableName): FieldInfo[] {
  return Object.entries(tableSchema(table).properties).map(([name, raw]) => {
    let p = resolve(raw);
    let nullable = false;
    let definition =
      typeof raw.$ref === 'string' ? resolve({ $ref: raw.$ref }).description : undefined;
    if (Array.isArray(p.anyOf)) {
      const refs = p.anyOf as Record<string, unknown>[];
      const parts = refs.map(resolve);
      nullable = parts.some((x) => x.type === 'null');
      const i = parts.findIndex((x) => x.type !== 'null');
      definition = parts[i]?.description;
      p = { ...parts[i], description: p.description };
    }
    const types = ([] as string[]).concat((p.type as string | string[] | undefined) ?? 'string');
    nullable ||= types.includes('null');
    const type = (types.find((t) => t !== 'null') ?? 'string') as FieldInfo['type'];
    const info: FieldInfo = { name, description: String(p.description ?? ''), type, nullable };
    if (typeof p.format === 'string') info.format = p.format;
    if (Array.isArray(p.enum)) {
      info.enum = p.enum as string[];
      // a field that is only a reference to a vocabulary already has its text as description
      if (typeof definition === 'string' && definition !== info.description)
        info.vocabulary = definition;
    }
    if (typeof p.const === 'string') info.enum = [p.const];
    if (typeof p.pattern === 'string') info.pattern = p.pattern;
    if (typeof p.minimum === 'number') info.minimum = p.minimum;
    if (typeof p.maximum === 'number') info.maximum = p.maximum;
    if (typeof p.minLength === 'number') info.minLength = p.minLength;
    return info;
  });
}
