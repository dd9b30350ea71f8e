import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { packageVersion } from '../pipeline/metadata/release.js';
import type { Row } from '../pipeline/records/tables.js';
import { casualtyTotals } from '../pipeline/records/totals.js';
import { toGeoJson } from '../pipeline/write/to-geojson.js';
import { buildErrorOf } from './build-error.js';
import { cleanTempDirs, cli, DIST, RAW, ROOT, selector, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

const real = buildTables(RAW).tables;
const doc = (id: string) => `stepanakert-2020:${id}`;
const provenance = (start: number, end: number, quote: string) => ({
  document_id: 'stepanakert-2020',
  span_start: start,
  span_end: end,
  quote,
});
const published = (name: string) => JSON.parse(readFileSync(join(DIST, name), 'utf8'));

describe('who did it, where, what adds up, what was left out (real article)', () => {
  it('event_actors: the perpetrator the lead names, with who confirms and who denies it', () => {
    expect(
      real.event_actors.find((r) => r.event_actor_id === doc('role-campaign-azerbaijan')),
    ).toEqual({
      event_actor_id: doc('role-campaign-azerbaijan'),
      event_id: doc('campaign'),
      actor_id: doc('azerbaijan'),
      role: 'perpetrator',
      ...provenance(820, 833, 'by Azerbaijan'),
    });
    expect(
      real.claims
        .filter((c) => c.subject_id === doc('role-campaign-azerbaijan'))
        .map((c) => [c.subject_table, c.actor_id, c.stance]),
    ).toEqual([
      ['event_actors', doc('hrw'), 'asserts'],
      ['event_actors', doc('hrw'), 'asserts'],
      ['event_actors', doc('azerbaijan'), 'denies'],
      ['event_actors', doc('international-third-parties'), 'confirms'],
      ['event_actors', doc('several-outlets'), 'reports'],
      ['event_actors', doc('unnamed-reports'), 'reports'],
      ['event_actors', doc('international-third-parties'), 'confirms'],
    ]);
    expect(real.event_actors.map((r) => [r.event_id, r.role, r.actor_id, r.quote])).toEqual([
      [
        doc('inc-0927-0803'),
        'perpetrator',
        doc('azerbaijani-armed-forces'),
        'Azerbaijani armed forces',
      ],
      [
        doc('inc-0927-0803'),
        'target',
        doc('civilians'),
        'against civilian settlements, including the capital, Stepanakert',
      ],
      [doc('inc-1028-maternity'), 'perpetrator', doc('azerbaijan'), 'Azerbaijan had targeted'],
      [
        doc('inc-1028-maternity'),
        'target',
        doc('civilians'),
        'the maternity hospital of Stepanakert',
      ],
      [
        doc('inc-1030-central-market'),
        'perpetrator',
        doc('azerbaijan'),
        'Azerbaijan had shelled the market',
      ],
      [doc('inc-1030-central-market'), 'target', doc('civilians'), 'Stepanakert’s Central market'],
      [
        doc('inc-0927-1400'),
        'perpetrator',
        doc('azerbaijani-armed-forces'),
        'Azerbaijani forces were bombarding',
      ],
      [
        doc('inc-0927-1400'),
        'target',
        doc('civilians'),
        'Residential buildings and also a military hospital was targeted',
      ],
      [
        doc('campaign'),
        'perpetrator',
        doc('azerbaijani-armed-forces'),
        'Perpetrators: Azerbaijani Armed Forces',
      ],
      [doc('campaign'), 'perpetrator', doc('azerbaijan'), 'by Azerbaijan'],
      [
        doc('campaign'),
        'target',
        doc('civilians'),
        'against civilian areas lacking any military installations in Stepanakert',
      ],
      [doc('inc-saturday'), 'perpetrator', doc('azerbaijan'), 'Azerbaijan resumed shelling'],
    ]);
  });

  it('event_actors: every incident with a perpetrator names its target, each with its claims', () => {
    const role = (id: string, event: string, start: number, end: number, quote: string) => ({
      event_actor_id: doc(id),
      event_id: doc(event),
      actor_id: doc('civilians'),
      role: 'target',
      ...provenance(start, end, quote),
    });
    expect(
      real.event_actors.filter((r) =>
        ['role-1400-civilians', 'role-1028-civilians', 'role-1030-civilians']
          .map(doc)
          .includes(String(r.event_actor_id)),
      ),
    ).toEqual([
      role(
        'role-1028-civilians',
        'inc-1028-maternity',
        9161,
        9198,
        'the maternity hospital of Stepanakert',
      ),
      role(
        'role-1030-civilians',
        'inc-1030-central-market',
        9858,
        9886,
        'Stepanakert’s Central market',
      ),
      role(
        'role-1400-civilians',
        'inc-0927-1400',
        8593,
        8656,
        'Residential buildings and also a military hospital was targeted',
      ),
    ]);
    // every event with a perpetrator has a target, but the Saturday shelling: the text says only
    // that Stepanakert was shelled, and names no civilians or civilian place as attacked
    const roles = (r: string) =>
      new Set(real.event_actors.filter((a) => a.role === r).map((a) => a.event_id));
    expect([...roles('perpetrator')].filter((e) => !roles('target').has(e))).toEqual([
      doc('inc-saturday'),
    ]);
    const claim = (
      id: string,
      subject: string,
      actor: string,
      stance: string,
      basis: string,
      date: [string, string] | null,
      start: number,
      end: number,
      quote: string,
    ) => ({
      claim_id: doc(`${id}/${subject}`),
      subject_table: 'event_actors',
      subject_id: doc(subject),
      actor_id: doc(actor),
      stance,
      attribution_basis: basis,
      statement_date: date?.[0] ?? null,
      statement_date_quote: date?.[1] ?? null,
      ...provenance(start, end, quote),
    });
    const added = [
      'cl-role-armenia-mod-1400-civilians',
      'cl-role-uic-1028-civilians',
      'cl-role-hrw-maternity-civilians',
      'cl-role-ombudsman-market-civilians',
      'cl-role-hrw-2020-12-11-civilians',
      'cl-role-ohchr-civilians',
    ];
    expect(
      real.claims.filter((c) => added.some((id) => String(c.claim_id).startsWith(doc(`${id}/`)))),
    ).toEqual([
      claim(
        'cl-role-armenia-mod-1400-civilians',
        'role-1400-civilians',
        'armenia-mod',
        'asserts',
        'continuation',
        null,
        8593,
        8657,
        'Residential buildings and also a military hospital was targeted.',
      ),
      claim(
        'cl-role-hrw-2020-12-11-civilians',
        'role-campaign-civilians',
        'hrw',
        'asserts',
        'explicit',
        ['2020-12-11', 'December 11, 2020'],
        10108,
        10394,
        'On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentioning the attacks on Stepanakert using cluster munitions, Smerch, and Grad rockets, which occurred even though there was no evidence of military operations in those areas.',
      ),
      claim(
        'cl-role-hrw-maternity-civilians',
        'role-1028-civilians',
        'hrw',
        'reports',
        'explicit',
        null,
        9356,
        9721,
        'according to staff testimonies and video material obtained by HRW "dozens of patients and staff were at the hospital during the attack, including pregnant women, women with bleeding and other gynaecological issues, civilians with light wounds, and soldiers in the emergency ward. The presence of injured soldiers in a hospital does not change its protected nature."',
      ),
      claim(
        'cl-role-ohchr-civilians',
        'role-campaign-civilians',
        'ohchr-special-rapporteurs',
        'asserts',
        'explicit',
        ['2021-02-02', 'February 2, 2021'],
        11114,
        11412,
        'The letter states that Azerbaijani forces conducted multiple strikes “which may constitute a bombardment” on Stepanakert with indiscriminate weapons, including air-delivered weapons, large calibre artillery, rockets and cluster munitions in several parts of Stepanakert, including residential areas',
      ),
      claim(
        'cl-role-ombudsman-market-civilians',
        'role-1030-civilians',
        'artsakh-ombudsman',
        'asserts',
        'explicit',
        ['2020-10-31', 'September 27, 2020 … October 31'],
        9723,
        10106,
        'On October 31, Human Rights Ombudsman of the self-proclaimed Republic of Artsakh, Artak Beglaryan, released a video from the rubble of Stepanakert’s Central market, claiming that in violation of the humanitarian ceasefire agreement signed the day before Azerbaijan had shelled the market, calling on the international community to act in order to stop attacks on civilian population.',
      ),
      claim(
        'cl-role-uic-1028-civilians',
        'role-1028-civilians',
        'unified-info-center',
        'asserts',
        'explicit',
        null,
        9081,
        9213,
        "Armenian government's Unified Info Center reported that Azerbaijan had targeted the maternity hospital of Stepanakert on October 28.",
      ),
    ]);
  });

  it('places: the town with coordinates from its own gazetteer source; every event and placed object links to it', () => {
    expect(real.places).toEqual([
      {
        place_id: doc('place-stepanakert'),
        name: 'Stepanakert',
        latitude: 39.81528,
        longitude: 46.75194,
        geo_precision: 'town',
        gazetteer_id: 'stepanakert',
        coordinates_source: 'Stepanakert (English Wikipedia)',
        coordinates_address: 'https://en.wikipedia.org/wiki/Stepanakert',
        coordinates_licence: 'CC-BY-SA-4.0',
        coordinates_quote: '39.81528 N, 46.75194 E',
        ...provenance(304, 315, 'Stepanakert'),
      },
    ]);
    expect(real.events.every((e) => e.place_id === doc('place-stepanakert'))).toBe(true);
    // a named site without its own coordinates takes the town's, precision town
    expect(real.damage.find((d) => d.damage_id === doc('dmg-1028-maternity'))?.place_id).toBe(
      doc('place-stepanakert'),
    );
    // the dual-use objects "located in residential areas" of Stepanakert and the substation near
    // School No. 10 take the town too; no damage row of scope stepanakert is left without a place
    expect(real.damage.filter((d) => d.place_id === null).map((d) => d.damage_id)).toEqual([]);
    for (const id of [
      'dmg-electricity-gas',
      'dmg-power-plants',
      'dmg-substation',
      'dmg-telecom-office',
    ])
      expect(real.damage.find((d) => d.damage_id === doc(id))?.place_id).toBe(
        doc('place-stepanakert'),
      );
  });

  it('casualties: an incident figure names the total it is part of, and how that is known', () => {
    expect(real.casualties.find((c) => c.casualty_id === doc('cas-1400-killed'))).toEqual({
      casualty_id: doc('cas-1400-killed'),
      event_id: doc('inc-0927-1400'),
      outcome: 'killed',
      population: 'civilian',
      count_low: 1,
      count_best: 1,
      count_high: 1,
      qualifier: 'exact',
      count_quote: '1',
      scope: 'stepanakert',
      included_in: doc('cas-lead-killed'),
      inclusion_basis: 'inferred',
      inclusion_reason:
        'The lead gives the toll of the whole bombardment of the city ("Throughout the course of the bombardment, 13 residents were killed"); the civilian killed in Stepanakert on 27 September is one of the bombardment\'s dead. The text does not say so in as many words.',
      ...provenance(8681, 8702, '1 civilian was killed'),
    });
    expect(real.casualties.filter((c) => c.included_in === null).map((c) => c.casualty_id)).toEqual(
      [doc('cas-lead-injured'), doc('cas-lead-killed')],
    );
  });

  it('exclusions: every excluded mention with its exclusion, category and reason', () => {
    expect(real.exclusions).toHaveLength(54);
    expect(real.exclusions.filter((x) => x.exclusion_id === doc('x-72-bomblets'))).toEqual([
      {
        mention_id: doc('x-72-bomblets@5746'),
        exclusion_id: doc('x-72-bomblets'),
        mention_type: 'count_word',
        category: 'technical_specification',
        reason: 'How many bomblets one Smerch rocket disperses, not how many were used.',
        exclusion_start: 5746,
        exclusion_end: 5778,
        ...provenance(5746, 5749, 'one'),
      },
      {
        mention_id: doc('x-72-bomblets@5757'),
        exclusion_id: doc('x-72-bomblets'),
        mention_type: 'number',
        category: 'technical_specification',
        reason: 'How many bomblets one Smerch rocket disperses, not how many were used.',
        exclusion_start: 5746,
        exclusion_end: 5778,
        ...provenance(5757, 5759, '72'),
      },
    ]);
  });
});

describe('the published totals, in DuckDB SQL the documented way', () => {
  it('adding only the rows whose included_in is empty (the README query) gives 13 killed and 51 injured; adding every row would not', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const query =
      /```sql\n(SELECT outcome, CAST\(sum\(count_best\)[\s\S]*?;)\n```/.exec(readme)?.[1] ?? '';
    expect(query).toContain('WHERE included_in IS NULL');
    const sql = query.replaceAll("'dist/", `'${ROOT}/dist/`);
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    const rows = (await c.runAndReadAll(sql)).getRowObjectsJson();
    const naive = (
      await c.runAndReadAll(
        `SELECT outcome, CAST(sum(count_best) AS INTEGER) AS count_best FROM '${ROOT}/dist/casualties.parquet' GROUP BY outcome ORDER BY outcome`,
      )
    ).getRowObjectsJson();
    c.closeSync();
    instance.closeSync();
    expect(rows).toEqual([
      { outcome: 'injured', count_best: 51, rows: 1 },
      { outcome: 'killed', count_best: 13, rows: 1 },
    ]);
    expect(naive).toEqual([
      { outcome: 'injured', count_best: 55 },
      { outcome: 'killed', count_best: 14 },
    ]);
  });
});

