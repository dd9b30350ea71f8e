import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Python that has pandas: $PYTHON, else Debian's (`.ci/run` installs python3-pandas), else
 * the first python3 on PATH. The tests fail, never skip, when it is missing.
 */
export const PYTHON =
  process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
export const RSCRIPT = process.env.RSCRIPT ?? 'Rscript';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a program with its script on stdin or as arguments; the output decoded as UTF-8. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string } = {},
): Run {
  const r = spawnSync(command, args, {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error)
    throw new Error(`${command} cannot be run (${r.error.message}): run .ci/run or install it`);
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
