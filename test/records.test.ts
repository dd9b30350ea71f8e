import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { InputError } from '../pipeline/lib/errors.js';
import { validator } from '../pipeline/lib/schemas.js';
import { fieldInfo } from '../pipeline/metadata/fields.js';
import type { Row } from '../pipeline/records/tables.js';
import { TABLES, type Tables } from '../pipeline/records/tables.js';
import { buildRecords } from '../pipeline/stages/build-records.js';
import { coverage } from '../pipeline/stages/coverage.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { normalise } from '../pipeline/stages/normalise.js';
import { parseAnnotations } from '../pipeline/stages/parse-annotations.js';
import { readGazetteer } from '../pipeline/stages/read-gazetteer.js';
import { type RawDocument, readRaw } from '../pipeline/stages/read-raw.js';
import { validateRecords } from '../pipeline/stages/validate-records.js';
import { buildErrorOf } from './build-error.js';
import { cleanTempDirs, RAW, selector } from './helpers.js';

afterAll(cleanTempDirs);

const real = buildTables(RAW).tables;
const find = (table: keyof Tables, id: string) =>
  real[table].find((r) => Object.values(r)[0] === `stepanakert-2020:${id}`);
const provenance = (start: number, end: number, quote: string) => ({
  document_id: 'stepanakert-2020',
  span_start: start,
  span_end: end,
  quote,
});