describe('events.geojson', () => {
  it('has a feature per event whose coordinates and properties equal the events and places rows', () => {
    const geo = published('events.geojson');
    const events = published('events.json') as Row[];
    const places = new Map((published('places.json') as Row[]).map((p) => [p.place_id, p]));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { id: string }) => f.id)).toEqual(events.map((e) => e.event_id));
    for (const [i, e] of events.entries()) {
      const place = places.get(e.place_id) as Row;
      expect(geo.features[i]).toEqual({
        type: 'Feature',
        id: e.event_id,
        geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
        properties: {
          ...e,
          place_name: place.name,
          geo_precision: place.geo_precision,
          gazetteer_id: place.gazetteer_id,
          coordinates_source: place.coordinates_source,
          coordinates_address: place.coordinates_address,
          coordinates_licence: place.coordinates_licence,
          coordinates_quote: place.coordinates_quote,
        },
      });
    }
    expect(geo.features[0].geometry.coordinates).toEqual([46.75194, 39.81528]);
    // where the point comes from: the gazetteer's source, never the article the quote is from
    expect(geo.features[0].properties).toMatchObject({
      gazetteer_id: 'stepanakert',
      coordinates_source: 'Stepanakert (English Wikipedia)',
      coordinates_address: 'https://en.wikipedia.org/wiki/Stepanakert',
      coordinates_licence: 'CC-BY-SA-4.0',
      coordinates_quote: '39.81528 N, 46.75194 E',
    });
    const resource = (published('datapackage.json') as { resources: Row[] }).resources.find(
      (r) => r.name === 'events-geojson',
    );
    expect([resource?.licenses, resource?.sources]).toEqual([
      [{ name: 'CC-BY-SA-4.0' }],
      [
        {
          title: 'Stepanakert (English Wikipedia)',
          path: 'https://en.wikipedia.org/wiki/Stepanakert',
        },
      ],
    ]);
  });
});

