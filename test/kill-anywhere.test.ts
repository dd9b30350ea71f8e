import { spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../pipeline/stages/check-folder.js';
import {
  cleanTempDirs,
  copyRaw,
  DIST,
  DOC,
  ROOT,
  replaceInFile,
  snapshot,
  tempDir,
} from './helpers.js';

afterAll(cleanTempDirs);

/** The seed of this run: STEPANAKERT_KILL_SEED replays one (the test prints it). */
const SEED = Number(process.env.STEPANAKERT_KILL_SEED ?? randomInt(2 ** 31));
/** Runs stopped by a signal, at least; runs that finish before their moment come on top. */
const RUNS = 60;
const MAX_RUNS = 150;
const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGINT'] as const;

/** mulberry32: a small generator whose sequence the seed fixes. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const PAST = new Date('2000-01-01T00:00:00Z');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until no live process of the group is left (make and the build it started). Read from
 * /proc: a process whose parent died may stay a zombie where nothing reaps it, and a zombie
 * does nothing.
 */
async function groupGone(pgid: number): Promise<void> {
  const live = () =>
    readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .some((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return Number(pgrp) === pgid && state !== 'Z';
        } catch {
          return false;
        }
      });
  while (live()) await sleep(5);
}

/** Resolves once OUT is another folder than `ino` (the swap happened), or when `done()`. */
async function swapped(out: string, ino: number, done: () => boolean): Promise<void> {
  while (!done()) {
    try {
      if (statSync(out).ino !== ino) return;
    } catch {
      // between the two renames of the fallback swap
    }
    await sleep(1);
  }
}

/**
 * `make dist` in a process group of its own, signalled as a whole after `ms`, or right after
 * OUT was swapped (Ctrl-C, a CI cancel, kill -9).
 */
async function makeStopped(raw: string, out: string, signal: string, ms: number | 'swap') {
  const ino = statSync(out).ino;
  const child = spawn('make', ['-s', 'dist', `RAW=${raw}`, `OUT=${out}`], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const started = performance.now();
  let took = 0;
  const exit = new Promise<number | null>((r) =>
    child.once('exit', (code) => {
      took = performance.now() - started;
      r(code);
    }),
  );
  let finished = false;
  void exit.then(() => {
    finished = true;
  });
  await Promise.race([ms === 'swap' ? swapped(out, ino, () => finished) : sleep(ms), exit]);
  const signalled = !finished;
  if (signalled) process.kill(-(child.pid as number), signal);
  const code = await exit;
  await groupGone(child.pid as number);
  return { signalled, code, err, took };
}

describe('a build stopped at any moment, make and the CLI alike', () => {
  it(`${RUNS} runs stopped by SIGKILL, SIGTERM or SIGINT at random moments leave the old or the new dataset, which check accepts`, async () => {
    console.log(`kill test seed ${SEED} (replay: STEPANAKERT_KILL_SEED=${SEED})`);
    const random = generator(SEED);
    const work = tempDir();
    const raw = copyRaw();
    // the old dataset differs from the new one (an actor renamed), so a mix would show
    const oldRaw = copyRaw();
    replaceInFile(
      join(oldRaw, DOC, 'annotations.json'),
      '"name": "Human Rights Watch"',
      '"name": "HRW"',
    );
    const old = join(work, 'old');
    expect(
      spawnSync('make', ['-s', 'dist', `RAW=${oldRaw}`, `OUT=${old}`], { cwd: ROOT }).status,
    ).toBe(0);
    const oldSnap = snapshot(old);
    const newSnap = snapshot(DIST);
    const out = join(work, 'out');
    // how long a whole `make dist` takes here: the moments are spread over it and a little past it
    cpSync(old, out, { recursive: true });
    const t0 = performance.now();
    expect(
      spawnSync('make', ['-s', 'dist', `RAW=${raw}`, `OUT=${out}`], { cwd: ROOT }).status,
    ).toBe(0);
    // the moments follow the builds: a build that finished before its moment says how long one takes
    let whole = performance.now() - t0;
    const tally: Record<string, number> = {};
    const count = (k: string) => {
      tally[k] = (tally[k] ?? 0) + 1;
    };
    let signalled = 0;
    let run = 0;
    for (; signalled < RUNS && run < MAX_RUNS; run++) {
      const signal = SIGNALS[Math.floor(random() * SIGNALS.length)] as string;
      // one moment in four in the last part of the build, around the swap: most just before the
      // estimated end, where the swap is (a few tens of milliseconds before the exit), the rest
      // past it, so that a build slower than the first one (a loaded machine) still finishes now
      // and then and corrects the estimate
      const late = random();
      const f =
        late < 0.15 ? 0.85 + random() * 0.15 : late < 0.25 ? 1 + random() * 0.3 : random() * 1.05;
      // and one in ten right after the swap, whatever the machine's load made of the estimate
      const ms = random() < 0.1 ? 'swap' : Math.round(f * whole);
      rmSync(out, { recursive: true, force: true });
      cpSync(old, out, { recursive: true });
      utimesSync(join(out, 'SHA256SUMS'), PAST, PAST); // older than RAW: make rebuilds
      const r = await makeStopped(raw, out, signal, ms);
      const snap = snapshot(out);
      const state =
        JSON.stringify(snap) === JSON.stringify(oldSnap)
          ? 'old'
          : JSON.stringify(snap) === JSON.stringify(newSnap)
            ? 'new'
            : 'MIXED';
      const where = `run ${run}: ${signal} at ${ms === 'swap' ? 'the swap' : `${ms} ms`} (seed ${SEED})`;
      expect(state, where).not.toBe('MIXED');
      // never a refusal (a stale lock) nor make deleting a file ("Deleting file …")
      expect(r.err, where).not.toMatch(/error:|Deleting/);
      if (!r.signalled) expect({ code: r.code, state }, where).toEqual({ code: 0, state: 'new' });
      expect((await checkFolder(out)).problems, where).toEqual([]);
      count(r.signalled ? `${signal} → ${state}` : `finished → ${state}`);
      if (r.signalled) signalled++;
      else whole = 0.5 * whole + 0.5 * r.took;
    }
    console.log(
      `kill test: ${run} runs, ${signalled} stopped by a signal, builds of about ${Math.round(whole)} ms: ${Object.entries(
        tally,
      )
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    const stopped = Object.entries(tally).filter(([k]) => !k.startsWith('finished'));
    expect(signalled).toBe(RUNS);
    // some were stopped after the swap (OUT already new) and some before it (OUT still old)
    expect(stopped.some(([k]) => k.endsWith('new'))).toBe(true);
    expect(stopped.some(([k]) => k.endsWith('old'))).toBe(true);
    // the next build repairs any leftover: no temporary folder, lock or pending list remains
    rmSync(out, { recursive: true, force: true });
    cpSync(old, out, { recursive: true });
    utimesSync(join(out, 'SHA256SUMS'), PAST, PAST);
    expect(
      spawnSync('make', ['-s', 'dist', `RAW=${raw}`, `OUT=${out}`], { cwd: ROOT }).status,
    ).toBe(0);
    expect(snapshot(out)).toEqual(newSnap);
    expect(readdirSync(work).sort()).toEqual(['old', 'out']);
    // nor a list of inputs that a stopped make left pending (they name this RAW first)
    const pending = readdirSync(join(ROOT, 'build')).filter(
      (n) =>
        /^inputs-.*\.new-\d+$/.test(n) &&
        readFileSync(join(ROOT, 'build', n), 'utf8').startsWith(`${raw}\n`),
    );
    expect(pending).toEqual([]);
    expect((await checkFolder(out)).problems).toEqual([]);
  });
});
