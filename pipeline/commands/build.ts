import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from '../build.js';
import { ATOMIC_EXCHANGE } from '../lib/atomic-folder.js';
import { InputError, printable } from '../lib/errors.js';
import { appendStepSummary } from '../lib/github.js';
import { parseJsonFile } from '../lib/json-file.js';
import { requireReplaceable } from '../lib/output-folder.js';
import { MAX_TABLE_BYTES, ReadRefusal, readInside } from '../lib/read-inside.js';
import { colour, progress, size } from '../lib/terminal.js';
import type { Command } from '../lib/usage.js';
import { readRelease } from '../metadata/release.js';
import { type Row, TABLES, type TableName } from '../records/tables.js';
import { diffTables, summaryMarkdown } from '../stages/diff-tables.js';
import type { Publication } from '../stages/publish.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the dataset from a raw folder into an output folder',
  help: `Usage: stepanakert build [--raw <folder>] [--out <folder>] [--quiet] [--json]

Reads every document of the raw folder (text, metadata, annotations), checks that
each text matches its recorded checksum and every annotation is anchored exactly,
builds and validates the records, and publishes CSV, JSON and Parquet files with
their descriptor, codebook and checksums. The output folder is replaced as a whole
only when everything succeeded, so it must be new, empty or published before, and
must not overlap the raw folder. Prints a summary on stderr.

Options:
  --raw <folder>   raw folder, one sub-folder per document (default: raw)
  --out <folder>   output folder (default: dist)
  --cache <folder> keep each document's pieces in this folder, keyed by the
                   content of its files and of the pipeline, so that a document
                   nothing changed in is not built again (make keeps one per
                   OUT in build/); without it, every document is built
  --no-cache       build every document and keep nothing, even with --cache
  --quiet          print nothing but errors
  --json           print the summary as JSON on stdout instead
  --inputs <file>  for make: the list of this build's inputs, written as
                   <list>.new-<n>; renamed to <list> once OUT is published,
                   while OUT's lock is held
  -h, --help       show this help

Example:
  stepanakert build --raw raw --out dist`,
  options: {
    raw: { type: 'string', default: 'raw' },
    out: { type: 'string', default: 'dist' },
    quiet: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    inputs: { type: 'string' },
  },
  async run(values) {
    const started = performance.now();
    const quiet = Boolean(values.quiet) || Boolean(values.json);
    const out = String(values.out);
    let bar: ((done: number) => void) | undefined;
    const onProgress = (done: number, total: number) => {
      bar ??= progress('documents', total, quiet);
      bar(done);
    };
    // refused or repaired before the old dataset is read for the summary's changes
    requireReplaceable(out, String(values.raw));
    // the job summary's changes read the old and new tables whole: only when a summary is asked for
    const before = process.env.GITHUB_STEP_SUMMARY ? readPublished(out) : undefined;
    const inputs = values.inputs === undefined ? undefined : String(values.inputs);
    const cache = values['no-cache'] || values.cache === undefined ? null : String(values.cache);
    if (inputs !== undefined) clearStaleLists(inputs);
    const result = await build(String(values.raw), out, readRelease(), {
      cache: cache ?? false,
      onProgress,
      ...(inputs === undefined
        ? {}
        : { whileLocked: () => renameSync(inputs, inputs.replace(/\.new-\d+$/, '')) }),
    });
    const summary = {
      out,
      cache,
      documents: result.documents,
      built: result.built,
      reused: result.reused,
      records: result.digest.counts,
      files: Object.fromEntries([...result.files].map(([name, f]) => [name, f.bytes])),
      annotations: result.anchors,
      coverage: result.coverage,
      atomic_exchange: ATOMIC_EXCHANGE,
      seconds: Math.round(performance.now() - started) / 1000,
    };
    appendStepSummary(
      summaryMarkdown({
        ...summary,
        changes: before && diffTables(before.tables, readPublished(out)?.tables ?? {}),
        unreadable: before?.unreadable ?? {},
      }),
    );
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else if (!quiet) process.stderr.write(formatSummary(summary, result.files));
    return 0;
  },
};

interface Summary {
  out: string;
  /** The cache folder, when the build used one. */
  cache: string | null;
  documents: number;
  built: number;
  reused: number;
  records: Record<string, number>;
  annotations: Record<string, number>;
  coverage: Record<string, number>;
  atomic_exchange: boolean;
  seconds: number;
}

