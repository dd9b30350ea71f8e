import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readRelease } from '../pipeline/metadata/release.js';
import { resourcesNote } from '../pipeline/metadata/to-datapackage.js';
import { toCsv } from '../pipeline/write/to-csv.js';
import { openDuckDb } from '../pipeline/write/to-parquet.js';
import { DIST, ROOT } from './helpers.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('CSV quoting', () => {
  it('quotes a field holding a bare carriage return, so every reader sees one record', () => {
    const row = {
      actor_id: 'x:a',
      name: 'line one\rline two',
      actor_type: 'journalist',
      affiliation: 'third_party',
      affiliation_quote: null,
      speaks_for_actor_id: null,
      document_id: 'x',
      span_start: 0,
      span_end: 4,
      quote: 'say "hi", then\nleave',
    };
    const csv = toCsv('actors', [row]);
    expect(csv).toBe(
      'actor_id,name,actor_type,affiliation,affiliation_quote,speaks_for_actor_id,document_id,span_start,span_end,quote\n' +
        'x:a,"line one\rline two",journalist,third_party,,,x,0,4,"say ""hi"", then\nleave"\n',
    );
    expect(parseCsv(csv, { columns: true })).toEqual([
      { ...row, affiliation_quote: '', speaks_for_actor_id: '', span_start: '0', span_end: '4' },
    ]);
  });
});

describe('DuckDB time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('is UTC whatever the process time zone (ICU is loaded in @duckdb/node-api)', async () => {
    process.env.TZ = 'Asia/Tokyo';
    const setting = "SELECT current_setting('TimeZone')";
    // Without the fix DuckDB follows the process: a plain instance says Asia/Tokyo.
    const plain = await DuckDBInstance.create(':memory:');
    const c = await plain.connect();
    expect((await c.runAndReadAll(setting)).getRows()).toEqual([['Asia/Tokyo']]);
    c.closeSync();
    plain.closeSync();
    const duck = await openDuckDb();
    try {
      expect((await duck.connection.runAndReadAll(setting)).getRows()).toEqual([['UTC']]);
    } finally {
      duck.close();
    }
  });
});

describe('the descriptor and its documentation', () => {
  const descriptor = JSON.parse(readFileSync(join(DIST, 'datapackage.json'), 'utf8')) as {
    resources: {
      name: string;
      type?: string;
      alternates: Record<string, unknown>[];
      schema: { fields: { name: string; description: string }[] };
    }[];
  };
  // the table resources; the workbook is a resource without a schema
  const tables = descriptor.resources.filter((r) => r.schema !== undefined);

  it('no field description says the same sentence twice', () => {
    const repeated = tables.flatMap((r) =>
      r.schema.fields
        .filter((f) => {
          const sentences = f.description.split(/(?<=\.)\s+/);
          return new Set(sentences).size !== sentences.length;
        })
        .map((f) => `${r.name}.${f.name}`),
    );
    expect(repeated).toEqual([]);
    const outcome = tables
      .find((r) => r.name === 'casualties')
      ?.schema.fields.find((f) => f.name === 'outcome');
    expect(outcome?.description).toBe(
      'killed: people reported killed. injured: people reported injured or wounded.',
    );
  });

  it('the codebook and the dataset card explain one resource per table and `alternates`', () => {
    const note = resourcesNote();
    expect(readFileSync(join(DIST, 'CODEBOOK.md'), 'utf8')).toContain(
      `- **Descriptor.** ${note}\n`,
    );
    expect(readFileSync(join(DIST, 'README.md'), 'utf8')).toContain(`\n${note}\n`);
    for (const r of tables) {
      expect(r.alternates.map((a) => a.path)).toEqual([`${r.name}.json`, `${r.name}.parquet`]);
      for (const a of r.alternates)
        for (const key of Object.keys(a)) expect(note).toContain(`\`${key}\``);
    }
    expect(note).toContain('`alternates`, a custom property');
    expect(note).toContain('`application/vnd.apache.parquet`');
  });
});

describe('the release metadata agrees', () => {
  it("CITATION.cff's version and date-released are package.json's version and the CHANGELOG date", () => {
    const citation = parseYaml(read('CITATION.cff')) as Record<string, unknown>;
    const pkg = JSON.parse(read('package.json')) as { version: string };
    const release = readRelease({});
    expect(release.version).toBe(pkg.version);
    expect({
      version: String(citation.version),
      'date-released': String(citation['date-released']),
    }).toEqual({ version: pkg.version, 'date-released': release.created.slice(0, 10) });
  });

  it('the newest CHANGELOG entry counts the records and annotations dist/ holds', () => {
    const entry = read('CHANGELOG.md').split('\n## [')[1]?.split('\n## ')[0] ?? '';
    const counts =
      /(\d+) records from (\d+) curated annotations: (\d+) document, (\d+) events \(the campaign and (\d+) incidents\), (\d+) casualty records \((\d+) with a count\), (\d+) damage records, (\d+) munitions, (\d+) actors and (\d+) claims/.exec(
        entry,
      );
    const rows = (table: string) =>
      JSON.parse(readFileSync(join(DIST, `${table}.json`), 'utf8')) as Record<string, unknown>[];
    const tables = ['documents', 'events', 'casualties', 'damage', 'munitions', 'actors', 'claims'];
    const added = ['event_actors', 'places', 'exclusions'];
    const annotations = JSON.parse(read('raw/stepanakert-2020/annotations.json')) as {
      annotations: unknown[];
    };
    const links = /(\d+) event actors, (\d+) places? and (\d+) exclusions/.exec(entry);
    expect(links?.slice(1).map(Number)).toEqual(added.map((t) => rows(t).length));
    expect(counts?.slice(1).map(Number)).toEqual([
      [...tables, ...added].reduce((n, t) => n + rows(t).length, 0),
      annotations.annotations.length,
      rows('documents').length,
      rows('events').length,
      rows('events').filter((e) => e.event_kind === 'incident').length,
      rows('casualties').length,
      rows('casualties').filter((c) => c.qualifier !== 'unspecified').length,
      ...tables.slice(3).map((t) => rows(t).length),
    ]);
  });

  it('the npm scripts name only files that exist, and `npm run build` is `make`', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.build).toBe('make');
    const named = Object.values(scripts).flatMap((s) =>
      [...s.matchAll(/(?:^|\s)-p\s+(\S+)/g)].map((m) => m[1] as string),
    );
    expect(named.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });
});
