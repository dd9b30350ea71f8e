// make bench: the build against its floor at every size, whole processes, interleaved.
//
// At each size (the real raw/ folder, then generated corpora of 10 to 3,000 documents) it runs
// one untimed warm-up pair, then pairs of (build, floor), each its own process, alternating which
// goes first; wall time and peak memory (GNU time's %M) of each. The floor (compiled/floor.mjs,
// from bench/floor.ts) writes the same table files from the rows the build just produced, so the
// ratio build/floor of each pair says what the build costs beyond publishing its tables, and the
// hashes of the two say whether every table file is byte-identical. Then one build of 10,000
// documents, the per-document cache (edit one document of 1,000, rebuild), and the side
// measurements (no-op make, make check, coverage of 100,000 numbers, re-anchor of 1,000 revised
// documents, check of a build of 1,000 documents). Prints Markdown tables, writes
// bench/results.json, exits 1 when a target is missed.
//
// Environment:
//   BENCH_QUICK=1      sizes 1, 10 and 100, 3 pairs each, the cache test at 100, no 10,000
//                      (the targets at 1,000, 3,000 and 10,000 are left out, and said so)
//   BENCH_SIZES=1,10   the sizes (1 is the real raw/ folder; others are generated corpora)
//   BENCH_PAIRS=3      timed pairs at every size; per size with <size>:<pairs>, e.g. 3,3000:1
//   BENCH_CLI=<file>   measure another bundle of the command line as the build (an older one):
//                      it is not given --cache and the cache test is skipped. A bundle finds the
//                      repository (schemas, node_modules) above itself: keep it inside the
//                      repository, e.g. under build/
//   BENCH_LIMIT=600    seconds after which any build or floor run is stopped, and counts as
//                      failed (default 600)
//   BENCH_OUT=<file>   where to write the results (default bench/results.json)
//   BENCH_MIN_FREE_MIB=1536  a run is stopped, and counts as failed, when the machine's available
//                      memory falls below this many MiB (the machine may be shared)
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The published tables in publishing order, as the data package descriptor lists them. */
const TABLES = JSON.parse(readFileSync(join(ROOT, 'dist/datapackage.json'), 'utf8'))
  .resources.filter((r) => r.type === 'table')
  .map((r) => r.name);
const FORMATS = ['csv', 'json', 'parquet'];
const started = new Date();
const QUICK = process.env.BENCH_QUICK === '1';
const OTHER_CLI = process.env.BENCH_CLI ? resolve(process.env.BENCH_CLI) : undefined;
const CLI = OTHER_CLI ?? join(ROOT, 'compiled/stepanakert.mjs');
const CACHE = OTHER_CLI === undefined;
const FLOOR = join(ROOT, 'compiled/floor.mjs');
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : QUICK
    ? [1, 10, 100]
    : [1, 10, 100, 1000, 3000];
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) usage('BENCH_SIZES: whole numbers ≥ 1');
const defaultPairs = (n) => (QUICK ? 3 : n <= 100 ? 7 : n <= 1000 ? 5 : 3);
const PAIRS = parsePairs(process.env.BENCH_PAIRS);
const SIDE_RUNS = QUICK ? 3 : 5;
const LARGE = QUICK ? undefined : 10000;
const LIMIT_S = Number(process.env.BENCH_LIMIT ?? 600);
const CACHE_SIZE = QUICK ? 100 : 1000;
const REANCHOR_SIZE = QUICK ? 100 : 1000;
const MIN_FREE_MIB = Number(process.env.BENCH_MIN_FREE_MIB ?? 1536);
const OUT_FILE = resolve(ROOT, process.env.BENCH_OUT ?? 'bench/results.json');
const TIME = '/usr/bin/time';
for (const [name, x] of [
  ['BENCH_LIMIT', LIMIT_S],
  ['BENCH_MIN_FREE_MIB', MIN_FREE_MIB],
])
  if (!(x > 0)) usage(`${name}: a number above 0`);
if (!existsSync(TIME)) usage('GNU time (/usr/bin/time) is needed for the peak memory');
const work = mkdtempSync(join(tmpdir(), 'stepanakert-bench-'));

