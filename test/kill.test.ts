import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../pipeline/lib/hash.js';
import {
  cleanTempDirs,
  cli,
  copyRaw,
  DOC,
  ROOT,
  replaceInFile,
  snapshot,
  tempDir,
} from './helpers.js';

let work: string;
let oldRaw: string;
let oldOut: string;
let newOut: string;
let oldSnap: Record<string, string>;
let newSnap: Record<string, string>;

beforeAll(() => {
  work = tempDir();
  // the old dataset differs from the new one (an actor renamed), so a mix would show
  oldRaw = copyRaw();
  const annotations = join(oldRaw, DOC, 'annotations.json');
  replaceInFile(annotations, '"name": "Human Rights Watch"', '"name": "Human Rights Watch (HRW)"');
  oldOut = join(work, 'old');
  newOut = join(work, 'new');
  expect(cli(['build', '--raw', oldRaw, '--out', oldOut]).status).toBe(0);
  expect(cli(['build', '--out', newOut]).status).toBe(0);
  oldSnap = snapshot(oldOut);
  newSnap = snapshot(newOut);
  expect(oldSnap).not.toEqual(newSnap);
});
afterAll(cleanTempDirs);

/** Every file listed in SHA256SUMS is there with that hash, and nothing else is. */
function sumsHold(dir: string): boolean {
  const listed = readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('  ') as [string, string]);
  const names = Object.keys(snapshot(dir))
    .filter((n) => n !== 'SHA256SUMS')
    .sort();
  return (
    JSON.stringify(listed.map(([, n]) => n).sort()) === JSON.stringify(names) &&
    listed.every(([h, n]) => sha256(readFileSync(join(dir, n))) === h)
  );
}

const build = (out: string): ChildProcess =>
  spawn(process.execPath, [join(ROOT, 'compiled/stepanakert.mjs'), 'build', '--out', out], {
    cwd: ROOT,
    stdio: 'ignore',
  });
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** Files in the build's temporary folder, or -1 while it does not exist (it vanishes when swapped in). */
function filesIn(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return -1;
  }
}

/** Kills a build when its temporary folder holds `files` files (or after `ms` milliseconds). */
async function killAt(out: string, point: { files?: number; ms?: number }): Promise<boolean> {
  const child = build(out);
  const tmp = join(dirname(out), `.${out.split('/').pop()}.tmp-${child.pid}`);
  const started = Date.now();
  let done = false;
  const exit = exited(child).then(() => {
    done = true;
  });
  while (!done) {
    const n = filesIn(tmp);
    if (
      (point.files !== undefined && n >= point.files) ||
      (point.ms !== undefined && Date.now() - started >= point.ms)
    )
      break;
    await new Promise((r) => setImmediate(r));
  }
  const killed = !done && child.kill('SIGKILL');
  await exit;
  return killed;
}

describe('builds killed with SIGKILL leave OUT complete, old or new', () => {
  const points: { ms?: number; files?: number }[] = [
    ...[0, 50, 150, 250, 600, 900, 1500, 60_000].map((ms) => ({ ms })),
    ...[0, 1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 25, 26].map((files) => ({ files })),
  ];
  it(`at ${points.length} kill points, OUT is the old or the new dataset and the next build succeeds`, async () => {
    const out = join(work, 'out');
    const results: string[] = [];
    let killedDuringPublish = 0;
    for (const point of points) {
      rmSync(out, { recursive: true, force: true });
      cpSync(oldOut, out, { recursive: true });
      const killed = await killAt(out, point);
      const now = snapshot(out);
      const state =
        JSON.stringify(now) === JSON.stringify(oldSnap)
          ? 'old'
          : JSON.stringify(now) === JSON.stringify(newSnap)
            ? 'new'
            : 'MIXED';
      expect(sumsHold(out), `${JSON.stringify(point)}: SHA256SUMS`).toBe(true);
      results.push(`${JSON.stringify(point)} killed=${killed} → ${state}`);
      if (killed && point.files !== undefined) killedDuringPublish++;
    }
    expect(results.filter((r) => r.endsWith('MIXED'))).toEqual([]);
    const count = (end: string) => results.filter((r) => r.endsWith(end)).length;
    console.log(
      `kill points ${results.length}: killed while publishing ${killedDuringPublish}, OUT old ${count('old')}, OUT new ${count('new')}, mixed ${count('MIXED')}`,
    );
    expect(killedDuringPublish, results.join('\n')).toBeGreaterThan(10);
    // the next build cleans up after the killed ones and succeeds
    expect(cli(['build', '--out', out]).status).toBe(0);
    expect(snapshot(out)).toEqual(newSnap);
    expect(readdirSync(work).filter((n) => n.startsWith('.out.'))).toEqual([]);
  });
});

