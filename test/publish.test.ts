import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toExplorerFiles } from '../pipeline/explorer/to-explorer-files.js';
import { sha256 } from '../pipeline/lib/hash.js';
import { type Row, TABLES, type Tables } from '../pipeline/records/tables.js';
import { sha256sums } from '../pipeline/stages/publish.js';
import { toJson } from '../pipeline/write/to-json.js';
import { columnTypes, openDuckDb, tableFiles } from '../pipeline/write/to-parquet.js';
import {
  cleanTempDirs,
  cli,
  DIST,
  DOC,
  ROOT,
  replaceInFile,
  snapshot,
  tempDir,
} from './helpers.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
let fresh: string;

beforeAll(() => {
  fresh = join(tempDir(), 'out');
  expect(cli(['build', '--out', fresh]).status).toBe(0);
});
afterAll(cleanTempDirs);

const json = (dir: string, table: string) =>
  JSON.parse(readFileSync(join(dir, `${table}.json`), 'utf8')) as Record<string, unknown>[];

describe('the published folder', () => {
  it('the committed dist/ is exactly a fresh build (lists the files that differ)', () => {
    const committed = snapshot(DIST);
    const built = snapshot(fresh);
    const differing = [...new Set([...Object.keys(committed), ...Object.keys(built)])]
      .filter((n) => committed[n] !== built[n])
      .sort();
    expect(differing, 'run `make` and commit dist/').toEqual([]);
  });

  it('is byte-reproducible: a second build in another time zone and locale gives identical bytes', () => {
    const again = join(tempDir(), 'out');
    expect(
      cli(['build', '--out', again], {
        env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      }).status,
    ).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(fresh));
  });

  it('holds the three formats of every table, the GeoJSON, the source texts and the metadata files, nothing else', () => {
    expect(Object.keys(snapshot(fresh)).sort()).toEqual(
      [
        'CODEBOOK.md',
        'LICENSE',
        'READING.md',
        'README.md',
        'SHA256SUMS',
        'agreement.json',
        'datapackage.json',
        'events.geojson',
        'explorer/documents-1.js',
        'explorer/stepanakert-2020.js',
        'index.html',
        'sources/stepanakert-2020.txt',
        'stepanakert-bombardment-2020.xlsx',
        'timeline.svg',
        ...TABLES.flatMap((t) => [`${t}.csv`, `${t}.json`, `${t}.parquet`]),
      ].sort(),
    );
  });

  it('has a descriptor valid against the official Frictionless Data Package v2 profile', () => {
    const profile = JSON.parse(
      readFileSync(join(ROOT, 'test/fixtures/frictionless/datapackage-2.0.json'), 'utf8'),
    );
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    const descriptor = JSON.parse(readFileSync(join(fresh, 'datapackage.json'), 'utf8'));
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual([
      ...TABLES,
      'workbook',
      'events-geojson',
      'source-stepanakert-2020',
    ]);
    expect(descriptor.resources.at(-1)).toEqual({
      name: 'source-stepanakert-2020',
      title: 'Source text: 2020 bombardment of Stepanakert',
      description:
        'The document text every span of the tables counts into, byte for byte as it was read (UTF-8, LF line endings, no byte-order mark): quote is the text between span_start and span_end, in Unicode code points.',
      path: 'sources/stepanakert-2020.txt',
      format: 'txt',
      mediatype: 'text/plain',
      encoding: 'utf-8',
      bytes: 12605,
      hash: 'sha256:7c89d5369607fc5d59419a7f908ab0c334436d9afbac22dd1a177b69b58a0516',
      download: `${JSON.parse(readFileSync(join(ROOT, 'schemas/dataset.json'), 'utf8')).repository}/releases/download/v${descriptor.version}/stepanakert-2020.txt`,
      licenses: [{ name: 'CC-BY-SA-4.0', path: 'https://creativecommons.org/licenses/by-sa/4.0/' }],
      sources: [
        {
          title: '2020 bombardment of Stepanakert (English Wikipedia)',
          path: 'https://en.wikipedia.org/wiki/2020_bombardment_of_Stepanakert',
        },
      ],
    });
    expect(descriptor.resources[1].schema.primaryKey).toEqual(['event_id']);
    expect(descriptor.resources[1].schema.foreignKeys).toEqual([
      { fields: ['parent_event_id'], reference: { resource: 'events', fields: ['event_id'] } },
      { fields: ['place_id'], reference: { resource: 'places', fields: ['place_id'] } },
      { fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } },
    ]);
    expect(descriptor.licenses).toEqual([
      {
        name: 'CC-BY-SA-4.0',
        title: 'Creative Commons Attribution-ShareAlike 4.0 International',
        path: 'https://creativecommons.org/licenses/by-sa/4.0/',
      },
    ]);
    expect(descriptor.created).toBe('2026-12-04T00:00:00Z');
  });

  it('passes make check, and make check lists every problem of a damaged copy', () => {
    expect(cli(['check', '--out', fresh]).stderr).toBe(
      `checked ${fresh}: 10 tables, 255 rows, every file, hash, schema, key and quote agrees\n`,
    );
    const damaged = join(tempDir(), 'out');
    expect(cli(['build', '--out', damaged]).status).toBe(0);
    const path = join(damaged, 'actors.json');
    replaceInFile(path, '"affiliation": "third_party"', '"affiliation": "neutral"');
    const r = cli(['check', '--out', damaged]);
    expect(r.status).toBe(1);
    const headlines = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('error: '))
      .map((l) => l.replace(damaged, '<out>'));
    expect(headlines).toEqual([
      'error: <out>/actors.json: checksum differs from SHA256SUMS',
      'error: <out>/actors.json: size differs from datapackage.json',
      'error: <out>/actors.json: hash differs from datapackage.json',
      'error: <out>/actors.csv: rows differ from actors.json',
      'error: <out>/actors.parquet: rows differ from actors.json',
      'error: <out>/actors.json, id "stepanakert-2020:afp", field "affiliation": value not allowed',
    ]);
  });
});