describe('the writers of totals and GeoJSON, on small literal rows', () => {
  it('adds only rows included in no other, and gives no best figure when one row has none', () => {
    const row = (id: string, best: number | null, low: number, included: string | null) => ({
      casualty_id: id,
      outcome: 'killed',
      count_low: low,
      count_best: best,
      count_high: best,
      count_quote: String(low),
      included_in: included,
    });
    expect(
      casualtyTotals([row('a', 10, 10, null), row('b', 2, 2, 'a'), row('c', null, 3, null)]),
    ).toEqual([{ outcome: 'killed', rows: 2, count_low: 13, count_best: null, count_high: null }]);
  });

  it('writes longitude first, and a null geometry for an event without a place', () => {
    const event = (id: string, place: string | null) => ({ event_id: id, place_id: place });
    const geo = JSON.parse(
      toGeoJson({
        events: [event('e1', 'p1'), event('e2', null)],
        places: [
          { place_id: 'p1', name: 'Town', latitude: 1.5, longitude: 2.25, geo_precision: 'town' },
        ],
      }),
    );
    expect(geo.features.map((f: { geometry: unknown }) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [2.25, 1.5] },
      null,
    ]);
    expect(geo.features[1].properties.place_name).toBeNull();
    expect(geo.features[1].properties.coordinates_source).toBeNull();
  });
});

