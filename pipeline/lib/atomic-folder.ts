import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fail, isSystemError, systemProblem } from './errors.js';
import { ROOT_DIR } from './root.js';

/**
 * renameat2(RENAME_EXCHANGE), built by `make` from native/rename_exchange.c; undefined where it
 * is not available, or when STEPANAKERT_TWO_RENAMES=1 asks for the fallback (to test it).
 */
const exchange: ((a: string, b: string) => void) | undefined = (() => {
  if (process.env.STEPANAKERT_TWO_RENAMES === '1') return undefined;
  try {
    const addon = createRequire(import.meta.url)(
      join(ROOT_DIR, 'build/Release/rename_exchange.node'),
    ) as {
      exchange: (a: string, b: string) => void;
    };
    return addon.exchange;
  } catch {
    return undefined;
  }
})();

/** Whether the target is replaced in one step (true) or by two renames (false). */
export const ATOMIC_EXCHANGE = exchange !== undefined;

/**
 * Replaces a folder as a whole. Files are written into a temporary folder beside the target;
 * only a complete run swaps it in. A killed run leaves the target as it was; its temporary
 * folder is removed by the next run. One run at a time holds the folder's lock.
 */
export interface Staging {
  /** The temporary folder to write into. */
  dir: string;
  /** Swaps the temporary folder in place of the target, runs `whileLocked`, releases the lock. */
  commit(whileLocked?: () => void): void;
  /** Removes the temporary folder and releases the lock. */
  abort(): void;
}

/**
 * Whether a process is alive. A zombie (dead, not yet reaped: its parent died too, and where
 * nothing reaps orphans it stays) holds nothing, so it counts as dead (read from /proc on Linux).
 */
export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): the signal said it is there
  }
};

function names(target: string) {
  const abs = resolve(target);
  const parent = dirname(abs);
  const base = basename(abs);
  return { abs, parent, base, lock: join(parent, `.${base}.lock`), prefix: `.${base}.` };
}

/** Puts back a target left missing by a run killed between its two renames, and clears stale folders. */
export function recover(target: string): void {
  const { abs, parent, base } = names(target);
  if (!existsSync(parent)) return;
  // exactly this target's folders: ".dist.old-12", never ".dist.v2.old-12" of the folder dist.v2
  const own = new RegExp(
    `^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old|lock)-(\\d+)$`,
  );
  for (const entry of readdirSync(parent).sort()) {
    const m = own.exec(entry);
    if (!m || alive(Number(m[2]))) continue;
    const path = join(parent, entry);
    try {
      if (m[1] === 'old' && !existsSync(abs)) renameSync(path, abs);
      else rmSync(path, { recursive: true, force: true });
    } catch (e) {
      // another run recovered it first
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}

const ATTEMPTS = 10;

/** Waits `ms` milliseconds without returning to the event loop (the build is synchronous here). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The process id a lock or guard file holds (0 when it holds none); undefined once it is gone. */
function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isSafeInteger(pid) && pid > 0 ? pid : 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Takes the folder's lock: the pid is written to a file of its own and linked into place, so the
 * lock never exists without its pid. A lock whose holder is dead is taken over.
 */
function acquire(lock: string, target: string, mine: string): void {
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        linkSync(mine, lock);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = holderOf(lock);
      if (holder === undefined) continue; // released meanwhile
      if (holder !== 0 && alive(holder) && holder !== process.pid) {
        fail({
          file: target,
          problem: 'another build is writing this output folder',
          expected: 'one build at a time per output folder',
          found: `a build with process id ${holder} holds ${lock}`,
          fix: `wait for the other build to finish and run again (or use another OUT); if no build is running, the process id was reused: remove ${lock}`,
        });
      }
      removeStale(lock, holder, mine);
      pause(5 * attempt);
    }
    fail({
      file: target,
      problem: "the output folder's lock could not be taken",
      expected: 'a free lock, or one left by a build that ended',
      found: `${lock} still taken after ${ATTEMPTS} attempts, while another build was taking over a stale lock (${lock}-takeover)`,
      fix: `run again; if no other build is running, remove ${lock}-takeover`,
    });
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Removes the lock of a dead holder, but only while it is still that holder's. Two builds that
 * find the same stale lock take a guard first (by the same link), so one removes it and neither
 * can remove the lock the other has just taken. A guard whose taker died is cleared.
 */
export function removeStale(lock: string, holder: number, mine: string): void {
  const guard = `${lock}-takeover`;
  try {
    linkSync(mine, guard);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const taker = holderOf(guard);
    if (taker !== undefined && (taker === 0 || !alive(taker))) rmSync(guard, { force: true });
    return;
  }
  try {
    if (holderOf(lock) === holder) rmSync(lock, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Swaps two paths in one step; false when the file system cannot (EINVAL, ENOSYS: the caller
 * renames twice instead). Other failures are thrown as system errors, with both paths.
 */
function exchanged(a: string, b: string): boolean {
  try {
    exchange?.(a, b);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EINVAL' || code === 'ENOSYS') return false;
    throw Object.assign(e as Error, { syscall: 'renameat2', path: a, dest: b });
  }
}

/** Removes the previous copy once the new one is in place; a failure says the new one is published. */
function removeOld(target: string, old: string): void {
  try {
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    if (!isSystemError(e)) throw e;
    const p = systemProblem(e);
    fail({
      file: target,
      problem: `the new dataset is published, but the previous copy could not be removed: ${p.problem}`,
      expected: p.expected,
      found: p.found,
      fix: `remove ${old} yourself (as its owner), then ${p.fix.replace(/ and run again$/, '')}`,
    });
  }
}

export function stage(target: string): Staging {
  const { abs, parent, lock, prefix } = names(target);
  mkdirSync(parent, { recursive: true });
  acquire(lock, target, join(parent, `${prefix}lock-${process.pid}`));
  recover(target);
  const dir = join(parent, `${prefix}tmp-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const release = () => rmSync(lock, { force: true });
  return {
    dir,
    commit(whileLocked) {
      try {
        if (!existsSync(abs)) {
          renameSync(dir, abs);
        } else if (exchange && exchanged(dir, abs)) {
          // one step: the target is the new folder, the temporary path now holds the old one
          removeOld(target, dir);
        } else {
          // two steps; a run killed between them leaves the old folder, which recover() puts back
          const old = join(parent, `${prefix}old-${process.pid}`);
          renameSync(abs, old);
          try {
            renameSync(dir, abs);
          } catch (e) {
            renameSync(old, abs); // the old folder back in place before the error is told
            throw e;
          }
          removeOld(target, old);
        }
        whileLocked?.();
      } finally {
        release();
      }
    },
    abort() {
      rmSync(dir, { recursive: true, force: true });
      release();
    },
  };
}