function usage(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** "3" → 3 at every size; "3,3000:1" → 3, but 1 at 3,000 documents. */
function parsePairs(text) {
  const perSize = new Map();
  let all;
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [a, b] = part.split(':').map(Number);
    if (b === undefined) all = a;
    else perSize.set(a, b);
  }
  const check = (x) => Number.isInteger(x) && x >= 1;
  if ((all !== undefined && !check(all)) || ![...perSize.values()].every(check))
    usage('BENCH_PAIRS: a number of pairs, or <size>:<pairs>, separated by commas');
  return (n) => perSize.get(n) ?? all ?? defaultPairs(n);
}

/** The available memory of the machine in MiB (MemAvailable), or Infinity when unknown. */
function availableMib() {
  try {
    const m = /MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

const kill = (pid) => {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {}
};
/** Stops the command GNU time runs (so that time still reports its peak), or the whole group. */
function stop(pid) {
  let children = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ');
  } catch {}
  if (children.some(Boolean)) for (const child of children.filter(Boolean)) kill(Number(child));
  else kill(-pid);
}
/** The process group of the run under way: stopped with the bench (each run is its own group). */
let running;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    if (running) kill(-running);
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });

/**
 * Runs a command once as its own process (group): wall seconds, peak resident memory (MiB, GNU
 * time), exit code or signal, stdout, the end of stderr. Stopped after `limit` seconds, or when
 * the machine's available memory falls below MIN_FREE_MIB.
 */
function once(cmd, args, { env = {}, limit, stdout = 'ignore' } = {}) {
  const memFile = join(work, 'time');
  rmSync(memFile, { force: true });
  return new Promise((done) => {
    const began = process.hrtime.bigint();
    const child = spawn(TIME, ['-f', '%M', '-o', memFile, cmd, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', stdout, 'pipe'],
      detached: true,
    });
    const out = [];
    let err = '';
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => {
      err = (err + d).slice(-20000);
    });
    running = child.pid;
    let stopped;
    const watch = setInterval(() => {
      const seconds = Number(process.hrtime.bigint() - began) / 1e9;
      if (limit !== undefined && seconds > limit) stopped = `stopped at the limit of ${limit} s`;
      else if (availableMib() < MIN_FREE_MIB)
        stopped = `stopped: the machine had less than ${MIN_FREE_MIB} MiB available`;
      if (stopped) {
        clearInterval(watch);
        stop(child.pid);
      }
    }, 250);
    child.on('close', () => {
      clearInterval(watch);
      running = undefined;
      // anything the stopped command left in its group goes too
      if (stopped) kill(-child.pid);
      const seconds = Number(process.hrtime.bigint() - began) / 1e9;
      const report = existsSync(memFile) ? readFileSync(memFile, 'utf8').trim().split('\n') : [];
      const mib = Number(report.at(-1)) / 1024;
      // GNU time exits with the command's status, and says when a signal ended it
      const signal = /terminated by signal (\d+)/.exec(report.join('\n'))?.[1];
      done({
        seconds,
        mib: Number.isFinite(mib) ? mib : null,
        code: signal ? null : child.exitCode,
        signal: signal ? Number(signal) : null,
        stopped: stopped ?? null,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: err,
      });
    });
  });
}

/** One line that says how a run failed: how it ended, and its error with where it was thrown. */
function failure(r) {
  const lines = r.stderr
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const heap = /heap out of memory|Reached heap limit/.test(r.stderr);
  const how = r.stopped
    ? r.stopped
    : r.signal
      ? `killed by signal ${r.signal}${r.signal === 9 ? ' (out of memory?)' : ''}`
      : `exit ${r.code}`;
  const thrown = lines.findIndex((l) => /^(?:[A-Za-z]*Error\b|error:)/.test(l));
  const at = thrown >= 0 ? thrown : lines.findIndex((l) => /error/i.test(l));
  const frame = at >= 0 ? lines.slice(at + 1).find((l) => l.startsWith('at ')) : undefined;
  const message = heap
    ? 'JavaScript heap out of memory'
    : at >= 0
      ? `${lines[at]}${frame ? ` (${frame})` : ''}`
      : (lines.at(-1) ?? '');
  return `${how} after ${r.seconds.toFixed(1)} s, peak ${r.mib?.toFixed(0) ?? '?'} MiB${message ? `: ${shorten(message).slice(0, 300)}` : ''}`;
}
/** Paths inside the bench's folder and the repository, shortened. */
const shorten = (text) =>
  text.replaceAll(work, '<bench>').replaceAll(`file://${ROOT}`, '').replaceAll(ROOT, '');
