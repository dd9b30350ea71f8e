import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import { InputError } from '../pipeline/lib/errors.js';
import { cleanTempDirs, RAW, selector, tempDir, writeDocument } from './helpers.js';

afterAll(cleanTempDirs);

// One small article with a source, its continuation, a linked report, an open-ended date and a
// person who speaks for an organisation: each rule of the annotation guide, on literal words.
const TEXT =
  '= Mini =\n\nInfobox\n- Timezone: GMT+4\n\nOn March 3, 2021 the Ministry stated that the town was shelled. As a result, the market was damaged.\n\nReports indicated that shelling resumed at 11:00 a.m. Rockets were used starting on March 4, 2021. Jane Roe, spokesperson of the Relief Group, said the clinic was hit.\n';
const ann = (id: string, kind: string, exact: string, fields: Record<string, unknown>) => ({
  id,
  kind,
  selector: selector(TEXT, exact),
  ...fields,
});
const event = {
  location: 'Town',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
};
const damage = (id: string, words: string) =>
  ann(id, 'damage', words, {
    event: 'campaign',
    object: words.replace(/^the /, ''),
    object_category: 'commercial',
    damage_level: 'damaged',
    unit: 'objects',
    scope: 'stepanakert',
  });
const claim = (
  id: string,
  exact: string,
  actor: string,
  stance: string,
  basis: string,
  subjects: string[],
) => ann(id, 'claim', exact, { actor, stance, attribution_basis: basis, subjects });
const actor = (id: string, exact: string, name: string, type: string, extra = {}) =>
  ann(id, 'actor', exact, { name, actor_type: type, affiliation: 'unknown', ...extra });

const BASE = [
  ann('tz', 'timezone', 'GMT+4', {}),
  ann('d1', 'date', 'March 3, 2021', { rule: 'calendar' }),
  ann('d2', 'date', 'March 4, 2021', { rule: 'calendar' }),
  ann('t-1100', 'time', '11:00 a.m', {}),
  ann('campaign', 'campaign', 'the town was shelled', {
    ...event,
    summary: 'Shelling.',
    dates: ['d1'],
    timezone: 'tz',
  }),
  ann('inc-resumed', 'incident', 'shelling resumed at 11:00 a.m', {
    ...event,
    part_of: 'campaign',
    summary: 'Shelling resumed.',
    dates: ['d1'],
    time: 't-1100',
    time_basis: 'linked_report',
  }),
  ann('town', 'place', 'the town', {
    gazetteer: 'stepanakert',
    located: ['campaign', 'inc-resumed'],
  }),
  actor('ministry', 'the Ministry', 'Ministry', 'government_body'),
  actor('reports', 'Reports', 'Unnamed reports', 'unnamed_sources'),
  actor('relief-group', 'the Relief Group', 'Relief Group', 'ngo'),
  actor('jane-roe', 'Jane Roe', 'Jane Roe', 'ngo_official', { speaks_for: 'relief-group' }),
  damage('dmg-market', 'the market'),
  damage('dmg-clinic', 'the clinic'),
  ann('mun-rockets', 'munition', 'Rockets', {
    event: 'campaign',
    weapon: 'Rockets',
    weapon_category: 'rocket_artillery',
    unit: 'munitions',
    scope: 'stepanakert',
    dates: ['d2'],
    open_end: true,
  }),
  claim(
    'cl-ministry',
    'the Ministry stated that the town was shelled.',
    'ministry',
    'asserts',
    'explicit',
    ['campaign'],
  ),
  claim(
    'cl-result',
    'As a result, the market was damaged.',
    'ministry',
    'asserts',
    'continuation',
    ['dmg-market'],
  ),
  claim(
    'cl-rockets',
    'Rockets were used starting on March 4, 2021.',
    'reports',
    'reports',
    'continuation',
    ['mun-rockets'],
  ),
  claim(
    'cl-jane',
    'Jane Roe, spokesperson of the Relief Group, said the clinic was hit.',
    'jane-roe',
    'asserts',
    'explicit',
    ['dmg-clinic'],
  ),
];
const REPORTS = claim(
  'cl-reports',
  'Reports indicated that shelling resumed at 11:00 a.m.',
  'reports',
  'reports',
  'explicit',
  ['inc-resumed'],
);

function build(annotations: unknown[]) {
  const raw = join(tempDir(), 'raw');
  writeDocument(raw, 'mini', TEXT, annotations);
  cpSync(join(RAW, 'gazetteer.json'), join(raw, 'gazetteer.json'));
  return { raw, build: () => buildTables(raw).tables };
}
function buildError(annotations: unknown[]): string {
  const { raw, build: run } = build(annotations);
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e.message.replaceAll(raw, '<raw>');
    throw e;
  }
  throw new Error('the build did not fail');
}
const tables = () => build([...BASE, REPORTS]).build();
const row = (rows: Record<string, unknown>[], id: string) =>
  rows.find((r) => Object.values(r)[0] === `mini:${id}`);
const span = (exact: string) => {
  const s = selector(TEXT, exact);
  return { document_id: 'mini', span_start: s.start, span_end: s.end, quote: exact };
};

