import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, commandReference, HELP_HELP, MAIN_HELP } from '../pipeline/cli.js';
import { size } from '../pipeline/lib/terminal.js';
import { cleanTempDirs, cli, DIST, DOC, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);
const ESC = '\u001b';
/** The explorer's files in byte order, and their sizes, as in the committed dist/ (a fresh build). */
const EXPLORER = ['explorer/documents-1.js', `explorer/${DOC}.js`, 'index.html'];
const bytes = (name: string) => statSync(join(DIST, name)).size;
/** The workbook's bytes change with the library that compresses it, not with the data. */
const WORKBOOK = 'stepanakert-bombardment-2020.xlsx';

describe('the command line', () => {
  it('prints a summary after a build: rows, files with sizes, anchoring, coverage, time', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['build', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(
      r.stderr.replace(out, '<out>').replace(/in \d+\.\d\d s/, 'in <t> s'),
    ).toBe(`built <out> from 1 document in <t> s

  table           rows         csv        json     parquet
  documents          1       397 B       526 B     2.6 KiB
  events             6     3.3 KiB     5.8 KiB     6.4 KiB
  casualties         7     2.5 KiB     4.7 KiB     4.7 KiB
  damage            22     6.7 KiB    15.7 KiB     7.3 KiB
  munitions         25     4.9 KiB    13.8 KiB     5.2 KiB
  actors            22     3.5 KiB     8.1 KiB     3.7 KiB
  claims           105    42.3 KiB    69.5 KiB     9.1 KiB
  event_actors      12     2.2 KiB     4.0 KiB     2.4 KiB
  places             1       406 B       547 B     2.6 KiB
  exclusions        54    11.3 KiB    23.2 KiB     4.5 KiB
  and CODEBOOK.md (54.7 KiB), LICENSE (1.4 KiB), READING.md (62.2 KiB), README.md (25.2 KiB), SHA256SUMS (3.4 KiB), agreement.json (11.1 KiB), datapackage.json (95.1 KiB), events.geojson (9.8 KiB), ${EXPLORER.map((n) => `${n} (${size(bytes(n))})`).join(', ')}, sources/stepanakert-2020.txt (12.3 KiB), stepanakert-bombardment-2020.xlsx (${size(bytes(WORKBOOK))}), timeline.svg (${size(bytes('timeline.svg'))})

  annotations: 215 anchored exactly
  coverage:    39 mentions covered, 54 excluded, 0 uncovered
  published:   swapped in one step (renameat2 exchange)
`);
    expect(r.stderr).not.toContain(ESC);
  });

  it('--json prints the summary as JSON on stdout; --quiet prints nothing', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['build', '--out', out, '--json']);
    const masked = r.stdout
      .replace(JSON.stringify(out), '"<out>"')
      .replace(/"seconds": [\d.]+/, '"seconds": 0');
    const expected = {
      out: '<out>',
      cache: null,
      documents: 1,
      built: 1,
      reused: 0,
      records: {
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
      },
      files: {
        'CODEBOOK.md': 56017,
        LICENSE: 1471,
        'READING.md': 63724,
        'README.md': 25829,
        SHA256SUMS: 3506,
        'actors.csv': 3543,
        'actors.json': 8259,
        'actors.parquet': 3755,
        'agreement.json': 11366,
        'casualties.csv': 2518,
        'casualties.json': 4839,
        'casualties.parquet': 4769,
        'claims.csv': 43324,
        'claims.json': 71195,
        'claims.parquet': 9332,
        'damage.csv': 6884,
        'damage.json': 16073,
        'damage.parquet': 7493,
        'datapackage.json': 97354,
        'documents.csv': 397,
        'documents.json': 526,
        'documents.parquet': 2641,
        'event_actors.csv': 2218,
        'event_actors.json': 4063,
        'event_actors.parquet': 2505,
        'events.csv': 3340,
        'events.geojson': 10027,
        'events.json': 5929,
        'events.parquet': 6578,
        'exclusions.csv': 11545,
        'exclusions.json': 23801,
        'exclusions.parquet': 4642,
        ...Object.fromEntries(EXPLORER.map((n) => [n, bytes(n)])),
        'munitions.csv': 5011,
        'munitions.json': 14092,
        'munitions.parquet': 5349,
        'places.csv': 406,
        'places.json': 547,
        'places.parquet': 2690,
        'sources/stepanakert-2020.txt': 12605,
        [WORKBOOK]: bytes(WORKBOOK),
        'timeline.svg': bytes('timeline.svg'),
      },
      annotations: { exact: 215, moved: 0, fuzzy: 0, ambiguous: 0, orphaned: 0 },
      coverage: { covered: 39, excluded: 54, uncovered: 0 },
      atomic_exchange: true,
      seconds: 0,
    };
    expect({ ...r, stdout: masked }).toEqual({
      status: 0,
      stdout: `${JSON.stringify(expected, null, 2)}\n`,
      stderr: '',
    });
    expect(cli(['build', '--out', out, '--quiet'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('stats prints the headline figures with their qualifiers', () => {
    expect(cli(['stats'])).toEqual({
      status: 0,
      stderr: '',
      stdout: `Campaign totals, as stated:
  injured   51                     "51 were injured"
  killed    13                     "13 residents were killed"
  buildings 4,258                  "4,258 buildings in the city were damaged"

Casualties added up without double counting (rows whose included_in is empty):
  injured   51                     from 1 row(s)
  killed    13                     from 1 row(s)

Incidents by date:
  2020-09-27             08:03   stepanakert-2020:inc-0927-0803: injured ≥ 13 (more_than)
  2020-09-27             ~14:00  stepanakert-2020:inc-0927-1400: injured 4, killed 1
  2020-10-03/2020-11-07  11:00   stepanakert-2020:inc-saturday
  2020-10-28                     stepanakert-2020:inc-1028-maternity
  2020-10-30/2020-10-31          stepanakert-2020:inc-1030-central-market

Damage records by category:
  commercial             1
  education              7
  government             1
  healthcare             3
  infrastructure         5
  residential            3
  unspecified            1
  vehicles               1

Claims by stance:
  asserts                59
  confirms               13
  denies                 6
  reports                27
`,
    });
  });

  it('stats --json gives numbers as numbers and every count with its qualifier and bounds', () => {
    const figures = {
      totals: [
        {
          outcome: 'injured',
          qualifier: 'exact',
          count_low: 51,
          count_best: 51,
          count_high: 51,
          quote: '51 were injured',
        },
        {
          outcome: 'killed',
          qualifier: 'exact',
          count_low: 13,
          count_best: 13,
          count_high: 13,
          quote: '13 residents were killed',
        },
      ],
      buildings_damaged: [
        {
          qualifier: 'exact',
          count_low: 4258,
          count_best: 4258,
          count_high: 4258,
          quote: '4,258 buildings in the city were damaged',
        },
      ],
      summed: [
        { outcome: 'injured', rows: 1, count_low: 51, count_best: 51, count_high: 51 },
        { outcome: 'killed', rows: 1, count_low: 13, count_best: 13, count_high: 13 },
      ],
      how_to_total: JSON.parse(readFileSync(join(ROOT, 'schemas/dataset.json'), 'utf8')).totals,
      incidents: [
        {
          event_id: 'stepanakert-2020:inc-0927-0803',
          date_start: '2020-09-27',
          date_end: '2020-09-27',
          date_precision: 'day',
          time_local: '08:03',
          time_qualifier: 'exact',
          time_basis: 'stated',
          casualties: [
            {
              outcome: 'injured',
              qualifier: 'more_than',
              count_low: 13,
              count_best: null,
              count_high: null,
              quote:
                'More than a dozen people were injured in Stepanakert (including women and children)',
            },
          ],
        },
        {
          event_id: 'stepanakert-2020:inc-0927-1400',
          date_start: '2020-09-27',
          date_end: '2020-09-27',
          date_precision: 'day',
          time_local: '14:00',
          time_qualifier: 'approximately',
          time_basis: 'statement_time',
          casualties: [
            {
              outcome: 'injured',
              qualifier: 'exact',
              count_low: 4,
              count_best: 4,
              count_high: 4,
              quote: '4 injured',
            },
            {
              outcome: 'killed',
              qualifier: 'exact',
              count_low: 1,
              count_best: 1,
              count_high: 1,
              quote: '1 civilian was killed',
            },
          ],
        },
        {
          event_id: 'stepanakert-2020:inc-saturday',
          date_start: '2020-10-03',
          date_end: '2020-11-07',
          date_precision: 'months',
          time_local: '11:00',
          time_qualifier: 'exact',
          time_basis: 'linked_report',
          casualties: [],
        },
        {
          event_id: 'stepanakert-2020:inc-1028-maternity',
          date_start: '2020-10-28',
          date_end: '2020-10-28',
          date_precision: 'day',
          time_local: null,
          time_qualifier: null,
          time_basis: null,
          casualties: [],
        },
        {
          event_id: 'stepanakert-2020:inc-1030-central-market',
          date_start: '2020-10-30',
          date_end: '2020-10-31',
          date_precision: 'days',
          time_local: null,
          time_qualifier: null,
          time_basis: null,
          casualties: [],
        },
      ],
      damage_by_category: {
        commercial: 1,
        education: 7,
        government: 1,
        healthcare: 3,
        infrastructure: 5,
        residential: 3,
        unspecified: 1,
        vehicles: 1,
      },
      claims_by_stance: {
        asserts: 59,
        confirms: 13,
        denies: 6,
        reports: 27,
      },
    };
    expect(cli(['stats', '--json'])).toEqual({
      status: 0,
      stderr: '',
      stdout: `${JSON.stringify(figures, null, 2)}\n`,
    });
  });

  it('suggests the closest command or option for a typo and exits 2', () => {
    expect(cli(['bulid'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'stepanakert: unknown command "bulid". Did you mean "build"?\nRun "stepanakert --help" for the commands.\n',
    });
    expect(cli(['build', '--otu', 'x'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'stepanakert: unknown option "--otu" for build. Did you mean "--out"?\nRun "stepanakert build --help" for its options.\n',
    });
    expect(cli(['frobnicate']).stderr).toBe(
      'stepanakert: unknown command "frobnicate".\nRun "stepanakert --help" for the commands.\n',
    );
    expect(cli([]).status).toBe(2);
  });

  it('suggests the closest flag at the top level and for short flags, exit 2', () => {
    const usage = (stderr: string) => ({ status: 2, stdout: '', stderr });
    expect(cli(['--hlep'])).toEqual(
      usage(
        'stepanakert: unknown option "--hlep". Did you mean "--help"?\nRun "stepanakert --help" for the commands.\n',
      ),
    );
    expect(cli(['-q'])).toEqual(
      usage('stepanakert: unknown option "-q".\nRun "stepanakert --help" for the commands.\n'),
    );
    expect(cli(['build', '-q'])).toEqual(
      usage(
        'stepanakert: unknown option "-q" for build. Did you mean "--quiet"?\nRun "stepanakert build --help" for its options.\n',
      ),
    );
    expect(cli(['stats', '-x'])).toEqual(
      usage(
        'stepanakert: unknown option "-x" for stats.\nRun "stepanakert stats --help" for its options.\n',
      ),
    );
    expect(cli(['help', '--mardown'])).toEqual(
      usage(
        'stepanakert: unknown option "--mardown" for help. Did you mean "--markdown"?\nRun "stepanakert help --help" for its options.\n',
      ),
    );
    expect(cli(['help', 'bulid'])).toEqual(
      usage(
        'stepanakert: unknown command "bulid". Did you mean "build"?\nRun "stepanakert --help" for the commands.\n',
      ),
    );
    expect(cli(['help', 'build', 'stats'])).toEqual(
      usage(
        'stepanakert: help: unexpected argument "stats"\nRun "stepanakert help --help" for its options.\n',
      ),
    );
    expect(cli(['help', 'build', '--markdown'])).toEqual(
      usage(
        'stepanakert: help: --markdown prints every command\'s help, so it takes no command (found "build")\nRun "stepanakert help --help" for its options.\n',
      ),
    );
    expect(cli(['stats', 'extra'])).toEqual(
      usage(
        'stepanakert: stats: unexpected argument "extra" (it takes only options)\nRun "stepanakert stats --help" for its options.\n',
      ),
    );
  });

  it("help prints a command's help, its own with --help or help help, exit 0", () => {
    for (const args of [
      ['help', '--help'],
      ['help', '-h'],
      ['help', 'help'],
    ])
      expect(cli(args)).toEqual({ status: 0, stdout: `${HELP_HELP}\n`, stderr: '' });
    expect(cli(['help'])).toEqual({ status: 0, stdout: `${MAIN_HELP}\n`, stderr: '' });
    expect(cli(['help', 'stats'])).toEqual({
      status: 0,
      stdout: `${COMMANDS.find((c) => c.name === 'stats')?.help}\n`,
      stderr: '',
    });
    expect(HELP_HELP).toMatch(/\nExample:\n {2}stepanakert /);
  });

  it('has --help with an example for every command, exit 0', () => {
    for (const c of COMMANDS) {
      const r = cli([c.name, '--help']);
      expect(r).toEqual({ status: 0, stdout: `${c.help}\n`, stderr: '' });
      expect(c.help).toMatch(/\nExample:\n {2}stepanakert /);
    }
    expect(cli(['--help'])).toEqual({ status: 0, stdout: `${MAIN_HELP}\n`, stderr: '' });
  });

  it('the README command reference is exactly the --help texts (make readme)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /<!-- commands:start -->\n([\s\S]*)<!-- commands:end -->/.exec(readme)?.[1];
    expect(section, 'run `make readme`').toBe(commandReference());
  });

  it('colours only on a terminal that shows colour, never with NO_COLOR or TERM=dumb (pseudo-terminal by script)', () => {
    // Only what the command needs: CI shells set variables (FORCE_COLOR, COLORTERM, TMUX, CI)
    // that change Node's idea of colour support, so nothing is inherited.
    const bare = { PATH: process.env.PATH, HOME: process.env.HOME };
    const withoutNoColor = { ...bare, TERM: 'xterm-256color' };
    const onTerminal = (env: NodeJS.ProcessEnv) =>
      execFileSync(
        'script',
        [
          '-qec',
          `node compiled/stepanakert.mjs build --out '${join(tempDir(), 'o')}'`,
          '/dev/null',
        ],
        { cwd: ROOT, encoding: 'utf8', env },
      );
    expect(onTerminal(withoutNoColor).split('\n')[0]).toMatch(
      new RegExp(`^${ESC}\\[32mbuilt${ESC}\\[39m `),
    );
    expect(onTerminal({ ...withoutNoColor, NO_COLOR: '1' })).not.toContain(ESC);
    expect(onTerminal({ ...withoutNoColor, TERM: 'dumb' })).not.toContain(ESC);
    expect(onTerminal(bare)).not.toContain(ESC);
    expect(onTerminal({ ...withoutNoColor, NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain(ESC);
  });

  it('writes no escape codes when output is not a terminal, even with errors', () => {
    for (const args of [
      ['build', '--out', join(tempDir(), 'o')],
      ['stats'],
      ['coverage'],
      ['bulid'],
      ['check'],
    ]) {
      const r = cli(args, { env: { NO_COLOR: '' } });
      expect(`${r.stdout}${r.stderr}`).not.toContain(ESC);
    }
  });
});
