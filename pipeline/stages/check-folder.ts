import { existsSync, lstatSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, isSystemError, type Problem, show, systemProblem } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import { parseJsonFile } from '../lib/json-file.js';
import { unlistedEntries } from '../lib/output-folder.js';
import { MAX_TABLE_BYTES, ReadRefusal, readInside } from '../lib/read-inside.js';
import type { Row, TableName } from '../records/tables.js';
import { checkMetadata } from './check-metadata.js';
import { quoteProblems } from './check-quotes.js';
import { checkTables } from './check-tables.js';

/** A file as the descriptor declares it. */
export interface Declared {
  bytes: number;
  hash: string;
}

/** The most bytes of a file the descriptor does not declare (SHA256SUMS, the descriptor, the card…). */
const MAX_OTHER_BYTES = 64 * 2 ** 20;

/** The problems found so far, and how to add one at a file of the folder. */
export class Findings {
  readonly problems: Problem[] = [];
  readonly notes: string[] = [];
  constructor(readonly dir: string) {}
  at(file: string, p: Omit<Problem, 'file'>): void {
    this.problems.push({ file: join(this.dir, file), ...p });
  }
  /** Reads a file of the folder safely, or records why it cannot (and returns undefined). */
  read(name: string, maxBytes: number): Buffer | undefined {
    try {
      return readInside(this.dir, name, maxBytes);
    } catch (e) {
      if (e instanceof ReadRefusal)
        this.at(name, {
          problem: 'the file is not read',
          expected: e.expected,
          found: e.found,
          fix: 'download the whole folder again, or rebuild it',
        });
      else if (isSystemError(e)) this.problems.push(systemProblem(e));
      else throw e;
      return undefined;
    }
  }
}

export interface CheckResult {
  problems: Problem[];
  /** Rows per table read. */
  rows: Record<string, number>;
  /** What was not fully checked, and why (a dataset of another version). */
  notes: string[];
}

/**
 * Verifies a published folder as a downloader would, reading only regular files inside it and
 * never more bytes than the descriptor declares: SHA256SUMS and the descriptor's sizes and
 * hashes, every row of every format against its schema, the same rows in CSV, JSON and Parquet,
 * keys, the record rules that need only the folder, and the list of files, the descriptor,
 * codebook, card, licence, explorer, CSV and JSON against what this version generates. Returns every
 * problem found.
 */
export async function checkFolder(dir: string): Promise<CheckResult> {
  const f = new Findings(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    f.at('', {
      problem: 'the folder does not exist',
      expected: 'a published dataset folder',
      found: existsSync(dir)
        ? 'a file, not a folder'
        : entryAt(dir)?.isSymbolicLink()
          ? 'a symbolic link that leads to no folder (its target is missing, or a loop)'
          : 'nothing',
      fix: 'pass OUT=<folder> of a built or downloaded dataset',
    });
    return { problems: f.problems, rows: {}, notes: [] };
  }
  const descriptor = readDescriptor(f);
  const declared = declaredFiles(f, descriptor);
  const files = checkSums(f, declared);
  const tables = await checkTables(f, files);
  if (descriptor && tables) checkMetadata(f, descriptor, tables, files);
  if (tables) f.problems.push(...quoteProblems(dir, tables, files));
  const rows = Object.fromEntries(
    Object.entries(tables ?? {}).map(([t, r]) => [t, (r as Row[]).length]),
  ) as Record<TableName, number>;
  return { problems: f.problems, rows, notes: f.notes };
}

/** The descriptor, parsed; undefined (with the problem recorded) when it is missing or not JSON. */
function readDescriptor(f: Findings): Record<string, unknown> | undefined {
  const name = 'datapackage.json';
  if (!existsSync(join(f.dir, name))) {
    f.at(name, {
      problem: 'missing',
      expected: 'the descriptor',
      found: 'none',
      fix: 'download the whole folder again or rebuild it',
    });
    return undefined;
  }
  const bytes = f.read(name, MAX_OTHER_BYTES);
  if (!bytes) return undefined;
  try {
    const value = parseJsonFile(join(f.dir, name), bytes.toString('utf8')).value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
    f.at(name, {
      problem: 'the descriptor is not a JSON object',
      expected: 'a Data Package descriptor: an object with "resources"',
      found: show(value),
      fix: 'download the whole folder again or rebuild it',
    });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    f.problems.push(
      ...e.problems.map((p) => ({ ...p, fix: `${p.fix}; or download the file again` })),
    );
  }
  return undefined;
}

