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

export function formatWhere(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
  const parts = [where];
  if (p.id !== undefined) parts.push(`id ${show(p.id)}`);
  if (p.field !== undefined) parts.push(`field ${show(p.field)}`);
  return parts.join(', ');
}

export function formatProblem(p: Problem): string {
  const lines = [`error: ${formatWhere(p)}: ${p.problem}`];
  if (p.expected !== undefined) lines.push(`  expected: ${p.expected}`);
  if (p.found !== undefined) lines.push(`  found:    ${p.found}`);
  lines.push(`  fix:      ${p.fix}`);
  return lines.join('\n');
}
