// Mutation check (`make mutation`): changes the pipeline one small way at a time and runs the
// whole test suite after each change; a change the suite does not notice (a surviving mutant) is
// a rule no test states. The mutants are the named ones below, which once survived, and a fixed,
// evenly spread sample of operator mutants (=== and !==, < and <=, && and ||, + 1 and - 1, true
// and false) over the stages and the normalisers. Runs in a copy of the repository, never here.
// MUTANTS=<n> sets the sample size (default 30; MUTANTS=all for every site). Writes
// mutation/results.json and prints the score; MUTATION_LIST=1 lists the mutants without running.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['pipeline/stages', 'pipeline/normalise'];
const TIMEOUT_MS = 600_000;

/** Mutations that once survived the suite: each must now be killed. */
const NAMED = [
  ['pipeline/normalise/parse-date.ts', 'if (days <= 6) return', 'if (days < 6) return'],
  [
    'pipeline/normalise/parse-date.ts',
    'end: iso(addDays(toDate(ref.end), offset.days, UTC)),',
    'end: iso(addDays(toDate(ref.start), offset.days, UTC)),',
  ],
  [
    'pipeline/stages/anchor.ts',
    'hits.map((start) => ({ start, end: start + [...s.exact].length })),',
    'hits.map((start) => ({ start, end: start + s.exact.length })),',
  ],
  [
    'pipeline/lib/atomic-folder.ts',
    'if (holderOf(lock) === holder) rmSync(lock, { force: true });',
    'rmSync(lock, { force: true });',
  ],
  [
    'pipeline/lib/atomic-folder.ts',
    'if (holder !== 0 && alive(holder) && holder !== process.pid) {',
    'if (holder !== 0 && false && holder !== process.pid) {',
  ],
  [
    'pipeline/stages/anchor.ts',
    'if (digits(candidate) !== digits(s.exact)) {',
    'if (false && digits(candidate) !== digits(s.exact)) {',
  ],
  [
    'pipeline/stages/validate-records.ts',
    'if (v !== null && v !== undefined && !target.has(String(v))) {',
    'if (false) {',
  ],
  ['pipeline/stages/validate-records.ts', 'if (actual !== row.quote)', 'if (false)'],
].map(([file, from, to]) => ({ file, from, to, named: true }));

const OPERATORS = [
  [' === ', ' !== '],
  [' !== ', ' === '],
  [' <= ', ' < '],
  [' >= ', ' > '],
  [' < ', ' <= '],
  [' > ', ' >= '],
  [' && ', ' || '],
  [' || ', ' && '],
  [' + 1', ' - 1'],
  [' - 1', ' + 1'],
  ['true', 'false'],
  ['false', 'true'],
];

/** Outside a string: an even number of quotes of each kind before the position. */
const inCode = (line, at) =>
  ["'", '"', '`'].every((q) => (line.slice(0, at).split(q).length - 1) % 2 === 0);

/** Every operator site of the stages and normalisers, in file and line order. */
function operatorSites() {
  const sites = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(ROOT, folder)).sort()) {
      const file = `${folder}/${name}`;
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*|import )/.test(line)) return;
        for (const [from, to] of OPERATORS) {
          const pattern = /^\w/.test(from) ? new RegExp(`\\b${from}\\b`, 'g') : null;
          let at = pattern ? (pattern.exec(line)?.index ?? -1) : line.indexOf(from);
          while (at !== -1) {
            if (inCode(line, at)) sites.push({ file, line: i + 1, at, from, to, named: false });
            at = pattern ? (pattern.exec(line)?.index ?? -1) : line.indexOf(from, at + 1);
          }
        }
      });
    }
  }
  return sites;
}

/** An evenly spread sample of `n` sites (every site when n is "all" or larger). */
function sample(sites, n) {
  if (n === 'all' || Number(n) >= sites.length) return sites;
  const step = sites.length / Number(n);
  return Array.from({ length: Number(n) }, (_, k) => sites[Math.floor(k * step)]);
}

/** The mutated text of a file, or undefined when the mutation does not apply. */
function mutate(text, m) {
  if (m.named) return text.includes(m.from) ? text.replace(m.from, m.to) : undefined;
  const lines = text.split('\n');
  const line = lines[m.line - 1];
  if (line?.slice(m.at, m.at + m.from.length) !== m.from) return undefined;
  lines[m.line - 1] = line.slice(0, m.at) + m.to + line.slice(m.at + m.from.length);
  return lines.join('\n');
}

/** A copy of the repository to mutate: the working tree, with the dependencies linked. */
function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'stepanakert-mutation-'));
  const copy = join(dir, 'repo');
  cpSync(ROOT, copy, {
    recursive: true,
    preserveTimestamps: true,
    filter: (src) => !/\/(node_modules|\.git)$/.test(src),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return { dir, copy };
}

/** The test files that run the pipeline in-process: quick, so they run first. */
const QUICK = [
  'anchor',
  'annotations',
  'bad-input',
  'code-points',
  'dataset-card',
  'examples',
  'find-mentions',
  'lock',
  'normalise',
  'odd-values',
  'parse-document',
  'properties',
  'publishing-details',
  'records',
].map((name) => `test/${name}.test.ts`);

/** Runs tests in the copy, stopping at the first failure; true when they passed. */
function passes(copy, files) {
  const r = spawnSync('npx', ['vitest', 'run', '--bail=1', ...files], {
    cwd: copy,
    stdio: 'ignore',
    timeout: TIMEOUT_MS,
  });
  return r.status === 0;
}

/** The quick tests first; only a mutant they miss costs a run of the whole suite. */
const suitePasses = (copy) => passes(copy, QUICK) && passes(copy, []);

const score = (results) =>
  Math.round((results.filter((r) => r.killed).length / results.length) * 1000) / 10;

/** Writes the results so far (a run stopped early keeps what it found). */
function report(results, planned) {
  const killed = results.filter((r) => r.killed).length;
  const summary = { planned, mutants: results.length, killed, score: score(results), results };
  writeFileSync(join(ROOT, 'mutation/results.json'), `${JSON.stringify(summary, null, 2)}\n`);
}

function main() {
  const size = process.env.MUTANTS ?? '30';
  const mutants = [...NAMED, ...sample(operatorSites(), size)];
  if (process.env.MUTATION_LIST === '1') {
    for (const m of mutants)
      console.log(`${m.named ? m.file : `${m.file}:${m.line}`}: ${m.from.trim()} → ${m.to.trim()}`);
    return;
  }
  const { dir, copy } = scratchCopy();
  try {
    if (!suitePasses(copy)) throw new Error('the suite fails without any mutation');
    const results = [];
    for (const m of mutants) {
      const path = join(copy, m.file);
      const original = readFileSync(path, 'utf8');
      const mutated = mutate(original, m);
      if (mutated === undefined) throw new Error(`mutation does not apply: ${JSON.stringify(m)}`);
      writeFileSync(path, mutated);
      const killed = !suitePasses(copy);
      writeFileSync(path, original);
      const where = m.named ? m.file : `${m.file}:${m.line}`;
      const result = { where, from: m.from.trim(), to: m.to.trim(), named: m.named, killed };
      results.push(result);
      console.log(`${killed ? 'killed  ' : 'SURVIVED'} ${where}: ${result.from} → ${result.to}`);
      report(results, mutants.length);
    }
    const killed = results.filter((r) => r.killed).length;
    console.log(
      `mutation score: ${killed} of ${results.length} mutants killed (${score(results)}%)`,
    );
    process.exitCode = results.some((r) => r.named && !r.killed) ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