/** Every file the descriptor declares (a table's CSV and its alternates), path → size and hash. */
function declaredFiles(
  f: Findings,
  descriptor: Record<string, unknown> | undefined,
): Map<string, Declared> {
  const out = new Map<string, Declared>();
  if (!descriptor) return out;
  const bad = (field: string, expected: string, found: unknown) =>
    f.at('datapackage.json', {
      field,
      problem: 'the descriptor is not shaped as this version writes it',
      expected,
      found: show(found),
      fix: 'download the whole folder again or rebuild it',
    });
  const resources = descriptor.resources;
  if (!Array.isArray(resources)) {
    bad('resources', 'a list of resources', resources);
    return out;
  }
  resources.forEach((r: unknown, i) => {
    const entries = [
      r,
      ...(Array.isArray((r as { alternates?: unknown })?.alternates)
        ? (r as { alternates: unknown[] }).alternates
        : []),
    ];
    entries.forEach((e: unknown, k) => {
      const where = k === 0 ? `resources/${i}` : `resources/${i}/alternates/${k - 1}`;
      const { path, bytes, hash } = (e ?? {}) as Record<string, unknown>;
      if (
        typeof path !== 'string' ||
        !Number.isSafeInteger(bytes) ||
        Number(bytes) < 0 ||
        typeof hash !== 'string'
      )
        bad(where, 'an object with "path", "bytes" (a whole number) and "hash"', e);
      else out.set(path, { bytes: Number(bytes), hash });
    });
  });
  return out;
}

/** SHA256SUMS, file → hash; every line that is not "<sha256>  <file>" is a problem. */
function readSums(f: Findings): Map<string, string> {
  const listed = new Map<string, string>();
  if (!existsSync(join(f.dir, 'SHA256SUMS'))) {
    f.at('SHA256SUMS', {
      problem: 'missing',
      expected: 'a SHA256SUMS file',
      found: 'none',
      fix: 'download the whole folder again or rebuild it with `make`',
    });
    return listed;
  }
  const sums = f.read('SHA256SUMS', MAX_OTHER_BYTES);
  const lineOf = new Map<string, number>();
  for (const [i, line] of (sums?.toString('utf8') ?? '').split('\n').entries()) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    const name = m?.[2] as string;
    if (m && lineOf.has(name))
      // the first line stands: a later one cannot override a hash that does not match
      f.at('SHA256SUMS', {
        line: i + 1,
        problem: 'a file is listed twice',
        expected: 'each file on one line',
        found: `${show(name)}, listed on line ${lineOf.get(name)} already`,
        fix: 'download the whole folder again or rebuild it',
      });
    else if (m) {
      listed.set(name, m[1] as string);
      lineOf.set(name, i + 1);
    } else
      f.at('SHA256SUMS', {
        line: i + 1,
        problem: 'a line is not "<sha256>  <file>"',
        expected: '64 hexadecimal digits, two spaces and a file name',
        found: show(line),
        fix: 'download the whole folder again or rebuild it',
      });
  }
  return listed;
}

/** The entry at a path, not followed if it is a link; undefined when there is none or it cannot be reached. */
function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * SHA256SUMS against the files, the files against the descriptor's sizes and hashes; every
 * entry of the folder must be listed. Returns the files read, name → bytes.
 */
function checkSums(f: Findings, declared: Map<string, Declared>): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const listed = readSums(f);
  for (const [name, hash] of listed) {
    // a link that leads nowhere is there (and refused as a link), not missing
    const entry = entryAt(join(f.dir, name));
    if (!entry) {
      f.at(name, {
        problem: 'listed in SHA256SUMS but missing',
        expected: 'the file',
        found: 'none',
        fix: 'download the whole folder again',
      });
      continue;
    }
    const d = declared.get(name);
    const sizeDiffers = () =>
      f.at(name, {
        problem: 'size differs from datapackage.json',
        expected: `${d?.bytes} bytes`,
        found: `${entry.size} bytes`,
        fix: 'download or rebuild the file',
      });
    // never more than the descriptor declares: a larger file is not read at all
    if (d && entry.isFile() && entry.size > d.bytes) {
      sizeDiffers();
      continue;
    }
    const table = /\.(json|csv|parquet)$/.test(name);
    // and never more than the limit, whatever the descriptor declares
    const limit = table ? MAX_TABLE_BYTES : MAX_OTHER_BYTES;
    const bytes = f.read(name, d ? Math.min(d.bytes, limit) : limit);
    if (!bytes) continue;
    files.set(name, bytes);
    const found = sha256(bytes);
    if (found !== hash)
      f.at(name, {
        problem: 'checksum differs from SHA256SUMS',
        expected: hash,
        found,
        fix: 'the file was changed or damaged: download or rebuild it',
      });
    if (d && bytes.length !== d.bytes) sizeDiffers();
    if (d && `sha256:${found}` !== d.hash)
      f.at(name, {
        problem: 'hash differs from datapackage.json',
        expected: d.hash,
        found: `sha256:${found}`,
        fix: 'download or rebuild the file',
      });
  }
  for (const name of declared.keys())
    if (!listed.has(name))
      f.at(name, {
        problem: 'declared in datapackage.json but not listed in SHA256SUMS',
        expected: 'every file of the descriptor in SHA256SUMS',
        found: 'not listed',
        fix: 'download the whole folder again or rebuild it',
      });
  for (const name of unlistedEntries(f.dir, new Set(listed.keys())).filter(
    (n) => !listed.has(n.replace(/\/$/, '')),
  ))
    f.at(name, {
      problem: 'not listed in SHA256SUMS',
      expected: 'only published files',
      found: name,
      fix: 'remove the file or rebuild the folder',
    });
  return files;
}