export function formatSummary(s: Summary, files: Publication): string {
  const e = process.stderr;
  const sizeOf = (name: string) => size(files.get(name)?.bytes ?? 0);
  const total = Object.values(s.annotations).reduce((a, b) => a + b, 0);
  const tableFiles = new Set(
    TABLES.flatMap((t) => ['csv', 'json', 'parquet'].map((x) => `${t}.${x}`)),
  );
  const lines = [
    `${colour(e, 'green', 'built')} ${printable(s.out)} from ${s.documents} document${s.documents === 1 ? '' : 's'} in ${s.seconds.toFixed(2)} s${s.cache ? `: ${s.built} built, ${s.reused} reused from the cache` : ''}`,
    '',
    `  ${'table'.padEnd(12)}${'rows'.padStart(8)}  ${'csv'.padStart(10)}  ${'json'.padStart(10)}  ${'parquet'.padStart(10)}`,
    ...TABLES.map(
      (t) =>
        `  ${t.padEnd(12)}${String(s.records[t]).padStart(8)}  ${sizeOf(`${t}.csv`).padStart(10)}  ${sizeOf(`${t}.json`).padStart(10)}  ${sizeOf(`${t}.parquet`).padStart(10)}`,
    ),
    `  and ${otherFiles(files, tableFiles).join(', ')}`,
    '',
    `  annotations: ${total} anchored exactly`,
    `  coverage:    ${s.coverage.covered} mentions covered, ${s.coverage.excluded} excluded, ${s.coverage.uncovered === 0 ? '0 uncovered' : colour(e, 'yellow', `${s.coverage.uncovered} uncovered (run make coverage)`)}`,
    `  published:   ${s.atomic_exchange ? 'swapped in one step (renameat2 exchange)' : 'swapped by two renames (no native exchange)'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Files in a folder are named one by one up to this many; more are counted with their size. */
const NAMED_PER_FOLDER = 5;

/** The files besides the tables, a folder of many (a document's text, its explorer file) summed up. */
function otherFiles(files: Publication, tableFiles: Set<string>): string[] {
  const names = [...files.keys()].filter((n) => !tableFiles.has(n));
  const folderOf = (n: string) => (n.includes('/') ? n.slice(0, n.indexOf('/') + 1) : '');
  const inFolder = new Map<string, string[]>();
  for (const n of names) inFolder.set(folderOf(n), [...(inFolder.get(folderOf(n)) ?? []), n]);
  const shown = new Set<string>();
  return names.flatMap((n) => {
    const inside = inFolder.get(folderOf(n)) ?? [];
    if (folderOf(n) === '' || inside.length <= NAMED_PER_FOLDER)
      return [`${n} (${size(files.get(n)?.bytes ?? 0)})`];
    if (shown.has(folderOf(n))) return [];
    shown.add(folderOf(n));
    const bytes = inside.reduce((b, m) => b + (files.get(m)?.bytes ?? 0), 0);
    return [`${folderOf(n)} (${inside.length} files, ${size(bytes)})`];
  });
}

/**
 * The rows of an earlier publication in `out` (for the job summary's changes), if there is one.
 * A table that cannot be read (damaged, partial, not a file) is left out and said why.
 */
function readPublished(
  out: string,
): { tables: Partial<Record<TableName, Row[]>>; unreadable: Record<string, string> } | undefined {
  if (!existsSync(join(out, 'SHA256SUMS'))) return undefined;
  const tables: Partial<Record<TableName, Row[]>> = {};
  const unreadable: Record<string, string> = {};
  for (const t of TABLES) {
    const name = `${t}.json`;
    if (!existsSync(join(out, name))) {
      unreadable[name] = 'missing';
      continue;
    }
    try {
      // parsed as every JSON file is: a table nested too deeply is unreadable, not a stack overflow later
      const rows = parseJsonFile(
        join(out, name),
        readInside(out, name, MAX_TABLE_BYTES).toString('utf8'),
      ).value;
      if (!Array.isArray(rows) || !rows.every((r) => r !== null && typeof r === 'object'))
        throw new Error('not a list of rows');
      tables[t] = rows as Row[];
    } catch (e) {
      const p = e instanceof InputError ? e.problems[0] : undefined;
      unreadable[name] =
        e instanceof ReadRefusal
          ? e.found
          : p
            ? `${p.problem}${p.line === undefined ? '' : ` at line ${p.line}, column ${p.column}`}`
            : ((e as Error).message.split('\n')[0] ?? '');
    }
  }
  return { tables, unreadable };
}

/** Removes the pending input lists (`<list>.new-<pid>`) of makes that were stopped before they finished. */
function clearStaleLists(pending: string): void {
  const list = basename(pending.replace(/\.new-\d+$/, ''));
  const dir = dirname(pending);
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${list}.new-`)) continue;
    const pid = Number(name.slice(list.length + 5));
    if (!Number.isSafeInteger(pid) || pid <= 0 || join(dir, name) === pending) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dir, name), { force: true });
    }
  }
}
