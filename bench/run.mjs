// make bench: whole-process timings (median and spread of several runs after a warm-up) and peak
// memory of the build and its parts, printed as a table and written to bench/results.json.
// BENCH_QUICK=1 checks the bench itself: 3 runs, corpora of 10 and 100 documents only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'compiled/stepanakert.mjs');
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 3 : 7));
const SIZES = QUICK ? [10, 100] : [10, 100, 1000];
const work = mkdtempSync(join(tmpdir(), 'stepanakert-bench-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command once: wall seconds and peak resident memory (MiB, from GNU time when present). */
function once(cmd, args, env = {}, codes = [0]) {
  const memFile = join(work, 'mem');
  const argv = TIME ? [TIME, ['-f', '%M', '-o', memFile, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!codes.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const mib = TIME ? Number(readFileSync(memFile, 'utf8').trim().split('\n').pop()) / 1024 : null;
  return { seconds, mib };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};

/** A warm-up, then RUNS timed runs; `before` prepares each run untimed. */
function measure(
  name,
  cmd,
  args,
  { before = () => {}, runs = RUNS, records, env = {}, codes = [0] } = {},
) {
  before();
  once(cmd, args, env, codes);
  const results = [];
  for (let i = 0; i < runs; i++) {
    before();
    results.push(once(cmd, args, env, codes));
  }
  const s = results.map((r) => r.seconds);
  const m = results.map((r) => r.mib).filter((x) => x !== null);
  const row = {
    name,
    runs,
    median_s: quantile(s, 0.5),
    min_s: Math.min(...s),
    max_s: Math.max(...s),
    iqr_s: quantile(s, 0.75) - quantile(s, 0.25),
    peak_mib: m.length ? Math.max(...m) : null,
    ...(records ? { records, records_per_s: Math.round(records / quantile(s, 0.5)) } : {}),
  };
  console.error(`  ${name}: median ${row.median_s.toFixed(3)} s`);
  return row;
}

const fresh = () => {
  const dir = join(work, 'out');
  rmSync(dir, { recursive: true, force: true });
  return dir;
};
const countRecords = (dir) =>
  ['documents', 'events', 'casualties', 'damage', 'munitions', 'actors', 'claims'].reduce(
    (n, t) => n + JSON.parse(readFileSync(join(dir, `${t}.json`), 'utf8')).length,
    0,
  );
const countAnnotations = (raw) =>
  readdirSync(raw, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .reduce(
      (n, d) =>
        n + JSON.parse(readFileSync(join(raw, d, 'annotations.json'), 'utf8')).annotations.length,
      0,
    );
/** Throughput at the median: `count` items of `unit` (records or annotations) per second. */
const rate = (row, unit, count) =>
  Object.assign(row, { [unit]: count, [`${unit}_per_s`]: Math.round(count / row.median_s) });

console.error(`bench: ${RUNS} runs after a warm-up each${QUICK ? ' (quick)' : ''}, in ${work}`);
execFileSync('make', ['-s', 'compiled/stepanakert.mjs', 'dist'], { cwd: ROOT, stdio: 'inherit' });
const rows = [];
const out = join(work, 'out');
rows.push(
  measure('full build, real dataset', 'node', [CLI, 'build', '--out', out], {
    before: fresh,
    records: countRecords(join(ROOT, 'dist')),
  }),
);
rows.push(
  measure(
    'floor: bare DuckDB script, same files',
    'node',
    [join(ROOT, 'bench/floor.mjs'), join(ROOT, 'dist'), out],
    { before: fresh },
  ),
);
rows.push(measure('no-op make (nothing changed)', 'make', ['-s', 'dist']));
rows.push(measure('make check', 'make', ['-s', 'check']));
// coverage of one document of 100,000 numbers, none annotated: each is located and reported
// (exit 1, uncovered), with the workflow commands a GitHub run prints
const numbers = join(work, 'numbers');
execFileSync('node', [join(ROOT, 'bench/generate-numbers.mjs'), numbers, '100000']);
rows.push(
  measure('coverage, 100,000 numbers', 'node', [CLI, 'coverage', '--raw', numbers], {
    runs: QUICK ? 3 : 5,
    env: { GITHUB_ACTIONS: 'true' },
    codes: [1],
  }),
);
rmSync(numbers, { recursive: true, force: true });
const generate = (folder, n, ...flags) =>
  execFileSync('node', [join(ROOT, 'bench/generate-corpus.mjs'), folder, String(n), ...flags]);
for (const n of SIZES) {
  const raw = join(work, `corpus-${n}`);
  generate(raw, n);
  const runs = n === 1000 ? 5 : RUNS;
  const build = measure(
    `build, ${n} documents`,
    'node',
    [CLI, 'build', '--raw', raw, '--out', out],
    {
      before: fresh,
      runs,
    },
  );
  rows.push(rate(build, 'records', countRecords(out)));
  rmSync(raw, { recursive: true, force: true });
  // Each run re-anchors a freshly revised corpus: reanchor rewrites the folder it reads.
  const revised = join(work, `revised-${n}`);
  const reanchor = measure(
    `re-anchor, ${n} revised documents`,
    'node',
    [CLI, 'reanchor', '--raw', revised],
    { before: () => generate(revised, n, '--revised'), runs },
  );
  rows.push(rate(reanchor, 'annotations', countAnnotations(revised)));
  rmSync(revised, { recursive: true, force: true });
}

const get = (name) => rows.find((r) => r.name.startsWith(name));
const full = get('full build');
const floor = get('floor');
const big = get('build, 1000 documents');
const bigReanchor = get('re-anchor, 1000 revised documents');
// The 1,000-document targets are left out when that corpus was not measured (BENCH_QUICK=1).
const targets = [
  ['full real build ≤ 1.0 s median', full.median_s, 1.0, 's'],
  ['full real build ≤ 1.5 × the floor', full.median_s / floor.median_s, 1.5, '×'],
  ['no-op make ≤ 0.2 s', get('no-op').median_s, 0.2, 's'],
  ['coverage of 100,000 numbers ≤ 10 s', get('coverage, 100,000').median_s, 10, 's'],
  ...(big
    ? [
        ['1,000 documents ≤ 20 s', big.median_s, 20, 's'],
        ['1,000 documents ≥ 100,000 records', -big.records, -100000, 'records'],
        ['1,000 documents within 1 GiB', big.peak_mib ?? Number.NaN, 1024, 'MiB'],
        [
          '1,000 documents ≤ 12 × 100 documents',
          big.median_s / get('build, 100 documents').median_s,
          12,
          '×',
        ],
      ]
    : []),
  ...(bigReanchor
    ? [['re-anchor 1,000 revised documents ≤ 20 s', bigReanchor.median_s, 20, 's']]
    : []),
].map(([target, value, limit, unit]) => ({
  target,
  value: Math.abs(value),
  limit: Math.abs(limit),
  unit,
  met: value <= limit,
}));

const fmt = (x, d = 3) =>
  x === null || x === undefined ? '—' : typeof x === 'number' ? x.toFixed(d) : String(x);
const throughput = (r) =>
  r.records_per_s !== undefined
    ? `${r.records_per_s} records/s`
    : r.annotations_per_s !== undefined
      ? `${r.annotations_per_s} annotations/s`
      : '—';
const lines = [
  '| measurement | runs | median s | min s | max s | IQR s | peak MiB | throughput |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.runs} | ${fmt(r.median_s)} | ${fmt(r.min_s)} | ${fmt(r.max_s)} | ${fmt(r.iqr_s)} | ${fmt(r.peak_mib, 0)} | ${throughput(r)} |`,
  ),
  '',
  '| target | measured | limit | met |',
  '| --- | ---: | ---: | --- |',
  ...targets.map(
    (t) =>
      `| ${t.target} | ${fmt(t.value, t.unit === 'records' || t.unit === 'MiB' ? 0 : 3)} ${t.unit} | ${t.limit} ${t.unit} | ${t.met ? 'yes' : 'NO'} |`,
  ),
  ...(QUICK
    ? ['', 'Quick run (BENCH_QUICK=1): not the 1,000-document corpus nor its targets.']
    : []),
];
console.log(lines.join('\n'));
const machine = {
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  platform: process.platform,
};
writeFileSync(
  join(ROOT, 'bench/results.json'),
  `${JSON.stringify({ machine, quick: QUICK, runs: RUNS, measurements: rows, targets }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
process.exitCode = targets.every((t) => t.met) ? 0 : 1;
