import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portablePattern } from '../pipeline/metadata/to-datapackage.js';
import { TABLES } from '../pipeline/records/tables.js';
import { cleanTempDirs, DIST, replaceInFile, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

interface V1Resource {
  name: string;
  descriptor: { schema?: unknown };
  read(options: { keyed: boolean; relations: boolean }): Promise<Record<string, unknown>[]>;
}
interface V1Package {
  valid: boolean;
  errors: Error[];
  resources: V1Resource[];
}
/** The Frictionless Data Package v1 library (`datapackage`, CommonJS, untyped). */
const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: { load(path: string): Promise<V1Package> };
};

/** Every table resource read with v1's types, primary keys and foreign keys (relations). */
async function readAll(dir: string) {
  const dp = await Package.load(join(dir, 'datapackage.json'));
  const read: Record<string, number | string> = {};
  for (const r of dp.resources.filter((x) => x.descriptor.schema !== undefined)) {
    try {
      read[r.name] = (await r.read({ keyed: true, relations: true })).length;
    } catch (e) {
      read[r.name] = (e as Error).message;
    }
  }
  return { valid: dp.valid, errors: dp.errors.map((e) => e.message), read };
}

describe('Frictionless Data Package v1 (the datapackage library)', () => {
  it('every foreign key names its resource, a self-reference too', () => {
    const descriptor = JSON.parse(readFileSync(join(DIST, 'datapackage.json'), 'utf8')) as {
      resources: { schema?: { foreignKeys?: { reference: { resource?: string } }[] } }[];
    };
    const keys = descriptor.resources.flatMap((r) => r.schema?.foreignKeys ?? []);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => typeof k.reference.resource !== 'string')).toEqual([]);
  });

  it('patterns need no \\p{…} class: the same text passes with and without the u flag', () => {
    const schema = '^(?:[^\\p{Cc}\\p{Cs}]|[\\t\\n])*$';
    const portable = portablePattern(schema);
    expect(portable).toBe('^(?:[^\\u0000-\\u001f\\u007f-\\u009f]|[\\t\\n])*$');
    const texts = [
      'Ստեփանակերտ ’ 4,258',
      'two\nlines\tand a tab',
      'emoji 💥',
      'bell \u0007',
      'del \u007f',
      'c1 \u0085',
      'cr \r',
    ];
    const verdicts = (re: RegExp) => texts.map((t) => re.test(t));
    const expected = [true, true, true, false, false, false, false];
    expect(verdicts(new RegExp(schema, 'u'))).toEqual(expected);
    expect(verdicts(new RegExp(portable))).toEqual(expected);
    expect(verdicts(new RegExp(portable, 'u'))).toEqual(expected);
  });

  it('loads the descriptor as valid and reads every CSV row with its keys and foreign keys', async () => {
    const counts = Object.fromEntries(
      TABLES.map((t) => [
        t,
        (JSON.parse(readFileSync(join(DIST, `${t}.json`), 'utf8')) as unknown[]).length,
      ]),
    );
    expect(await readAll(DIST)).toEqual({ valid: true, errors: [], read: counts });
  });

  it('fails a foreign key that does not resolve, and a duplicate primary key', async () => {
    const copy = join(tempDir(), 'dist');
    cpSync(DIST, copy, { recursive: true });
    replaceInFile(
      join(copy, 'casualties.csv'),
      'stepanakert-2020:cas-1400-killed,stepanakert-2020:inc-0927-1400,',
      'stepanakert-2020:cas-1400-killed,stepanakert-2020:inc-nowhere,',
    );
    replaceInFile(join(copy, 'actors.csv'), 'stepanakert-2020:afp,', 'stepanakert-2020:article,');
    const { read } = await readAll(copy);
    const duplicate = 'Row 5 has an unique constraint violation in column "actor_id"';
    expect(read).toEqual({
      documents: 1,
      events: 6,
      casualties: 'Foreign key "event_id" violation in row 4',
      damage: 22,
      munitions: 25,
      actors: duplicate,
      // claims and event_actors refer to actors: their references are read from the damaged table
      claims: duplicate,
      event_actors: duplicate,
      places: 1,
      exclusions: 54,
    });
  });
});