describe('make check follows claims.subject_id into the table subject_table names', () => {
  it('reports a subject_id changed consistently in all three formats, hashes and sums updated', async () => {
    const out = join(tempDir(), 'out');
    expect(cli(['build', '--out', out]).status).toBe(0);
    const claim = 'stepanakert-2020:cl-0927-injured/cas-0927-injured';
    // An events id: it resolves in some table, just not in casualties, which subject_table names.
    const wrong = 'stepanakert-2020:inc-0927-0803';
    const rows = json(out, 'claims').map((r) =>
      r.claim_id === claim ? { ...r, subject_id: wrong } : r,
    ) as Row[];
    expect(
      rows.filter((r) => r.subject_id === wrong && r.subject_table === 'casualties'),
    ).toHaveLength(1);
    writeFileSync(join(out, 'claims.json'), toJson('claims', rows));
    const duck = await openDuckDb();
    try {
      const path = (ext: string) => join(out, `claims.${ext}`);
      await tableFiles(duck.connection, 'claims', {
        json: path('json'),
        parquet: path('parquet'),
        csv: path('csv'),
      });
    } finally {
      duck.close();
    }
    // the explorer too, as the build writes it from these rows: only the subject is wrong
    const tables = Object.fromEntries(
      TABLES.map((t) => [t, t === 'claims' ? rows : (json(out, t) as Row[])]),
    ) as Tables;
    const texts = new Map([[DOC, readFileSync(join(out, `sources/${DOC}.txt`), 'utf8')]]);
    const release = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    for (const [name, content] of toExplorerFiles(tables, texts, release))
      writeFileSync(join(out, name), content);
    const facts = (name: string) => {
      const bytes = readFileSync(join(out, name));
      return { bytes: bytes.length, hash: `sha256:${sha256(bytes)}` };
    };
    const descriptorPath = join(out, 'datapackage.json');
    const descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8'));
    for (const r of descriptor.resources as { path: string; alternates?: { path: string }[] }[])
      for (const f of [r, ...(r.alternates ?? [])]) Object.assign(f, facts(f.path));
    writeFileSync(descriptorPath, `${JSON.stringify(descriptor, null, 2)}\n`);
    const files = new Map(
      Object.keys(snapshot(out)).map((n) => [
        n,
        { bytes: 0, sha256: sha256(readFileSync(join(out, n))) },
      ]),
    );
    writeFileSync(join(out, 'SHA256SUMS'), sha256sums(files));
    const r = cli(['check', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `error: ${out}/claims.json, id "${claim}", field "subject_id": the claim's subject makes no record
  expected: a record of table casualties
  found:    "${wrong}"
  fix:      rebuild the folder
1 problem(s) in ${out}
`,
    );
  });
});

describe('independent readers agree with the JSON rows', () => {
  it('hyparquet reads every Parquet file to exactly the JSON rows', async () => {
    for (const table of TABLES) {
      const dates = columnTypes(table)
        .filter((c) => c.type === 'DATE')
        .map((c) => c.name);
      const rows = await parquetReadObjects({
        file: await asyncBufferFromFile(join(fresh, `${table}.parquet`)),
        compressors,
      });
      const normalised = rows.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            dates.includes(k) && v instanceof Date ? v.toISOString().slice(0, 10) : v,
          ]),
        ),
      );
      expect(normalised, table).toEqual(json(fresh, table));
    }
  });

  it('csv-parse reads every CSV file to exactly the JSON rows after the documented conversion', () => {
    for (const table of TABLES) {
      const types = Object.fromEntries(columnTypes(table).map((c) => [c.name, c.type]));
      const rows = parse(readFileSync(join(fresh, `${table}.csv`)), { columns: true }) as Record<
        string,
        string
      >[];
      const typed = rows.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            v === '' ? null : types[k] === 'INTEGER' || types[k] === 'DOUBLE' ? Number(v) : v,
          ]),
        ),
      );
      expect(typed, table).toEqual(json(fresh, table));
    }
  });

  it('DuckDB reads all three formats with the same row counts and typed Parquet columns', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    for (const table of TABLES) {
      const count = async (sql: string) => Number((await c.runAndReadAll(sql)).getRows()[0]?.[0]);
      const p = join(fresh, table);
      const counts = [
        await count(`SELECT count(*) FROM read_csv('${p}.csv')`),
        await count(`SELECT count(*) FROM read_json('${p}.json')`),
        await count(`SELECT count(*) FROM '${p}.parquet'`),
      ];
      expect(counts, table).toEqual([
        json(fresh, table).length,
        json(fresh, table).length,
        json(fresh, table).length,
      ]);
    }
    const types = (
      await c.runAndReadAll(`DESCRIBE SELECT * FROM '${join(fresh, 'munitions.parquet')}'`)
    )
      .getRowObjectsJson()
      .map((r) => `${r.column_name}:${r.column_type}`);
    expect(types).toContain('count_low:INTEGER');
    expect(types).toContain('date_start:DATE');
    expect(types).toContain('weapon:VARCHAR');
    c.closeSync();
    instance.closeSync();
  });
});