/** The end of what a failed run wrote on stderr, paths inside the bench's folder shortened. */
const stderrTail = (r) => shorten(r.stderr.trim().slice(-2000));

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const median = (xs) => quantile(xs, 0.5);
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const round = (x, d = 3) => (x === null || x === undefined ? null : Number(x.toFixed(d)));

/** Calls `each` with every chunk of a file, in order. */
function chunks(file, each) {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      each(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}
/** SHA-256 of a file. */
function sha256(file) {
  const h = createHash('sha256');
  chunks(file, (b) => h.update(b));
  return h.digest('hex');
}
/** Rows of a JSON table as both writers lay it out (two-space indent): its lines "  {". */
function countRows(file) {
  let rows = 0;
  let tail = '';
  chunks(file, (b) => {
    const text = tail + b.toString('latin1');
    rows += text.split('\n  {\n').length - 1;
    tail = text.slice(-4);
  });
  return rows;
}
const countRecords = (dir) => TABLES.reduce((n, t) => n + countRows(join(dir, `${t}.json`)), 0);
const tableFiles = TABLES.flatMap((t) => FORMATS.map((f) => `${t}.${f}`));
/** The table files of the floor that differ from the build's (after checking the floor's sums). */
function differing(build, floor) {
  const sums = new Map(
    readFileSync(join(floor, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => [l.slice(66), l.slice(0, 64)]),
  );
  return tableFiles.filter((name) => {
    if (sums.get(name) !== sha256(join(floor, name)))
      throw new Error(`the floor's SHA256SUMS does not hold ${name} as written`);
    return !existsSync(join(build, name)) || sha256(join(build, name)) !== sums.get(name);
  });
}
/** Every file below a folder, relative to it. */
const filesBelow = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
    .sort();
/** The files of two folders that differ, or are in only one. */
function folderDifferences(a, b) {
  const [fa, fb] = [filesBelow(a), filesBelow(b)];
  return [...new Set([...fa, ...fb])]
    .sort()
    .filter((f) => !fa.includes(f) || !fb.includes(f) || sha256(join(a, f)) !== sha256(join(b, f)));
}

const dir = (name) => {
  const d = join(work, name);
  rmSync(d, { recursive: true, force: true });
  return d;
};
const emptyDir = (name) => {
  const d = dir(name);
  mkdirSync(d);
  return d;
};
/** A build of `raw` into a new `out`: with a fresh empty cache folder unless told otherwise. */
const build = (raw, out, { cache = emptyDir('cache'), ...options } = {}) =>
  once(
    'node',
    [
      CLI,
      'build',
      '--raw',
      raw,
      '--out',
      out,
      '--json',
      ...(CACHE ? (cache === false ? ['--no-cache'] : ['--cache', cache]) : []),
    ],
    { stdout: 'pipe', limit: LIMIT_S, ...options },
  );
const floorRun = (records, out) => once('node', [FLOOR, records, out], { limit: LIMIT_S });
const summary = (r) => {
  try {
    return JSON.parse(r.stdout);
  } catch {
    return {};
  }
};
const generate = (folder, n, ...flags) =>
  execFileSync('node', [join(ROOT, 'bench/generate-corpus.mjs'), folder, String(n), ...flags]);
const corpus = (n) => {
  if (n === 1) return join(ROOT, 'raw');
  const raw = dir(`corpus-${n}`);
  generate(raw, n);
  return raw;
};
const log = (line) => console.error(line);

/** The pairs at one size: a warm-up pair, then `pairs` timed pairs alternating which goes first. */
async function measureSize(n) {
  const pairs = PAIRS(n);
  const raw = corpus(n);
  const documents = readdirSync(raw, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
  log(`${documents} document${documents === 1 ? '' : 's'}: a warm-up pair, then ${pairs} pairs`);
  const [out, floorOut, records] = [dir('build-out'), dir('floor-out'), dir('records')];
  const builds = [];
  const floors = [];
  const different = new Set();
  let failed = null;
  let failedStderr = null;
  let count = null;
  let compared = 0;
  for (let i = 0; i <= pairs && !failed; i++) {
    const buildFirst = i % 2 === 0;
    const runs = {};
    for (const which of buildFirst ? ['build', 'floor'] : ['floor', 'build']) {
      rmSync(which === 'build' ? out : floorOut, { recursive: true, force: true });
      const r = which === 'build' ? await build(raw, out) : await floorRun(records, floorOut);
      if (r.code !== 0) {
        failed = `${which}, ${i === 0 ? 'warm-up' : `pair ${i}`}: ${failure(r)}`;
        failedStderr = stderrTail(r);
        log(`  ${failed}`);
        break;
      }
      runs[which] = r;
      if (i === 0 && which === 'build') {
        // the floor's input: the rows this build produced, copied once per size (untimed)
        mkdirSync(records);
        for (const t of TABLES) copyFileSync(join(out, `${t}.json`), join(records, `${t}.json`));
        count = countRecords(records);
      }
    }
    if (failed) break;
    for (const f of differing(out, floorOut)) different.add(f);
    compared++;
    if (i === 0) continue;
    builds.push(runs.build);
    floors.push(runs.floor);
    const ratio = runs.build.seconds / runs.floor.seconds;
    log(
      `  pair ${i} (${buildFirst ? 'build' : 'floor'} first): build ${runs.build.seconds.toFixed(2)} s, floor ${runs.floor.seconds.toFixed(2)} s, ratio ${ratio.toFixed(2)}`,
    );
  }
  for (const d of [out, floorOut, records]) rmSync(d, { recursive: true, force: true });
  if (n !== 1) rmSync(raw, { recursive: true, force: true });
  const stats = (runs) =>
    runs.length
      ? {
          runs_s: runs.map((r) => round(r.seconds)),
          median_s: round(median(runs.map((r) => r.seconds))),
          min_s: round(Math.min(...runs.map((r) => r.seconds))),
          max_s: round(Math.max(...runs.map((r) => r.seconds))),
          peak_mib: round(Math.max(...runs.map((r) => r.mib ?? Number.NaN)), 1),
        }
      : null;
  const ratios = builds.map((b, i) => b.seconds / floors[i].seconds);
  const b = stats(builds);
  return {
    documents,
    records: count,
    pairs: builds.length,
    build: b,
    floor: stats(floors),
    ratio: ratios.length
      ? {
          median: round(median(ratios)),
          min: round(Math.min(...ratios)),
          max: round(Math.max(...ratios)),
          pairs: ratios.map((x) => round(x)),
        }
      : null,
    records_per_s: b && count !== null ? Math.round(count / b.median_s) : null,
    // compared after every pair (the warm-up too); null when no pair got that far
    compared_pairs: compared,
    identity:
      compared === 0
        ? null
        : Object.fromEntries(
            FORMATS.map((f) => [f, ![...different].some((name) => name.endsWith(`.${f}`))]),
          ),
    differing: [...different].sort(),
    failed,
    failed_stderr: failedStderr,
  };
}

/** A side measurement: a warm-up, then `runs` timed runs; `before` prepares each run untimed. */
async function measure(name, cmd, args, { before = () => {}, runs = SIDE_RUNS, env, codes = [0] }) {
  const results = [];
  for (let i = 0; i <= runs; i++) {
    before();
    const r = await once(cmd, args, { env, limit: LIMIT_S });
    if (!codes.includes(r.code)) {
      const failed = `${i === 0 ? 'warm-up' : `run ${i}`}: ${failure(r)}`;
      log(`  ${name}: ${failed}`);
      return { name, runs, median_s: null, min_s: null, max_s: null, peak_mib: null, failed };
    }
    if (i > 0) results.push(r);
  }
  const s = spread(results.map((r) => r.seconds));
  log(`  ${name}: median ${s.median.toFixed(3)} s`);
  return {
    name,
    runs,
    median_s: round(s.median),
    min_s: round(s.min),
    max_s: round(s.max),
    peak_mib: round(Math.max(...results.map((r) => r.mib ?? Number.NaN)), 1),
    failed: null,
  };
}

/** One build of LARGE documents. */
async function measureLarge() {
  log(`${LARGE} documents: one build (limit ${LIMIT_S} s)`);
  const raw = corpus(LARGE);
  const out = dir('build-out');
  const r = await build(raw, out);
  const ok = r.code === 0;
  const result = {
    documents: LARGE,
    succeeded: ok,
    exit: r.code,
    signal: r.signal,
    stopped: r.stopped,
    seconds: round(r.seconds),
    peak_mib: round(r.mib, 1),
    limit_s: LIMIT_S,
    failure: ok ? null : failure(r),
    stderr: ok ? null : stderrTail(r),
  };
  log(`  ${ok ? `built in ${r.seconds.toFixed(1)} s` : result.failure}`);
  for (const d of [raw, out, join(work, 'cache')]) rmSync(d, { recursive: true, force: true });
  return result;
}

/** Edits the `note` of one annotation of one document, keeping the file valid JSON. */
function editOneNote(raw, n) {
  const id = `synthetic-${String(Math.floor(n / 2)).padStart(4, '0')}`;
  const file = join(raw, id, 'annotations.json');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const a = doc.annotations.find((x) => typeof x.note === 'string');
  a.note = `${a.note} (Edited for the benchmark.)`;
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return { document: id, annotation: a.id };
}

/** The per-document cache: a clean build, one note edited, a rebuild with the same cache. */
async function measureCache(n) {
  log(`cache: ${n} documents, one edited`);
  const raw = corpus(n);
  const cache = emptyDir('cache-kept');
  const [first, second, clean] = [dir('cache-first'), dir('cache-second'), dir('cache-clean')];
  const counts = (r) => {
    const s = summary(r);
    return { documents: s.documents ?? null, built: s.built ?? null, reused: s.reused ?? null };
  };
  const result = {
    documents: n,
    edited: null,
    clean: null,
    rebuild: null,
    reference: null,
    identical: null,
    differing: null,
    failed: null,
  };
  /** One build of the test; a failure ends the test, said in `failed`. */
  const step = async (key, name, out, options) => {
    const r = await build(raw, out, options);
    if (r.code !== 0) {
      result.failed = `${name}: ${failure(r)}`;
      log(`  ${result.failed}`);
      return false;
    }
    log(`  ${name}: ${r.seconds.toFixed(2)} s, ${JSON.stringify(counts(r))}`);
    result[key] = { seconds: round(r.seconds), peak_mib: round(r.mib, 1), ...counts(r) };
    return true;
  };
  if (await step('clean', 'clean build, empty cache', first, { cache })) {
    result.edited = editOneNote(raw, n);
    if (
      (await step('rebuild', 'rebuild after the edit, same cache', second, { cache })) &&
      (await step('reference', 'clean build of the edited corpus, --no-cache', clean, {
        cache: false,
      }))
    ) {
      result.differing = folderDifferences(second, clean);
      result.identical = result.differing.length === 0;
    }
  }
  for (const d of [raw, cache, first, second, clean]) rmSync(d, { recursive: true, force: true });
  return result;
}

// ---------------------------------------------------------------------------------------------
const relativeCli = isAbsolute(relative(ROOT, CLI)) ? CLI : relative(ROOT, CLI);
log(
  `bench${QUICK ? ' (quick)' : ''}: build ${relativeCli}${CACHE ? '' : ' (another bundle: no --cache, no cache test)'}, in ${work}`,
);
execFileSync('make', ['-s', 'compiled/stepanakert.mjs', 'compiled/floor.mjs', 'dist'], {
  cwd: ROOT,
  stdio: 'inherit',
});

const sizes = [];
for (const n of SIZES) sizes.push(await measureSize(n));
const large = LARGE ? await measureLarge() : null;
const cache = CACHE ? await measureCache(CACHE_SIZE) : null;

log('side measurements');
const side = [];
side.push(await measure('no-op make (nothing changed)', 'make', ['-s', 'dist'], {}));
side.push(await measure('make check, real dataset', 'make', ['-s', 'check'], {}));
// coverage of one document of 100,000 numbers, none annotated: each is located and reported
// (exit 1, uncovered), with the workflow commands a GitHub run prints
const numbers = dir('numbers');
execFileSync('node', [join(ROOT, 'bench/generate-numbers.mjs'), numbers, '100000']);
side.push(
  await measure('coverage, 100,000 numbers', 'node', [CLI, 'coverage', '--raw', numbers], {
    env: { GITHUB_ACTIONS: 'true' },
    codes: [1],
  }),
);
rmSync(numbers, { recursive: true, force: true });
// each run re-anchors a freshly revised corpus: reanchor rewrites the folder it reads
const revised = dir('revised');
side.push(
  await measure(
    `re-anchor, ${REANCHOR_SIZE.toLocaleString('en')} revised documents`,
    'node',
    [CLI, 'reanchor', '--raw', revised],
    { before: () => generate(revised, REANCHOR_SIZE, '--revised') },
  ),
);
rmSync(revised, { recursive: true, force: true });
// check of a whole build of CACHE_SIZE documents, one timed run: measured, with no target (check
// reads every table in its three formats whole, so its time and memory grow with the corpus)
const checkName = `check, a build of ${CACHE_SIZE.toLocaleString('en')} documents`;
const checkRaw = corpus(CACHE_SIZE);
const checked = dir('checked');
const checkedBuild = await build(checkRaw, checked, { cache: false });
side.push(
  checkedBuild.code === 0
    ? await measure(checkName, 'node', [CLI, 'check', '--out', checked], { runs: 1 })
    : {
        name: checkName,
        runs: 1,
        median_s: null,
        min_s: null,
        max_s: null,
        peak_mib: null,
        failed: `the build to check: ${failure(checkedBuild)}`,
      },
);
for (const d of [checkRaw, checked]) rmSync(d, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
const at = (n) => sizes.find((s) => s.documents === n && !s.failed);
const measuredAt = (n) => sizes.find((s) => s.documents === n);
const sideOf = (prefix) => side.find((m) => m.name.startsWith(prefix));
const targets = [];
const leftOut = [];
/**
 * A target, or why it is left out (`value` undefined). A number is met at most `limit` (NaN: the
 * measurement failed); a text is met when it is `limit`; never when part of it was `unmeasured`.
 */
const target = (name, value, limit, unit, why, unmeasured) => {
  if (value === undefined) leftOut.push({ target: name, reason: why });
  else
    targets.push({
      target: name,
      value: typeof value === 'number' ? round(value) : value,
      limit,
      unit,
      met: !unmeasured && (typeof value === 'number' ? value <= limit : value === limit),
      ...(unmeasured ? { unmeasured } : {}),
    });
};
const notMeasured = (n) =>
  QUICK
    ? `not measured in a quick run (BENCH_QUICK=1)`
    : `${n} documents not measured (BENCH_SIZES)`;
/** A value at a size: undefined (left out) when the size was not measured; NaN when it failed. */
const valueAt = (n, f) => (measuredAt(n) ? (at(n) ? f(at(n)) : Number.NaN) : undefined);
target(
  '1,000 documents: build/floor median ratio ≤ 2.0',
  valueAt(1000, (s) => s.ratio.median),
  2.0,
  '×',
  notMeasured('1,000'),
);
target(
  '1,000 documents: peak build memory ≤ 400 MiB',
  valueAt(1000, (s) => s.build.peak_mib),
  400,
  'MiB',
  notMeasured('1,000'),
);
target(
  '3,000 documents: peak build memory ≤ 1.25 × at 1,000',
  measuredAt(1000) && measuredAt(3000)
    ? at(1000) && at(3000)
      ? at(3000).build.peak_mib / at(1000).build.peak_mib
      : Number.NaN
    : undefined,
  1.25,
  '×',
  notMeasured(measuredAt(1000) ? '3,000' : '1,000 or 3,000'),
);
target(
  '10,000 documents: the build succeeds (exit 0)',
  large
    ? large.exit !== null
      ? `exit ${large.exit}`
      : `${large.stopped ? 'stopped, ' : ''}signal ${large.signal}`
    : undefined,
  'exit 0',
  '',
  'not measured in a quick run (BENCH_QUICK=1)',
);
const cacheWhy = 'not measured: another bundle is measured (BENCH_CLI), which takes no --cache';
target(
  `edit 1 of ${CACHE_SIZE.toLocaleString('en')} documents: built 1, reused ${(CACHE_SIZE - 1).toLocaleString('en')}`,
  cache
    ? cache.rebuild
      ? `built ${cache.rebuild.built}, reused ${cache.rebuild.reused}`
      : Number.NaN
    : undefined,
  `built 1, reused ${CACHE_SIZE - 1}`,
  '',
  cacheWhy,
);
target(
  `edit 1 of ${CACHE_SIZE.toLocaleString('en')} documents: output byte-identical to a clean build`,
  cache ? (cache.differing?.length ?? Number.NaN) : undefined,
  0,
  'files differing',
  cacheWhy,
);
// files differing summed over the sizes compared; a size where no pair could be compared
// (its build failed) fails the target, and is named
const uncompared = sizes.filter((s) => s.identity === null).map((s) => s.documents);
for (const f of FORMATS)
  target(
    `${f === 'json' ? 'JSON' : f === 'csv' ? 'CSV' : 'Parquet'}: every table file byte-identical to the floor's, at every size`,
    sizes.reduce((k, s) => k + s.differing.filter((d) => d.endsWith(`.${f}`)).length, 0),
    0,
    'files differing',
    undefined,
    uncompared.length
      ? `not compared at ${uncompared.map((n) => n.toLocaleString('en')).join(', ')} documents: the build failed`
      : undefined,
  );
const sideValue = (prefix) => sideOf(prefix).median_s ?? Number.NaN;
target('no-op make ≤ 0.2 s', sideValue('no-op'), 0.2, 's');
target('coverage of 100,000 numbers ≤ 10 s', sideValue('coverage'), 10, 's');
target(
  're-anchor of 1,000 revised documents ≤ 20 s',
  REANCHOR_SIZE === 1000 ? sideValue('re-anchor') : undefined,
  20,
  's',
  'not measured in a quick run (BENCH_QUICK=1): 100 documents only',
);
if (!LARGE && !QUICK) leftOut.push({ target: '10,000 documents', reason: 'not measured' });

// ---------------------------------------------------------------------------------------------
const fmt = (x, d = 3) =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : Number(x).toFixed(d);
const thousands = (x) => (x === null || x === undefined ? '—' : x.toLocaleString('en'));
const mark = (ok) => (ok ? 'yes' : 'NO');
const lines = [
  `Build: ${relativeCli}${CACHE ? ' (each timed build with a fresh empty --cache)' : ' (another bundle, BENCH_CLI: no --cache)'}. Pairs after one warm-up pair, alternating which runs first.`,
  '',
  '| documents | records | build s (median) | floor s (median) | ratio median (min–max) | build peak MiB | floor peak MiB | records/s |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...sizes.map((s) =>
    s.failed && !s.build
      ? `| ${thousands(s.documents)} | ${thousands(s.records)} | failed: ${s.failed} | | | | | |`
      : `| ${thousands(s.documents)} | ${thousands(s.records)} | ${fmt(s.build.median_s)} | ${fmt(s.floor.median_s)} | ${fmt(s.ratio.median, 2)} (${fmt(s.ratio.min, 2)}–${fmt(s.ratio.max, 2)}) | ${fmt(s.build.peak_mib, 0)} | ${fmt(s.floor.peak_mib, 0)} | ${thousands(s.records_per_s)} |${s.failed ? ` then failed: ${s.failed}` : ''}`,
  ),
  '',
  '| documents | pairs | CSV identical | JSON identical | Parquet identical | files differing |',
  '| ---: | ---: | --- | --- | --- | --- |',
  ...sizes.map((s) =>
    s.identity
      ? `| ${thousands(s.documents)} | ${s.pairs} | ${mark(s.identity.csv)} | ${mark(s.identity.json)} | ${mark(s.identity.parquet)} | ${s.differing.join(', ') || '—'} |`
      : `| ${thousands(s.documents)} | ${s.pairs} | — | — | — | not compared: the build failed |`,
  ),
  '',
  large
    ? `${thousands(large.documents)} documents: ${large.succeeded ? `built in ${fmt(large.seconds, 1)} s, peak ${fmt(large.peak_mib, 0)} MiB` : `failed: ${large.failure}`}`
    : '10,000 documents: not measured (quick run)',
  cache
    ? cache.failed
      ? `Cache, ${thousands(cache.documents)} documents: failed: ${cache.failed}`
      : `Cache, ${thousands(cache.documents)} documents: clean build ${fmt(cache.clean.seconds, 2)} s (built ${cache.clean.built}, reused ${cache.clean.reused}); after editing one note of ${cache.edited.document}: ${fmt(cache.rebuild.seconds, 2)} s, built ${cache.rebuild.built}, reused ${cache.rebuild.reused}, peak ${fmt(cache.rebuild.peak_mib, 0)} MiB; ${cache.identical ? 'byte-identical to' : `differs from (${cache.differing.slice(0, 5).join(', ')}${cache.differing.length > 5 ? ', …' : ''})`} a clean build without cache (${fmt(cache.reference.seconds, 2)} s)`
    : `Cache: ${cacheWhy}`,
  '',
  '| side measurement | runs | median s | min s | max s | peak MiB |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...side.map((m) =>
    m.failed
      ? `| ${m.name} | ${m.runs} | failed: ${m.failed} | | | |`
      : `| ${m.name} | ${m.runs} | ${fmt(m.median_s)} | ${fmt(m.min_s)} | ${fmt(m.max_s)} | ${fmt(m.peak_mib, 0)} |`,
  ),
  ...(OTHER_CLI
    ? ['', "No-op make and make check run the Makefile's own compiled/stepanakert.mjs."]
    : []),
  '',
  '| target | measured | limit | met |',
  '| --- | ---: | ---: | --- |',
  ...targets.map(
    (t) =>
      `| ${t.target} | ${Number.isNaN(t.value) ? 'failed' : `${t.value}${t.unit && ` ${t.unit}`}`}${t.unmeasured ? `; ${t.unmeasured}` : ''} | ${t.limit}${t.unit && ` ${t.unit}`} | ${mark(t.met)} |`,
  ),
  ...(leftOut.length ? ['', 'Left out:', ...leftOut.map((t) => `- ${t.target}: ${t.reason}`)] : []),
];
console.log(lines.join('\n'));

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const results = {
  started: started.toISOString(),
  machine: {
    node: process.version,
    platform: process.platform,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? null,
    memory_mib: Math.round(totalmem() / 2 ** 20),
  },
  commit,
  build: {
    bundle: OTHER_CLI ? 'BENCH_CLI' : 'compiled/stepanakert.mjs',
    sha256: sha256(CLI),
    cache: CACHE,
  },
  quick: QUICK,
  limit_s: LIMIT_S,
  sizes,
  large,
  cache: cache ?? { skipped: cacheWhy },
  side,
  targets: targets.map((t) => ({ ...t, value: Number.isNaN(t.value) ? 'failed' : t.value })),
  left_out: leftOut,
};
writeFileSync(OUT_FILE, `${JSON.stringify(results, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
process.exitCode = targets.every((t) => t.met) ? 0 : 1;
