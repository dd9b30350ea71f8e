/**
 * The one helper every input or data error goes through. A problem says where
 * (file, line and column, annotation or record id, field), what (expected versus
 * found) and how to fix it. Input errors never print a stack trace.
 */
export interface Problem {
  /** Path of the file at fault, relative to the working directory. */
  file: string;
  /** 1-based line and column in that file, when known. */
  line?: number;
  column?: number;
  /** Annotation id or record id. */
  id?: string;
  /** Field (JSON pointer or column name). */
  field?: string;
  /** One-line statement of what is wrong. */
  problem: string;
  expected?: string;
  found?: string;
  fix: string;
}

/**
 * Why a pure reader (the normalisers) refused its words: the problem, what it expected and what
 * it found, and a fix when it knows a better one than its caller's.
 */
export interface Refusal {
  problem: string;
  expected: string;
  found: string;
  fix?: string;
}

/** True for a refusal, false for the value a reader returns when it accepts its words. */
export const isRefusal = <T extends object>(r: T | Refusal): r is Refusal => 'problem' in r;

/** Thrown for bad input or data; the CLI prints it and exits 1. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** Throws an InputError for one problem. */
export function fail(problem: Problem): never {
  throw new InputError([problem]);
}

/** Throws an InputError when `problems` is not empty. */
export function failIfAny(problems: Problem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}

/** Renders a value for an error message: strings quoted, long ones cut. */
export function show(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? 'undefined');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * Text printed on one line whatever it holds: control characters (a newline in a folder name)
 * written as escapes, so no printed line can start with what a CI reads as a command
 * (GitHub's "::warning::").
 */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatWhere(p: Problem): string {
  let where = printable(p.file);
  if (p.line !== undefined) where += `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
  const parts = [where];
  if (p.id !== undefined) parts.push(`id ${show(p.id)}`);
  if (p.field !== undefined) parts.push(`field ${show(p.field)}`);
  return parts.join(', ');
}

export function formatProblem(p: Problem): string {
  const lines = [`error: ${formatWhere(p)}: ${printable(p.problem)}`];
  if (p.expected !== undefined) lines.push(`  expected: ${printable(p.expected)}`);
  if (p.found !== undefined) lines.push(`  found:    ${printable(p.found)}`);
  lines.push(`  fix:      ${printable(p.fix)}`);
  return lines.join('\n');
}

/** What each system error means and what to do about it. */
const SYSTEM: Record<string, { problem: string; expected: string; fix: string }> = {
  ENOSPC: {
    problem: 'the disk is full',
    expected: 'free space to write the file',
    fix: 'free space on that disk, or choose a folder on another disk, and run again',
  },
  EDQUOT: {
    problem: 'the disk quota is used up',
    expected: 'quota left to write the file',
    fix: 'free space within your quota, or choose a folder on another disk, and run again',
  },
  EACCES: {
    problem: 'permission denied',
    expected: 'a path this user may read and write',
    fix: 'give this user permission on the path (or its folder), or choose another folder',
  },
  EPERM: {
    problem: 'operation not permitted',
    expected: 'a path this user may change (not owned by another user, not immutable)',
    fix: 'change the owner or attributes of the path, or choose another folder',
  },
  EROFS: {
    problem: 'the file system is read-only',
    expected: 'a writable file system',
    fix: 'choose a folder on a writable disk',
  },
  EBUSY: {
    problem: 'the path is busy (a mount point, or in use by another program)',
    expected: 'a folder that can be renamed and removed',
    fix: 'choose an OUT inside a mounted folder rather than the mount point itself, or close the program using it',
  },
  EMFILE: {
    problem: 'too many open files in this process',
    expected: 'a free file descriptor',
    fix: 'raise the limit of open files (ulimit -n) and run again',
  },
  ENFILE: {
    problem: 'too many open files on this system',
    expected: 'a free file descriptor',
    fix: 'close other programs, or raise the system limit of open files, and run again',
  },
  ENAMETOOLONG: {
    problem: 'the path is too long',
    expected: 'each name at most 255 bytes and the whole path at most 4,096',
    fix: 'choose a shorter folder name or path',
  },
  ENOENT: {
    problem: 'no such file or folder',
    expected: 'the path to exist',
    fix: 'check the path, or create the folder, and run again',
  },
  ENOTDIR: {
    problem: 'a part of the path is not a folder',
    expected: 'folders on the way to the path',
    fix: 'check the path: a file stands where a folder should be',
  },
  EISDIR: {
    problem: 'a folder stands where a file should be',
    expected: 'a file',
    fix: 'move the folder away or choose another path',
  },
  ELOOP: {
    problem: 'too many symbolic links on the path',
    expected: 'a path without a loop of links',
    fix: 'point the path at the folder itself',
  },
  EIO: {
    problem: 'the disk reported an input/output error',
    expected: 'a readable and writable disk',
    fix: 'check the disk (or copy the files to another one) and run again',
  },
};

/** Whether an error is a failed system call (it has an errno code such as ENOSPC). */
export const isSystemError = (e: unknown): e is NodeJS.ErrnoException =>
  e instanceof Error &&
  typeof (e as NodeJS.ErrnoException).code === 'string' &&
  /^E[A-Z0-9]+$/.test(String((e as NodeJS.ErrnoException).code));

/** A failed system call on a file, naming it (a write on a descriptor names no path). */
export function located(e: unknown, path: string): unknown {
  if (isSystemError(e) && e.path === undefined) e.path = path;
  return e;
}

/** A failed system call as a problem: the path, what it needed, the code and call, and the fix. */
export function systemProblem(e: NodeJS.ErrnoException, cwd: string = process.cwd()): Problem {
  const code = String(e.code);
  const known = SYSTEM[code] ?? {
    problem: 'a system call failed',
    expected: 'the call to succeed',
    fix: 'correct the cause the code names and run again',
  };
  const path = (e as { dest?: string }).dest ?? e.path;
  const where = path === undefined ? '(system)' : relativeTo(cwd, String(path));
  return {
    file: where,
    problem: known.problem,
    expected: known.expected,
    found: `${code}${e.syscall ? ` from ${e.syscall}` : ''}${e.path === undefined ? '' : ` ${(e as { dest?: string }).dest === undefined ? 'on' : 'of'} ${show(relativeTo(cwd, String(e.path)))}`}${(e as { dest?: string }).dest === undefined ? '' : ` to ${show(relativeTo(cwd, String((e as { dest?: string }).dest)))}`}`,
    fix: known.fix,
  };
}

/** A path relative to `cwd` when it is inside it, else as it is. */
function relativeTo(cwd: string, path: string): string {
  const base = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return path.startsWith(base) ? path.slice(base.length) : path;
}
