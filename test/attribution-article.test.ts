import { describe, expect, it } from 'vitest';
import { buildTables } from '../pipeline/build.js';
import type { Row } from '../pipeline/records/tables.js';
import { RAW } from './helpers.js';

const real = buildTables(RAW).tables;
const DOC = 'stepanakert-2020';

/** The claim rows of one statement: one row per subject, all with the statement's words. */
function statement(
  claim: string,
  actor: string,
  stance: string,
  basis: string,
  subjects: [string, string][],
  date: string | null,
  dateQuote: string | null,
  [start, end, quote]: [number, number, string],
): Row[] {
  return subjects.map(([table, subject]) => ({
    claim_id: `${DOC}:${claim}/${subject}`,
    subject_table: table,
    subject_id: `${DOC}:${subject}`,
    actor_id: `${DOC}:${actor}`,
    stance,
    attribution_basis: basis,
    statement_date: date,
    statement_date_quote: dateQuote,
    document_id: DOC,
    span_start: start,
    span_end: end,
    quote,
  }));
}

describe('the changed claims of the real article, whole', () => {
  it("sentences that continue a named source's account are that source's; a linked report reports; a person speaks for himself", () => {
    const expected = [
      ...statement(
        'cl-over-180',
        'unnamed-reports',
        'reports',
        'continuation',
        [['munitions', 'mun-over-180']],
        null,
        null,
        [
          5579,
          5663,
          'Over 180 cluster munitions were used between September 27, 2020 to October 10, 2020.',
        ],
      ),
      ...statement(
        'cl-also-identified',
        'armenian-experts',
        'confirms',
        'continuation',
        [
          ['munitions', 'mun-lar-160'],
          ['munitions', 'mun-m095'],
        ],
        null,
        null,
        [
          5780,
          5877,
          'Israeli-made LAR-160 cluster munition rockets, M095 DPICM cluster munitions were also identified.',
        ],
      ),
      ...statement(
        'cl-0927-injured',
        'artsakh-president-office',
        'asserts',
        'continuation',
        [['casualties', 'cas-0927-injured']],
        null,
        null,
        [
          8233,
          8316,
          'More than a dozen people were injured in Stepanakert (including women and children)',
        ],
      ),
      ...statement(
        'cl-1400-damage',
        'armenia-mod',
        'asserts',
        'continuation',
        [
          ['damage', 'dmg-1400-cars'],
          ['damage', 'dmg-1400-mes'],
          ['damage', 'dmg-1400-military-hospital'],
          ['damage', 'dmg-1400-residential'],
        ],
        null,
        null,
        [
          8461,
          8657,
          'As a result, the building of Ministry of Emergency Situations was partially destroyed and the cars in the parking lot were damaged. Residential buildings and also a military hospital was targeted.',
        ],
      ),
      ...statement(
        'cl-saturday-explosions',
        'caucasian-knot',
        'reports',
        'continuation',
        [['munitions', 'mun-saturday-explosions']],
        null,
        null,
        [9025, 9080, 'Over the course of the day three explosions were heard.'],
      ),
      ...statement(
        'cl-dual-use',
        'ohchr-special-rapporteurs',
        'asserts',
        'continuation',
        [
          ['damage', 'dmg-electricity-gas'],
          ['damage', 'dmg-power-plants'],
          ['damage', 'dmg-telecom-office'],
        ],
        '2021-02-02',
        'February 2, 2021',
        [
          11623,
          11806,
          'Dual use objects such as  power plants, electricity and gas stations and the telecommunication head office located in residential areas were also targeted with indiscriminate weapons.',
        ],
      ),
      ...statement(
        'cl-other-schools',
        'hrw',
        'asserts',
        'continuation',
        [
          ['damage', 'dmg-evangelical-kindergarten'],
          ['damage', 'dmg-kindergarten-1'],
          ['damage', 'dmg-music-school'],
          ['damage', 'dmg-school-12'],
        ],
        '2021-09-08',
        '8 September 2021',
        [
          12232,
          12418,
          'Other schools damaged by shelling in Stepanakert during the 2020 war were School No. 12, Kindergarten No. 1, a music school, and the kindergarten of the Armenian Evangelical Association.',
        ],
      ),
      ...statement(
        'cl-ck-1100',
        'caucasian-knot',
        'reports',
        'explicit',
        [['events', 'inc-saturday']],
        null,
        null,
        [
          8831,
          8936,
          '"Caucasian Knot" correspondent has reported that at 11:00 a.m Azerbaijan resumed shelling of Stepanakert.',
        ],
      ),
      ...statement(
        'cl-goose',
        'stephen-goose',
        'asserts',
        'explicit',
        [['munitions', 'mun-banned-cluster']],
        null,
        null,
        [
          6287,
          6718,
          'Stephen Goose, arms division director at Human Rights Watch and chair of the Cluster Munition Coalition, stated that "the continued use of cluster munitions – particularly in populated areas – shows flagrant disregard for the safety of civilians.” He then added that "the repeated use of cluster munitions by Azerbaijan should cease immediately as their continued use serves to heighten the danger for civilians for years to come."',
        ],
      ),
      ...statement(
        'cl-hrw-maternity',
        'hrw',
        'reports',
        'explicit',
        [
          ['events', 'campaign'],
          ['damage', 'dmg-1028-maternity'],
          ['events', 'inc-1028-maternity'],
        ],
        null,
        null,
        [
          9214,
          9490,
          'The HRW report mentions that the new maternity ward had moved its operations to the basement because of the constant shelling in the city and according to staff testimonies and video material obtained by HRW "dozens of patients and staff were at the hospital during the attack',
        ],
      ),
    ];
    const ids = new Set(expected.map((r) => r.claim_id));
    expect(real.claims.filter((r) => ids.has(String(r.claim_id)))).toEqual(
      [...expected].sort((a, b) => (String(a.claim_id) < String(b.claim_id) ? -1 : 1)),
    );
  });

  it('the article speaks in its own voice only where no source is within reach', () => {
    expect(
      real.claims
        .filter((r) => r.attribution_basis === 'none')
        .map((r) => [r.claim_id, r.actor_id, r.stance]),
    ).toEqual(
      [
        'cl-infobox-date/campaign',
        'cl-infobox-fatalities/cas-lead-killed',
        'cl-infobox-injuries/cas-lead-injured',
        'cl-infobox-perpetrators/campaign',
        'cl-lead-campaign/campaign',
        'cl-lead-totals/cas-lead-injured',
        'cl-lead-totals/cas-lead-killed',
        'cl-lead-totals/dmg-lead-buildings',
        'cl-role-infobox-perpetrators/role-campaign-armed-forces',
      ].map((id) => [`${DOC}:${id}`, `${DOC}:article`, 'reports']),
    );
  });

  it('actors: a person linked to the organisation he speaks for; a side only where the text states it', () => {
    const actor = (id: string) => real.actors.find((a) => a.actor_id === `${DOC}:${id}`);
    expect(
      ['stephen-goose', 'caucasian-knot', 'hrw', 'ohchr-special-rapporteurs'].map(actor),
    ).toEqual([
      {
        actor_id: `${DOC}:stephen-goose`,
        name: 'Stephen Goose',
        actor_type: 'ngo_official',
        affiliation: 'unknown',
        affiliation_quote: null,
        speaks_for_actor_id: `${DOC}:hrw`,
        document_id: DOC,
        span_start: 6287,
        span_end: 6346,
        quote: 'Stephen Goose, arms division director at Human Rights Watch',
      },
      {
        actor_id: `${DOC}:caucasian-knot`,
        name: 'Caucasian Knot correspondent',
        actor_type: 'journalist',
        affiliation: 'unknown',
        affiliation_quote: null,
        speaks_for_actor_id: null,
        document_id: DOC,
        span_start: 8831,
        span_end: 8861,
        quote: '"Caucasian Knot" correspondent',
      },
      {
        actor_id: `${DOC}:hrw`,
        name: 'Human Rights Watch',
        actor_type: 'ngo',
        affiliation: 'unknown',
        affiliation_quote: null,
        speaks_for_actor_id: null,
        document_id: DOC,
        span_start: 5948,
        span_end: 5966,
        quote: 'Human Rights Watch',
      },
      {
        actor_id: `${DOC}:ohchr-special-rapporteurs`,
        name: 'Special Rapporteurs of the Office of the UN High Commissioner for Human Rights (OHCHR)',
        actor_type: 'un_body',
        affiliation: 'unknown',
        affiliation_quote: null,
        speaks_for_actor_id: null,
        document_id: DOC,
        span_start: 10743,
        span_end: 10771,
        quote: 'Special Rapporteurs of OHCHR',
      },
    ]);
  });

  it('munitions keep the start "starting on" gives them, with an open end', () => {
    expect(
      real.munitions
        .filter((m) => String(m.munition_id).includes(':mun-reports-'))
        .map((m) => [m.munition_id, m.date_start, m.date_end]),
    ).toEqual([
      [`${DOC}:mun-reports-cluster-bombs`, '2020-09-27', null],
      [`${DOC}:mun-reports-missiles`, '2020-09-27', null],
    ]);
  });
});