describe('records of the real article', () => {
  it('counts rows per table', () => {
    expect(Object.fromEntries(TABLES.map((t) => [t, real[t].length]))).toEqual({
      documents: 1,
      events: 6,
      casualties: 7,
      damage: 22,
      munitions: 25,
      actors: 22,
      claims: 105,
      event_actors: 12,
      places: 1,
      exclusions: 54,
    });
  });

  it('events: the campaign, with its range from a stated start to the approximate bound of a rounded duration', () => {
    expect(find('events', 'campaign')).toEqual({
      event_id: 'stepanakert-2020:campaign',
      parent_event_id: null,
      event_kind: 'campaign',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      date_start: '2020-09-27',
      // "6-week" is rounded: up to 6.5 weeks, the 46th day
      date_end: '2020-11-11',
      date_precision: 'months',
      date_basis: 'derived_duration',
      date_basis_quote: '2020-09-27 … September 27, 2020 … 6-week',
      time_local: null,
      time_qualifier: null,
      time_quote: null,
      time_basis: null,
      utc_offset: '+04:00',
      location: 'Stepanakert',
      place_id: 'stepanakert-2020:place-stepanakert',
      summary:
        'Shelling, rocket, missile, cluster-munition and air strikes on Stepanakert throughout the Second Nagorno-Karabakh War.',
      ...provenance(
        285,
        376,
        'The bombardment of Stepanakert (Ստեփանակերտի ռմբակոծություններ) began on September 27, 2020',
      ),
    });
  });

  const incident = {
    parent_event_id: 'stepanakert-2020:campaign',
    event_kind: 'incident',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Shelling/artillery/missile attack',
    utc_offset: '+04:00',
    location: 'Stepanakert',
    place_id: 'stepanakert-2020:place-stepanakert',
  };

  it("events: a time stated as the attack's own, with its date's year from the lead", () => {
    expect(find('events', 'inc-0927-0803')).toEqual({
      event_id: 'stepanakert-2020:inc-0927-0803',
      ...incident,
      date_start: '2020-09-27',
      date_end: '2020-09-27',
      date_precision: 'day',
      date_basis: 'stated_without_year',
      date_basis_quote: 'September 27, 2020 … September 27',
      time_local: '08:03',
      time_qualifier: 'exact',
      time_quote: '08:03',
      time_basis: 'stated',
      summary:
        'Artillery and aerial strikes on civilian settlements including Stepanakert at the start of hostilities.',
      ...provenance(
        7939,
        8118,
        'hostilities commenced when at 08:03 on September 27 Azerbaijani armed forces launched artillery and aerial strikes against civilian settlements, including the capital, Stepanakert',
      ),
    });
  });

  it('events: "on Saturday morning" is a range of Saturdays, not a guessed day; the 11:00 of a second report is marked as linked', () => {
    expect(find('events', 'inc-saturday')).toEqual({
      event_id: 'stepanakert-2020:inc-saturday',
      ...incident,
      date_start: '2020-10-03',
      date_end: '2020-11-07',
      date_precision: 'months',
      date_basis: 'derived_weekday',
      date_basis_quote: 'September 27, 2020 … 6-week … September 27 … on Saturday morning',
      time_local: '11:00',
      time_qualifier: 'exact',
      time_quote: '11:00 a.m',
      time_basis: 'linked_report',
      summary:
        'Renewed shelling of Stepanakert on a Saturday morning; residents in shelters, three explosions heard that day.',
      ...provenance(8779, 8829, 'Stepanakert, was shelled again on Saturday morning'),
    });
  });

  it('events: "the day before" October 31 bounds the market attack to two days; approximately 14:00 keeps its qualifier and is the time of the statement', () => {
    expect(find('events', 'inc-1030-central-market')).toMatchObject({
      date_start: '2020-10-30',
      date_end: '2020-10-31',
      date_precision: 'days',
      date_basis: 'derived_range',
      time_local: null,
      time_basis: null,
    });
    expect(find('events', 'inc-0927-1400')).toEqual({
      event_id: 'stepanakert-2020:inc-0927-1400',
      ...incident,
      date_start: '2020-09-27',
      date_end: '2020-09-27',
      date_precision: 'day',
      date_basis: 'context',
      date_basis_quote: 'September 27, 2020 … September 27',
      time_local: '14:00',
      time_qualifier: 'approximately',
      time_quote: 'approximately 14:00',
      time_basis: 'statement_time',
      summary:
        'Bombardment of Stepanakert under way at about 14:00, when the Armenian MoD reported it; a government building partly destroyed, cars damaged, residential buildings and a military hospital targeted.',
      ...provenance(8413, 8459, 'Azerbaijani forces were bombarding Stepanakert'),
    });
  });

  it('casualties: "More than a dozen" is at least 13, with no best figure', () => {
    expect(find('casualties', 'cas-0927-injured')).toEqual({
      casualty_id: 'stepanakert-2020:cas-0927-injured',
      event_id: 'stepanakert-2020:inc-0927-0803',
      outcome: 'injured',
      population: 'unspecified',
      count_low: 13,
      count_best: null,
      count_high: null,
      qualifier: 'more_than',
      count_quote: 'More than a dozen',
      scope: 'stepanakert',
      included_in: 'stepanakert-2020:cas-lead-injured',
      inclusion_basis: 'inferred',
      inclusion_reason:
        'The lead gives the injured of the whole bombardment of the city; the people injured in Stepanakert on the morning of 27 September are among them. The text calls them people, the lead residents; it does not say they are counted in the 51.',
      ...provenance(
        8233,
        8316,
        'More than a dozen people were injured in Stepanakert (including women and children)',
      ),
    });
    expect(find('casualties', 'cas-lead-killed')).toMatchObject({
      count_low: 13,
      count_best: 13,
      count_high: 13,
      qualifier: 'exact',
    });
    expect(find('casualties', 'cas-infobox-killed')).toBeUndefined();
  });

  it('damage: "at least six times" counts strikes on School No. 10, struck but of no stated damage', () => {
    expect(find('damage', 'dmg-school-10')).toEqual({
      damage_id: 'stepanakert-2020:dmg-school-10',
      event_id: 'stepanakert-2020:campaign',
      object: 'Stepanakert’s School No. 10',
      object_category: 'education',
      damage_level: 'targeted',
      unit: 'strikes',
      count_low: 6,
      count_best: null,
      count_high: null,
      qualifier: 'at_least',
      count_quote: 'at least six',
      scope: 'stepanakert',
      place_id: 'stepanakert-2020:place-stepanakert',
      included_in: null,
      inclusion_basis: null,
      inclusion_reason: null,
      ...provenance(12043, 12096, 'struck Stepanakert’s School No. 10 at least six times'),
    });
    expect(find('damage', 'dmg-lead-buildings')).toMatchObject({
      count_low: 4258,
      count_best: 4258,
      count_high: 4258,
      unit: 'buildings',
    });
  });

  it('munitions: "Over 180" is at least 181, used between two stated dates, scope not separated from the region', () => {
    expect(find('munitions', 'mun-over-180')).toEqual({
      munition_id: 'stepanakert-2020:mun-over-180',
      event_id: 'stepanakert-2020:campaign',
      weapon: 'cluster munitions',
      weapon_category: 'cluster_munition',
      origin: null,
      unit: 'munitions',
      count_low: 181,
      count_best: null,
      count_high: null,
      qualifier: 'more_than',
      count_quote: 'Over 180',
      date_start: '2020-09-27',
      date_end: '2020-10-10',
      scope: 'stepanakert_and_region',
      ...provenance(
        5579,
        5662,
        'Over 180 cluster munitions were used between September 27, 2020 to October 10, 2020',
      ),
    });
    expect(find('munitions', 'mun-lar-160')).toMatchObject({
      weapon: 'LAR-160 cluster munition rockets',
      origin: 'Israeli-made',
    });
  });

  it('actors and claims: a denial is a claim on the same subject; both statements of a total are claims of one figure', () => {
    expect(find('actors', 'azerbaijan-mod')).toEqual({
      actor_id: 'stepanakert-2020:azerbaijan-mod',
      name: 'Ministry of Defence of Azerbaijan',
      actor_type: 'armed_forces',
      affiliation: 'azerbaijan',
      affiliation_quote: 'Azerbaijani',
      speaks_for_actor_id: null,
      ...provenance(8322, 8337, 'Azerbaijani MoD'),
    });
    const onInjured = real.claims
      .filter((c) => c.subject_id === 'stepanakert-2020:cas-0927-injured')
      .map((c) => [c.actor_id, c.stance]);
    expect(onInjured).toEqual([
      ['stepanakert-2020:artsakh-president-office', 'asserts'],
      ['stepanakert-2020:azerbaijan-mod', 'denies'],
    ]);
    const onKilled = real.claims
      .filter((c) => c.subject_id === 'stepanakert-2020:cas-lead-killed')
      .map((c) => c.quote);
    expect(onKilled).toEqual([
      'Fatalities: 13',
      'Throughout the course of the bombardment, 13 residents were killed, 51 were injured, and 4,258 buildings in the city were damaged.',
    ]);
    expect(
      real.claims.find(
        (c) => c.claim_id === 'stepanakert-2020:cl-ombudsman-market/inc-1030-central-market',
      ),
    ).toEqual({
      claim_id: 'stepanakert-2020:cl-ombudsman-market/inc-1030-central-market',
      subject_table: 'events',
      subject_id: 'stepanakert-2020:inc-1030-central-market',
      actor_id: 'stepanakert-2020:artsakh-ombudsman',
      stance: 'asserts',
      attribution_basis: 'explicit',
      statement_date: '2020-10-31',
      statement_date_quote: 'September 27, 2020 … October 31',
      ...provenance(
        9723,
        10010,
        'On October 31, Human Rights Ombudsman of the self-proclaimed Republic of Artsakh, Artak Beglaryan, released a video from the rubble of Stepanakert’s Central market, claiming that in violation of the humanitarian ceasefire agreement signed the day before Azerbaijan had shelled the market',
      ),
    });
    expect(
      real.claims.find(
        (c) => c.claim_id === 'stepanakert-2020:cl-0927-mod-denies/cas-0927-injured',
      ),
    ).toEqual({
      claim_id: 'stepanakert-2020:cl-0927-mod-denies/cas-0927-injured',
      subject_table: 'casualties',
      subject_id: 'stepanakert-2020:cas-0927-injured',
      actor_id: 'stepanakert-2020:azerbaijan-mod',
      stance: 'denies',
      attribution_basis: 'explicit',
      statement_date: null,
      statement_date_quote: null,
      ...provenance(8318, 8357, 'the Azerbaijani MoD denied these claims'),
    });
  });

  it('every record of every table is valid against its schema (sweep)', () => {
    let checked = 0;
    for (const t of TABLES) {
      const validate = validator(`tables/${t}.schema.json`);
      for (const row of real[t]) {
        expect(validate(row), `${t} ${String(Object.values(row)[0])}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(255);
  });
});

// ---- integrity checks, each triggered by a small bad fixture
const MINI =
  '= Mini =\n\nInfobox\n- Fatalities: 5\n- Timezone: GMT+4\n\nOn March 3, 2021 the town was shelled; 5 residents were killed. On March 4, 2021 it was shelled again and 7 were killed.\n';
const ann = (
  id: string,
  kind: string,
  exact: string,
  fields: Record<string, unknown>,
  from = 0,
) => ({ id, kind, selector: selector(MINI, exact, from), ...fields });
const event = {
  location: 'Town',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
};
const base = [
  ann('tz', 'timezone', 'GMT+4', {}),
  ann('d1', 'date', 'March 3, 2021', { rule: 'calendar' }),
  ann('d2', 'date', 'March 4, 2021', { rule: 'calendar' }),
  ann('campaign', 'campaign', 'the town was shelled', {
    ...event,
    summary: 'Shelling.',
    dates: ['d1', 'd2'],
    timezone: 'tz',
  }),
  ann('inc-2', 'incident', 'it was shelled again', {
    ...event,
    part_of: 'campaign',
    summary: 'Again.',
    dates: ['d2'],
  }),
  ann('town', 'place', 'the town', { gazetteer: 'stepanakert', located: ['campaign', 'inc-2'] }),
];

const buildError = (annotations: unknown[]) => buildErrorOf(MINI, annotations);

describe('integrity checks fail the build with the exact error', () => {
  it('totals stated in two places must agree', () => {
    expect(
      buildError([
        ...base,
        ann('cas-total', 'casualty', '5 residents were killed', {
          event: 'campaign',
          outcome: 'killed',
          population: 'civilian',
          scope: 'stepanakert',
          count: '5',
        }),
        ann('cas-infobox', 'casualty', 'Fatalities: 5', {
          event: 'campaign',
          outcome: 'injured',
          population: 'civilian',
          scope: 'stepanakert',
          count: '5',
          restates: 'cas-total',
        }),
      ]),
    ).toBe(`error: <raw>/mini/annotations.json:125:7, id "cas-infobox", field "restates": a total stated in two places does not agree
  expected: the figure of "cas-total": "5 residents were killed"
  found:    "Fatalities: 5"
  fix:      if the text really gives two figures, remove "restates" and record both with their claims`);
  });

  it('incident figures cannot exceed the campaign total', () => {
    expect(
      buildError([
        ...base,
        ann('cas-total', 'casualty', '5 residents were killed', {
          event: 'campaign',
          outcome: 'killed',
          population: 'civilian',
          scope: 'stepanakert',
          count: '5',
        }),
        ann('cas-2', 'casualty', '7 were killed', {
          event: 'inc-2',
          outcome: 'killed',
          population: 'civilian',
          scope: 'stepanakert',
          count: '7',
        }),
      ]),
    ).toBe(`error: <raw>/mini/annotations.json:110:5, id "mini:campaign", field "count_low": the incidents' killed add up to more than the campaign total
  expected: at most 5
  found:    7 (mini:cas-2: 7)
  fix:      check the count words and the event each casualty annotation refers to`);
  });

  it('a munition used from a later date to an earlier one', () => {
    expect(
      buildError([
        ...base,
        ann('d-bad', 'date', 'On March 3, 2021', { rule: 'range', from: 'd2', to: 'd1' }),
        ann('mun', 'munition', 'shelled', {
          event: 'campaign',
          weapon: 'shelled',
          weapon_category: 'artillery',
          unit: 'munitions',
          scope: 'stepanakert',
          dates: ['d-bad'],
        }),
      ]),
    ).toBe(`error: <raw>/mini/annotations.json:108:5, id "mini:mun", field "date_start": the date range ends before it starts
  expected: date_start ≤ date_end
  found:    2021-03-04 > 2021-03-03
  fix:      correct the date annotations the record refers to`);
  });
});

describe('integrity checks on tampered records name the table, record, field, value and rule', () => {
  const annotated = () => {
    const raw = readRaw(RAW)[0] as RawDocument;
    const doc = ingest(raw);
    const parsed = parseAnnotations(doc);
    return {
      doc,
      parsed,
      normalised: normalise(parsed),
      coverage: coverage(doc, parsed.annotations),
      gazetteer: readGazetteer(RAW),
    };
  };
  const fails = (tamper: (t: Tables) => void) => {
    const a = annotated();
    const tables = buildRecords([a]);
    tamper(tables);
    try {
      validateRecords(tables, [a]);
    } catch (e) {
      if (e instanceof InputError) return e.message.split('\n\n')[0]?.replace(`${RAW}/`, 'raw/');
    }
    return 'passed';
  };

  it('a duplicate primary key', () => {
    expect(
      fails((t) => t.actors.push({ ...(t.actors[0] as Row) })),
    ).toBe(`error: raw/stepanakert-2020/annotations.json:1009:5, id "stepanakert-2020:afp", field "actor_id": duplicate primary key in table actors
  expected: unique keys
  found:    "stepanakert-2020:afp"
  fix:      give the annotation a new id`);
  });

  it('a foreign key that resolves nowhere', () => {
    expect(
      fails((t) => Object.assign(t.casualties[0] as Row, { event_id: 'stepanakert-2020:nowhere' })),
    ).toBe(`error: raw/stepanakert-2020/annotations.json:1352:5, id "stepanakert-2020:cas-0927-injured", field "event_id": foreign key does not resolve in table events
  expected: an existing event_id
  found:    "stepanakert-2020:nowhere"
  fix:      point the reference at an annotation that makes a record`);
  });

  it('a claim whose actor resolves nowhere (a second table, a second key)', () => {
    expect(
      fails((t) => Object.assign(t.claims[2] as Row, { actor_id: 'stepanakert-2020:nobody' })),
    ).toBe(`error: raw/stepanakert-2020/annotations.json:1387:5, id "stepanakert-2020:cl-0927-mod-denies/inc-0927-0803", field "actor_id": foreign key does not resolve in table actors
  expected: an existing actor_id
  found:    "stepanakert-2020:nobody"
  fix:      point the reference at an annotation that makes a record`);
  });

  it('count bounds out of order', () => {
    expect(
      fails((t) => Object.assign(t.casualties[1] as Row, { count_low: 9 })),
    ).toBe(`error: raw/stepanakert-2020/annotations.json:1630:5, id "stepanakert-2020:cas-1400-injured", field "count_low": count bounds out of order
  expected: count_low ≤ count_best ≤ count_high
  found:    9 / 4 / 4
  fix:      correct the count words of the annotation`);
  });

  it('a quote that is not the text at its offsets', () => {
    expect(
      fails((t) => Object.assign(t.actors[0] as Row, { span_start: 7015 })),
    ).toBe(`error: raw/stepanakert-2020/annotations.json:1009:5, id "stepanakert-2020:afp", field "quote": the quote is not the text at its offsets
  expected: "rench AFP journalists"
  found:    "French AFP journalists"
  fix:      run \`make reanchor\``);
  });

  it('a quote with one word changed, its offsets kept (a second table, a changed text)', () => {
    expect(
      fails((t) => {
        const row = t.damage[0] as Row;
        row.quote = String(row.quote).replace(/^\S+/, 'Several');
      }),
    ).toBe(`error: raw/stepanakert-2020/annotations.json:1846:5, id "stepanakert-2020:dmg-1028-maternity", field "quote": the quote is not the text at its offsets
  expected: "the maternity hospital of Stepanakert"
  found:    "Several maternity hospital of Stepanakert"
  fix:      run \`make reanchor\``);
  });

  it('a published claim without its attribution basis', () => {
    expect(
      fails((t) => {
        delete (t.claims[0] as Row).attribution_basis;
      }),
    ).toBe(`error: raw/stepanakert-2020/annotations.json:1369:5, id "stepanakert-2020:cl-0927-injured/cas-0927-injured", field "attribution_basis": record of table claims a required field is missing
  expected: field "attribution_basis"
  found:    nothing
  fix:      correct the annotation the record is built from (schemas/tables/claims.schema.json says what the field allows)`);
  });

  it('every field of every table has a description (the codebook)', () => {
    const missing = TABLES.flatMap((t) =>
      fieldInfo(t)
        .filter((f) => f.description.trim() === '')
        .map((f) => `${t}.${f.name}`),
    );
    expect(missing).toEqual([]);
    expect(TABLES.flatMap((t) => fieldInfo(t)).length).toBe(144);
  });
});
