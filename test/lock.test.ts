import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStale, stage } from '../pipeline/lib/atomic-folder.js';
import { InputError } from '../pipeline/lib/errors.js';
import { cleanTempDirs, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

/** A process id no process has: above Linux's largest pid_max (2^22). */
const DEAD = 2 ** 22 + 1;

/** Every file under `dir` with its text, by relative path. */
function tree(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).sort();
  return Object.fromEntries(
    files
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** A folder with a published OUT in it: `out` holding one file. */
function parentWithOut(): { parent: string; out: string } {
  const parent = tempDir();
  const out = join(parent, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'data.csv'), 'old\n');
  return { parent, out };
}

/** Stages a new `out` holding `new\n` and commits it. */
function publish(out: string): void {
  const s = stage(out);
  writeFileSync(join(s.dir, 'data.csv'), 'new\n');
  s.commit();
}

function failure(run: () => void): string {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  return 'no error';
}

const children: ChildProcess[] = [];
/** A live process that is not this one, killed (and waited for) when the file's tests end. */
function otherProcess(): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child;
}
afterAll(async () => {
  const ended = children.map(
    (c) =>
      new Promise((resolve) =>
        c.exitCode !== null || c.signalCode !== null
          ? resolve(c.exitCode)
          : c.once('exit', resolve),
      ),
  );
  for (const c of children) c.kill('SIGKILL');
  await Promise.all(ended);
});

describe("the output folder's lock", () => {
  it('refuses while another live build holds it, and changes nothing', () => {
    const { parent, out } = parentWithOut();
    const other = otherProcess();
    writeFileSync(join(parent, '.out.lock'), String(other.pid));
    const before = tree(parent);
    expect(
      failure(() => publish(out)),
    ).toBe(`error: ${out}: another build is writing this output folder
  expected: one build at a time per output folder
  found:    a build with process id ${other.pid} holds ${join(parent, '.out.lock')}
  fix:      wait for the other build to finish and run again (or use another OUT); if no build is running, the process id was reused: remove ${join(parent, '.out.lock')}`);
    expect(tree(parent)).toEqual(before);
  });

  it('takes over the lock of a build that died, and releases it after publishing', () => {
    for (const left of [String(DEAD), '', 'not a pid']) {
      const { parent, out } = parentWithOut();
      writeFileSync(join(parent, '.out.lock'), left);
      publish(out);
      expect(tree(parent)).toEqual({ 'out/data.csv': 'new\n' });
    }
  });

  it("clears a takeover guard left by a build that died while taking over a dead build's lock", () => {
    for (const left of [String(DEAD + 1), '']) {
      const { parent, out } = parentWithOut();
      writeFileSync(join(parent, '.out.lock'), String(DEAD));
      writeFileSync(join(parent, '.out.lock-takeover'), left);
      publish(out);
      expect(readdirSync(parent)).toEqual(['out']);
    }
  });

  it("removes a dead build's lock only while it still holds that build's id: a lock taken again meanwhile stays", () => {
    const parent = tempDir();
    const lock = join(parent, '.out.lock');
    const mine = join(parent, `.out.lock-${process.pid}`);
    const other = otherProcess();
    writeFileSync(mine, String(process.pid));
    // found holding the dead build's id, then taken by a live build before the removal
    writeFileSync(lock, String(other.pid));
    removeStale(lock, DEAD, mine);
    expect(tree(parent)).toEqual({
      '.out.lock': String(other.pid),
      [`.out.lock-${process.pid}`]: String(process.pid),
    });
    // still the dead build's: removed, and the takeover guard with it
    writeFileSync(lock, String(DEAD));
    removeStale(lock, DEAD, mine);
    expect(tree(parent)).toEqual({ [`.out.lock-${process.pid}`]: String(process.pid) });
  });

  it('never removes a stale lock while another live build is taking it over, and says so', () => {
    const { parent, out } = parentWithOut();
    const other = otherProcess();
    writeFileSync(join(parent, '.out.lock'), String(DEAD));
    writeFileSync(join(parent, '.out.lock-takeover'), String(other.pid));
    const before = tree(parent);
    const lock = join(parent, '.out.lock');
    expect(
      failure(() => publish(out)),
    ).toBe(`error: ${out}: the output folder's lock could not be taken
  expected: a free lock, or one left by a build that ended
  found:    ${lock} still taken after 10 attempts, while another build was taking over a stale lock (${lock}-takeover)
  fix:      run again; if no other build is running, remove ${lock}-takeover`);
    expect(tree(parent)).toEqual(before);
  });
});