describe('attribution: a sentence that continues a named source is that source', () => {
  it('publishes the attribution basis on the claim', () => {
    expect(row(tables().claims, 'cl-result/dmg-market')).toEqual({
      claim_id: 'mini:cl-result/dmg-market',
      subject_table: 'damage',
      subject_id: 'mini:dmg-market',
      actor_id: 'mini:ministry',
      stance: 'asserts',
      attribution_basis: 'continuation',
      statement_date: null,
      statement_date_quote: null,
      ...span('As a result, the market was damaged.'),
    });
  });

  it("refuses basis none for a named actor, and a source basis for the article's own voice", () => {
    const article = actor('article', 'Mini', 'The article itself', 'unattributed');
    expect(
      buildError([
        ...BASE.map((a) => (a.id === 'cl-result' ? { ...a, attribution_basis: 'none' } : a)),
        article,
        claim(
          'cl-own',
          'Reports indicated that shelling resumed at 11:00 a.m.',
          'article',
          'reports',
          'explicit',
          ['inc-resumed'],
        ),
      ]),
    ).toBe(`error: <raw>/mini/annotations.json:299:5, id "mini:cl-own/inc-resumed", field "attribution_basis": a claim in the article's own voice with a source basis
  expected: attribution_basis none for the unattributed actor
  found:    "explicit" for actor "mini:article"
  fix:      attribute the claim to the source within reach, or set attribution_basis to none

error: <raw>/mini/annotations.json:234:5, id "mini:cl-result/dmg-market", field "attribution_basis": a claim of a named actor with attribution basis none
  expected: explicit (the sentence names the actor) or continuation (it carries on their account)
  found:    "none" for actor "mini:ministry"
  fix:      set attribution_basis to explicit or continuation, or attribute the claim to the article itself`);
  });

  it('refuses a published claim without its attribution basis', () => {
    const annotations = BASE.map((a) => {
      if (a.id !== 'cl-result') return a;
      const { attribution_basis: _, ...rest } = a as Record<string, unknown>;
      return rest;
    });
    expect(
      buildError(annotations),
    ).toBe(`error: <raw>/mini/annotations.json:234:5, id "cl-result", field "attribution_basis": a required field is missing
  expected: field "attribution_basis"
  found:    nothing
  fix:      correct the annotation as schemas/annotations.schema.json describes`);
  });
});

describe('confirms only where the actor verified the fact itself', () => {
  it('refuses a report linked to an incident by the curators that confirms it', () => {
    expect(
      buildError([...BASE, { ...REPORTS, stance: 'confirms' }]),
    ).toBe(`error: <raw>/mini/annotations.json:296:7, id "cl-reports", field "stance": a report linked to the incident by the curators' inference confirms it
  expected: stance reports: the text does not say this report is of "inc-resumed" (its time_basis is linked_report)
  found:    "confirms"
  fix:      set stance to reports; confirms is only for an actor that says it saw or verified that very fact`);
  });
});

describe('a date the text states for a row is kept, even with no end', () => {
  it('"starting on March 4, 2021": date_start kept, date_end empty (an open end)', () => {
    expect(row(tables().munitions, 'mun-rockets')).toEqual({
      munition_id: 'mini:mun-rockets',
      event_id: 'mini:campaign',
      weapon: 'Rockets',
      weapon_category: 'rocket_artillery',
      origin: null,
      unit: 'munitions',
      count_low: null,
      count_best: null,
      count_high: null,
      qualifier: 'unspecified',
      count_quote: null,
      date_start: '2021-03-04',
      date_end: null,
      scope: 'stepanakert',
      ...span('Rockets'),
    });
  });
});

describe('a side only where the text states it', () => {
  it('publishes the words that state the side', () => {
    const stated = BASE.map((a) =>
      a.id === 'ministry'
        ? { ...a, affiliation: 'armenia_artsakh', affiliation_words: 'Ministry' }
        : a,
    );
    expect(row(build(stated).build().actors, 'ministry')).toMatchObject({
      affiliation: 'armenia_artsakh',
      affiliation_quote: 'Ministry',
    });
  });

  it('refuses a side with no words, or words the quote does not hold', () => {
    expect(
      buildError(
        BASE.map((a) =>
          a.id === 'ministry'
            ? { ...a, affiliation: 'armenia_artsakh' }
            : a.id === 'relief-group'
              ? { ...a, affiliation: 'third_party', affiliation_words: 'international' }
              : a,
        ),
      ),
    ).toBe(`error: <raw>/mini/annotations.json:118:7, id "ministry", field "affiliation": a side without the words that state it
  expected: "affiliation_words": the words of the quote that state the side
  found:    affiliation "armenia_artsakh" and no "affiliation_words"
  fix:      add "affiliation_words" from the quote, or set affiliation to "unknown" when the text states no side

error: <raw>/mini/annotations.json:147:7, id "relief-group", field "affiliation_words": the affiliation_words words do not occur in the quote
  expected: a part of "the Relief Group"
  found:    "international"
  fix:      copy the affiliation_words words exactly from the quote`);
  });
});

describe('every person or body who makes a statement is an actor', () => {
  it('a person is linked to the organisation they speak for', () => {
    const t = tables();
    expect([row(t.actors, 'jane-roe'), row(t.actors, 'relief-group')]).toEqual([
      {
        actor_id: 'mini:jane-roe',
        name: 'Jane Roe',
        actor_type: 'ngo_official',
        affiliation: 'unknown',
        affiliation_quote: null,
        speaks_for_actor_id: 'mini:relief-group',
        ...span('Jane Roe'),
      },
      {
        actor_id: 'mini:relief-group',
        name: 'Relief Group',
        actor_type: 'ngo',
        affiliation: 'unknown',
        affiliation_quote: null,
        speaks_for_actor_id: null,
        ...span('the Relief Group'),
      },
    ]);
  });

  it('refuses speaks_for that names no actor', () => {
    expect(
      buildError(BASE.map((a) => (a.id === 'jane-roe' ? { ...a, speaks_for: 'cl-jane' } : a))),
    ).toBe(`error: <raw>/mini/annotations.json:161:7, id "jane-roe", field "speaks_for": the reference points at the wrong kind of annotation
  expected: an actor annotation
  found:    "cl-jane", a claim annotation
  fix:      point speaks_for at an actor annotation`);
  });
});
