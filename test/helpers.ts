import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codePointText } from '../pipeline/lib/code-points.js';
import { sha256 } from '../pipeline/lib/hash.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const RAW = join(ROOT, 'raw');
export const DIST = join(ROOT, 'dist');
export const DOC = 'stepanakert-2020';
export const ARTICLE = readFileSync(join(RAW, DOC, 'text.txt'), 'utf8');

const made: string[] = [];

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'stepanakert-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the compiled command line as a subprocess, in `cwd` (default: the repository). */
export function cli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'compiled/stepanakert.mjs'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Copies the real raw folder into a temporary one and returns its path. */
export function copyRaw(): string {
  const dir = join(tempDir(), 'raw');
  cpSync(RAW, dir, { recursive: true });
  return dir;
}

/** Writes a document folder from parts; metadata checksum and sizes follow the text unless given. */
export function writeDocument(
  raw: string,
  id: string,
  text: string | Buffer,
  annotations: unknown[],
  metadata: Record<string, unknown> = {},
): string {
  const dir = join(raw, id);
  mkdirSync(dir, { recursive: true });
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  writeFileSync(join(dir, 'text.txt'), bytes);
  const base = JSON.parse(readFileSync(join(RAW, DOC, 'document.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  writeFileSync(
    join(dir, 'document.json'),
    `${JSON.stringify({ ...base, id, sha256: sha256(bytes), bytes: bytes.length, code_points: codePointText(bytes.toString('utf8')).length, ...metadata }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'annotations.json'),
    `${JSON.stringify({ document_id: id, annotations }, null, 2)}\n`,
  );
  return dir;
}

/** Every file of a folder, name → content, to compare folders byte for byte. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
  for (const name of files) out[name] = sha256(readFileSync(join(dir, name)));
  return out;
}

/** A selector for the first occurrence of `exact` in `text` (after `from`), counted in code points. */
export function selector(text: string, exact: string, from = 0) {
  const u = text.indexOf(exact, from);
  if (u === -1) throw new Error(`not in text: ${exact}`);
  const t = codePointText(text);
  const start = t.codePoint(u);
  const end = start + [...exact].length;
  return {
    start,
    end,
    exact,
    prefix: t.slice(Math.max(0, start - 32), start),
    suffix: t.slice(end, Math.min(t.length, end + 32)),
  };
}

/** Runs the command line in this process (fast), capturing what it writes. */
export async function runMain(args: string[]): Promise<CliResult> {
  const { main } = await import('../pipeline/cli.js');
  const out: string[] = [];
  const err: string[] = [];
  const write = (sink: string[]) =>
    ((chunk: string | Uint8Array) => sink.push(String(chunk)) > -1) as typeof process.stdout.write;
  const saved = [process.stdout.write, process.stderr.write];
  process.stdout.write = write(out);
  process.stderr.write = write(err);
  try {
    const status = await main(args);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    [process.stdout.write, process.stderr.write] = saved as [
      typeof process.stdout.write,
      typeof process.stderr.write,
    ];
  }
}

/** Replaces `from` by `to` in a file; throws when `from` is not there, so an edit never silently misses. */
export function replaceInFile(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`not in ${path}: ${from}`);
  writeFileSync(path, text.replace(from, to));
}
