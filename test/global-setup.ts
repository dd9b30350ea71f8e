// Runs once per test run, before any test file (vitest `globalSetup`), whether the run was
// started by `make test`, `npm test` or `npx vitest run`:
// - the command-line bundle the tests spawn is rebuilt when a source is newer (make decides), so
//   the tests always run the current code;
// - the run gets a temporary folder of its own and a mark in the environment of every process
//   it starts, and when it ends, a file left in that folder or in the repository, or a process
//   still running with the mark, fails the run;
// - make keeps the list of inputs of each OUT in a folder of the run, not in build/.
import { spawnSync } from 'node:child_process';
import { type Dirent, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MARK = 'STEPANAKERT_TEST_RUN';

/** Runs make for the bundle, without the flags of a parent make (its jobserver, -w). */
function rebuildBundle(): void {
  const env = { ...process.env };
  for (const name of ['MAKEFLAGS', 'MFLAGS', 'MAKELEVEL']) delete env[name];
  const r = spawnSync('make', ['--no-print-directory', '-s', 'compiled/stepanakert.mjs'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0)
    throw new Error('the command line (compiled/stepanakert.mjs) could not be rebuilt: run `make`');
}

/** Every file of the repository but its dependencies and git data, by relative path. */
export function repositoryFiles(root = ROOT): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(root.length))
    .filter((p) => !/^(node_modules|\.git)(\/|$)/.test(p))
    .sort();
}

/** Processes (other than this one) whose environment holds `mark`: read from /proc on Linux. */
export function markedProcesses(mark: string): { pid: number; command: string }[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return []; // no /proc: not Linux
  }
  const found: { pid: number; command: string }[] = [];
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(mark)) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      // the test workers themselves, ending with the run
      if (!command.includes('node_modules/vitest') && command !== '')
        found.push({ pid: Number(pid), command });
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return found;
}

export default function setup(): () => void {
  rebuildBundle();
  const before = repositoryFiles();
  const tmp = mkdtempSync(join(tmpdir(), 'stepanakert-test-run-'));
  const mark = `${MARK}=${tmp}`;
  // the lists of inputs make keeps per OUT (see the Makefile): the tests' OUTs are temporary
  const lists = `${tmp}-input-lists`;
  mkdirSync(lists);
  process.env.STEPANAKERT_INPUT_LISTS = lists;
  process.env.TMPDIR = tmp;
  process.env[MARK] = tmp;
  return () => {
    const problems: string[] = [];
    for (const p of markedProcesses(mark)) {
      problems.push(`process ${p.pid} still running: ${p.command}`);
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
    }
    for (const f of readdirSync(tmp)) problems.push(`left in the temporary folder: ${f}`);
    rmSync(tmp, { recursive: true, force: true });
    rmSync(lists, { recursive: true, force: true });
    const now = new Set(repositoryFiles());
    for (const f of before) now.delete(f);
    for (const f of now) problems.push(`left in the repository: ${f}`);
    if (problems.length > 0) {
      // vitest reports an error thrown here but exits 0: the exit code is set as well
      process.exitCode = 1;
      throw new Error(`the tests left things behind:\n${problems.join('\n')}`);
    }
  };
}