describe('check verifies every quote against the published source texts', () => {
  it('fails on a dist whose source text has one changed character, with the exact message', () => {
    const out = join(tempDir(), 'out');
    cpSync(DIST, out, { recursive: true });
    const path = join(out, 'sources', 'stepanakert-2020.txt');
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('Grad rockets');
    writeFileSync(path, `${text.slice(0, at)}g${text.slice(at + 1)}`);
    const r = cli(['check', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.replaceAll(out, '<out>')).toBe(
      `error: <out>/sources/stepanakert-2020.txt: checksum differs from SHA256SUMS
  expected: 7c89d5369607fc5d59419a7f908ab0c334436d9afbac22dd1a177b69b58a0516
  found:    50f65f842388da09696a06e226547f0f7dbcc962f3e1ae39e92961e4629d9b8a
  fix:      the file was changed or damaged: download or rebuild it

error: <out>/sources/stepanakert-2020.txt: hash differs from datapackage.json
  expected: sha256:7c89d5369607fc5d59419a7f908ab0c334436d9afbac22dd1a177b69b58a0516
  found:    sha256:50f65f842388da09696a06e226547f0f7dbcc962f3e1ae39e92961e4629d9b8a
  fix:      download or rebuild the file

error: <out>/datapackage.json:2554: differs from what version ${packageVersion()} generates from the folder's tables and schemas/
  expected: "      \\"hash\\": \\"sha256:50f65f842388da09696a06e226547f0f7dbcc962f3e1ae39e92961e4629d9b8a\\","
  found:    "      \\"hash\\": \\"sha256:7c89d5369607fc5d59419a7f908ab0c334436d9afbac22dd1a177b69b58a0516\\","
  fix:      download the whole folder again or rebuild it; do not edit published files

error: <out>/sources/stepanakert-2020.txt, id "stepanakert-2020": the source text differs from the one the dataset was built from
  expected: 12605 bytes with SHA-256 7c89d5369607fc5d59419a7f908ab0c334436d9afbac22dd1a177b69b58a0516 (documents.json)
  found:    12605 bytes with SHA-256 50f65f842388da09696a06e226547f0f7dbcc962f3e1ae39e92961e4629d9b8a
  fix:      download the whole folder again or rebuild it

error: <out>/munitions.json, id "stepanakert-2020:mun-hrw-grad", field "quote": the quote is not the text of sources/stepanakert-2020.txt at its offsets
  expected: "Grad rockets"
  found:    "grad rockets" at 10293–10305; first difference at 10293: "g", not "G"
  fix:      the source text or the table was changed: download the whole folder again or rebuild it

error: <out>/claims.json, id "stepanakert-2020:cl-hrw-2020-12-11/mun-hrw-cluster", field "quote": the quote is not the text of sources/stepanakert-2020.txt at its offsets
  expected: "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio...
  found:    "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio... at 10108–10394; first difference at 10293: "g", not "G"
  fix:      the source text or the table was changed: download the whole folder again or rebuild it

error: <out>/claims.json, id "stepanakert-2020:cl-hrw-2020-12-11/mun-hrw-grad", field "quote": the quote is not the text of sources/stepanakert-2020.txt at its offsets
  expected: "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio...
  found:    "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio... at 10108–10394; first difference at 10293: "g", not "G"
  fix:      the source text or the table was changed: download the whole folder again or rebuild it

error: <out>/claims.json, id "stepanakert-2020:cl-hrw-2020-12-11/mun-hrw-smerch", field "quote": the quote is not the text of sources/stepanakert-2020.txt at its offsets
  expected: "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio...
  found:    "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio... at 10108–10394; first difference at 10293: "g", not "G"
  fix:      the source text or the table was changed: download the whole folder again or rebuild it

error: <out>/claims.json, id "stepanakert-2020:cl-role-hrw-2020-12-11-civilians/role-campaign-civilians", field "quote": the quote is not the text of sources/stepanakert-2020.txt at its offsets
  expected: "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio...
  found:    "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio... at 10108–10394; first difference at 10293: "g", not "G"
  fix:      the source text or the table was changed: download the whole folder again or rebuild it

error: <out>/claims.json, id "stepanakert-2020:cl-role-hrw-2020-12-11/role-campaign-azerbaijan", field "quote": the quote is not the text of sources/stepanakert-2020.txt at its offsets
  expected: "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio...
  found:    "On December 11, 2020, Human Rights Watch released a comprehensive report about violations by Azerbaijan, also mentio... at 10108–10394; first difference at 10293: "g", not "G"
  fix:      the source text or the table was changed: download the whole folder again or rebuild it
10 problem(s) in <out>
`,
    );
  });
});

// ---- the rules of the links, each broken by a small document
const MINI =
  'On March 3, 2021 the town was shelled by the army; 5 residents were killed, 2 of them in the market. GMT+4\n';
const ann = (id: string, kind: string, exact: string, fields: Record<string, unknown>) => ({
  id,
  kind,
  selector: selector(MINI, exact),
  ...fields,
});
const base = [
  ann('tz', 'timezone', 'GMT+4', {}),
  ann('d1', 'date', 'March 3, 2021', { rule: 'calendar' }),
  ann('campaign', 'campaign', 'the town was shelled', {
    location: 'Town',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    summary: 'Shelling.',
    dates: ['d1'],
    timezone: 'tz',
  }),
  ann('cas-total', 'casualty', '5 residents were killed', {
    event: 'campaign',
    outcome: 'killed',
    population: 'civilian',
    scope: 'stepanakert',
    count: '5',
  }),
  ann('cas-market', 'casualty', '2 of them in the market', {
    event: 'campaign',
    outcome: 'injured',
    population: 'civilian',
    scope: 'stepanakert',
    count: '2',
  }),
];
const place = ann('town', 'place', 'the town', { gazetteer: 'stepanakert', located: ['campaign'] });

const buildError = (annotations: unknown[]) => buildErrorOf(MINI, annotations);

describe('the links between records fail the build with the exact error', () => {
  it('an event without a place', () => {
    expect(buildError(base)).toBe(
      `error: <raw>/mini/annotations.json:28:7, id "campaign", field "id": the event has no place
  expected: the event listed in the located of one place annotation
  found:    no place annotation locates it
  fix:      add "campaign" to the located of the place the text gives for it`,
    );
  });

  it('a place whose gazetteer entry does not exist', () => {
    expect(buildError([...base, { ...place, gazetteer: 'atlantis' }])).toBe(
      `error: <raw>/mini/annotations.json:88:7, id "town", field "gazetteer": the place names no gazetteer entry
  expected: the id of an entry of <raw>/gazetteer.json
  found:    "atlantis"
  fix:      correct the id, or add the entry with the source and licence of its coordinates`,
    );
  });

  it('an inclusion of a figure in one of another outcome', () => {
    expect(
      buildError([
        ...base,
        place,
        ann('in-market', 'inclusion', '5 residents were killed', {
          part: 'cas-market',
          whole: 'cas-total',
          basis: 'stated',
          reason: '"of them"',
        }),
      ]),
    ).toBe(
      `error: <raw>/mini/annotations.json:104:7, id "in-market", field "whole": the two figures cannot be added up
  expected: another casualty figure of the same outcome as casualty "cas-market" (injured)
  found:    casualty "cas-total" (killed)
  fix:      point whole at the larger figure of the same kind`,
    );
  });

  it('a role no claim names', () => {
    expect(
      buildError([
        ...base,
        place,
        ann('army', 'actor', 'the army', {
          name: 'The army',
          actor_type: 'armed_forces',
          affiliation: 'unknown',
        }),
        ann('role-army', 'role', 'by the army', {
          event: 'campaign',
          actor: 'army',
          role: 'perpetrator',
        }),
      ]),
    ).toBe(
      `error: <raw>/mini/annotations.json:108:7, id "role-army", field "id": no claim names the role
  expected: a claim annotation with the role among its subjects
  found:    none
  fix:      add the claim of whoever the text says asserts, confirms, reports or denies it`,
    );
  });
});