describe('two builds into the same OUT at once', () => {
  it('never produce a mix: one publishes, the other waits its turn or fails with a clear message', async () => {
    const out = join(work, 'shared');
    cpSync(oldOut, out, { recursive: true });
    // one build of the old raw folder and one of the new: a mix of the two would show
    const start = (raw: string[]) =>
      spawn(
        process.execPath,
        [join(ROOT, 'compiled/stepanakert.mjs'), 'build', ...raw, '--out', out],
        {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
    const seen = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const [a, b] =
        round % 2 === 0
          ? [start(['--raw', oldRaw]), start([])]
          : [start([]), start(['--raw', oldRaw])];
      const errors: string[] = [];
      for (const c of [a, b]) c.stderr?.on('data', (d) => errors.push(String(d)));
      const codes = await Promise.all([exited(a), exited(b)]);
      expect(codes).toContain(0);
      for (const [i, code] of codes.entries()) {
        if (code !== 0) {
          expect(code).toBe(1);
          expect(errors.join('')).toMatch(
            new RegExp(
              `error: ${out}: another build is writing this output folder\\n  expected: one build at a time per output folder\\n  found:    a build with process id \\d+ holds`,
            ),
          );
          expect(errors.join('')).toContain(`a build with process id ${[a, b][1 - i]?.pid} holds`);
        }
      }
      const now = snapshot(out);
      expect(sumsHold(out)).toBe(true);
      expect([oldSnap, newSnap]).toContainEqual(now);
      seen.add(JSON.stringify(now) === JSON.stringify(oldSnap) ? 'old' : 'new');
    }
    console.log(
      `concurrency: 6 rounds of an old and a new build, OUT ended ${[...seen].sort().join(' and ')}, never mixed`,
    );
  });
});

describe('the fallback of two renames (no native exchange)', () => {
  it('publishes the same files, and a run killed between its renames is repaired by the next run, even a failing one', () => {
    const env = { STEPANAKERT_TWO_RENAMES: '1' };
    const out = join(work, 'fallback');
    const built = cli(['build', '--out', out], { env });
    expect(built.status).toBe(0);
    expect(built.stderr).toContain('  published:   swapped by two renames (no native exchange)\n');
    expect(snapshot(out)).toEqual(newSnap);
    // the state a kill between the two renames leaves: OUT moved aside, the new folder not yet in place
    const dead = 2 ** 22 + 1;
    renameSync(out, join(work, `.fallback.old-${dead}`));
    cpSync(oldOut, join(work, `.fallback.tmp-${dead}`), { recursive: true });
    const broken = copyRaw();
    writeFileSync(join(broken, DOC, 'annotations.json'), '{');
    expect(cli(['build', '--raw', broken, '--out', out], { env }).status).toBe(1);
    expect(snapshot(out)).toEqual(newSnap);
    expect(readdirSync(work).filter((n) => n.startsWith('.fallback.'))).toEqual([]);
    expect(cli(['build', '--raw', oldRaw, '--out', out], { env }).status).toBe(0);
    expect(snapshot(out)).toEqual(oldSnap);
  });
});

describe('recovery touches only its own folder', () => {
  it("a stale backup of dist.v2 is not taken for dist's", () => {
    const parent = tempDir();
    const dead = 2 ** 22 + 1;
    cpSync(oldOut, join(parent, `.out.v2.old-${dead}`), { recursive: true });
    expect(cli(['build', '--out', join(parent, 'out'), '--quiet']).status).toBe(0);
    expect(snapshot(join(parent, 'out'))).toEqual(newSnap);
    expect(readdirSync(parent).sort()).toEqual([`.out.v2.old-${dead}`, 'out']);
  });
});
