import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, commandReference } from '../pipeline/cli.js';
import { cleanTempDirs, cli, ROOT, tempDir } from './helpers.js';

afterAll(cleanTempDirs);
const ESC = '\u001b';

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
  events             6     3.0 KiB     5.5 KiB     6.1 KiB
  casualties         7     1.3 KiB     3.0 KiB     2.9 KiB
  damage            22     4.7 KiB    11.6 KiB     5.0 KiB
  munitions         24     4.7 KiB    13.2 KiB     5.2 KiB
  actors            19     2.8 KiB     5.7 KiB     2.8 KiB
  claims            71    28.1 KiB    44.6 KiB     7.5 KiB
  and datapackage.json (60.9 KiB), CODEBOOK.md (30.1 KiB), README.md (4.4 KiB), LICENSE (1.2 KiB), index.html (76.4 KiB), timeline.svg (4.8 KiB), SHA256SUMS (2.1 KiB)

  annotations: 156 anchored exactly
  coverage:    39 mentions covered, 54 excluded, 0 uncovered
  published:   swapped in one step (renameat2 exchange)
`);
    expect(r.stderr).not.toContain(ESC);
  });

  it('--json prints the summary as JSON on stdout; --quiet prints nothing', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['build', '--out', out, '--json']);
    expect(r.stderr).toBe('');
    const summary = JSON.parse(r.stdout);
    expect({ ...summary, seconds: 0, out: '<out>' }).toEqual({
      out: '<out>',
      documents: 1,
      records: {
        documents: 1,
        events: 6,
        casualties: 7,
        damage: 22,
        munitions: 24,
        actors: 19,
        claims: 71,
      },
      files: Object.fromEntries(Object.entries(summary.files)),
      annotations: { exact: 156, moved: 0, fuzzy: 0, ambiguous: 0, orphaned: 0 },
      coverage: { covered: 39, excluded: 54, uncovered: 0 },
      atomic_exchange: true,
      seconds: 0,
    });
    expect(Object.keys(summary.files).length).toBe(28);
    expect(summary.files['claims.csv']).toBe(28788);
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

Incidents by date:
  2020-09-27             08:03   stepanakert-2020:inc-0927-0803: injured ≥ 13 (more_than)
  2020-09-27             ~14:00  stepanakert-2020:inc-0927-1400: injured 4, killed 1
  2020-10-03/2020-11-07  11:00   stepanakert-2020:inc-saturday
  2020-10-28                     stepanakert-2020:inc-1028-maternity
  2020-10-30/2020-10-31          stepanakert-2020:inc-1030-central-market

Damage records by category:
  commercial             1
  education              8
  government             1
  healthcare             3
  infrastructure         4
  residential            3
  unspecified            1
  vehicles               1

Claims by stance:
  asserts                11
  confirms               17
  denies                 3
  reports                40
`,
    });
    expect(JSON.parse(cli(['stats', '--json']).stdout).claims_by_stance).toEqual({
      asserts: 11,
      confirms: 17,
      denies: 3,
      reports: 40,
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

  it('has --help with an example for every command, exit 0', () => {
    for (const c of COMMANDS) {
      const r = cli([c.name, '--help']);
      expect(r).toEqual({ status: 0, stdout: `${c.help}\n`, stderr: '' });
      expect(c.help).toMatch(/\nExample:\n {2}stepanakert /);
    }
    expect(cli(['--help']).stdout).toMatch(/^Usage: stepanakert <command> \[options\]/);
  });

  it('the README command reference is exactly the --help texts (make readme)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /<!-- commands:start -->\n([\s\S]*)<!-- commands:end -->/.exec(readme)?.[1];
    expect(section, 'run `make readme`').toBe(commandReference());
  });

  it('colours only on a terminal that shows colour, never with NO_COLOR or TERM=dumb (pseudo-terminal by script)', () => {
    const { NO_COLOR: _, TERM: __, ...inherited } = process.env;
    const withoutNoColor = { ...inherited, TERM: 'xterm-256color' };
    const onTerminal = (env: NodeJS.ProcessEnv) =>
      execFileSync(
        'script',
        ['-qec', `node compiled/stepanakert.mjs build --out ${join(tempDir(), 'o')}`, '/dev/null'],
        { cwd: ROOT, encoding: 'utf8', env },
      );
    expect(onTerminal(withoutNoColor).split('\n')[0]).toMatch(
      new RegExp(`^${ESC}\\[32mbuilt${ESC}\\[39m `),
    );
    expect(onTerminal({ ...withoutNoColor, NO_COLOR: '1' })).not.toContain(ESC);
    expect(onTerminal({ ...withoutNoColor, TERM: 'dumb' })).not.toContain(ESC);
    expect(onTerminal(inherited)).not.toContain(ESC);
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
