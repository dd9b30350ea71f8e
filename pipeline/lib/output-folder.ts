import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { recover } from './atomic-folder.js';
import { fail } from './errors.js';
import { ReadRefusal, readInside } from './read-inside.js';
import { ROOT_DIR } from './root.js';

/** The most bytes a SHA256SUMS read to decide whether a folder may be replaced may have. */
const MAX_SUMS_BYTES = 16 * 2 ** 20;

/** The absolute path with symbolic links resolved, as far as the path exists. */
function real(path: string): string {
  let existing = resolve(path);
  while (!existsSync(existing)) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, resolve(path)));
}

/** Whether `inner` is `outer` or a path inside it. */
const within = (inner: string, outer: string) => {
  const r = relative(outer, inner);
  return !(r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r));
};

/**
 * Refuses an output folder that publishing would destroy: publishing replaces OUT as a whole,
 * so OUT must be new, empty, or a dataset published before (every entry listed in its own
 * SHA256SUMS), and never the raw folder, a folder inside it or holding it, or a folder holding
 * the repository.
 */
export function requireReplaceable(outDir: string, rawDir?: string): void {
  const out = real(outDir);
  const raw = rawDir === undefined ? undefined : real(rawDir);
  const refuse = (problem: string, found: string, fix: string) =>
    fail({
      file: outDir,
      problem,
      expected: 'a new or empty folder, or a dataset published before',
      found,
      fix,
    });
  if (raw !== undefined && (within(out, raw) || within(raw, out)))
    refuse(
      'the output folder overlaps the raw folder',
      `OUT ${outDir}, RAW ${rawDir}`,
      'choose an OUT outside RAW (the default is dist)',
    );
  if (within(real(ROOT_DIR), out))
    refuse(
      'the output folder holds the repository',
      `OUT ${outDir}`,
      'choose a folder of its own for OUT (the default is dist)',
    );
  let up = dirname(out);
  while (!existsSync(up)) up = dirname(up);
  if (!statSync(up).isDirectory())
    refuse(
      'the output folder cannot be created',
      `${relative(process.cwd(), up) || up} is a file`,
      'choose an OUT whose parent is a folder',
    );
  // a run killed between the two renames of the fallback left OUT missing: put it back first
  recover(out);
  if (lstatSync(resolve(outDir), { throwIfNoEntry: false })?.isSymbolicLink())
    refuse(
      'the output path is a symbolic link, which publishing would replace by a folder',
      `a link at ${outDir}`,
      'point OUT at the folder itself',
    );
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory())
    refuse(
      'the output path is a file',
      `a file at ${outDir}`,
      'choose a folder for OUT, or move the file away',
    );
  requireOnlyListed(outDir);
}

/**
 * Refuses a cache folder that is or lies inside OUT (publishing replaces OUT whole, and a folder
 * in it is not a file of the dataset) or RAW (each sub-folder of RAW is read as a document).
 */
export function requireCacheOutside(cacheDir: string, outDir: string, rawDir?: string): void {
  const cache = real(cacheDir);
  for (const [name, dir] of [
    ['OUT', outDir],
    ['RAW', rawDir],
  ] as const)
    if (dir !== undefined && within(cache, real(dir)))
      fail({
        file: cacheDir,
        problem: `the cache folder is inside ${name}`,
        expected: 'a folder outside OUT and RAW',
        found: `--cache ${cacheDir}, ${name} ${dir}`,
        fix: 'pass --cache <folder> naming a folder outside OUT and RAW, or --no-cache',
      });
}

/**
 * Refuses an existing output folder holding an entry its SHA256SUMS does not list. Publishing
 * asks again under the lock just before the swap: a file saved into OUT during the build is kept.
 */
export function requireOnlyListed(outDir: string): void {
  const out = real(outDir);
  if (!existsSync(out) || !statSync(out).isDirectory()) return;
  const unexpected = unlisted(out);
  if (unexpected.length > 0)
    fail({
      file: outDir,
      problem:
        'the output folder holds entries that its SHA256SUMS does not list, and publishing replaces the whole folder',
      expected: 'a new or empty folder, or a dataset published before',
      found: `${unexpected.length} unlisted ${unexpected.length === 1 ? 'entry' : 'entries'}: ${unexpected.slice(0, 5).join(', ')}${unexpected.length > 5 ? ', …' : ''}`,
      fix: 'choose a new or empty OUT, or move those entries out of the folder',
    });
}

/** A line of SHA256SUMS: 64 hex digits, two spaces (or space and star), a relative path. */
const SUMS_LINE = /^[0-9a-f]{64} [ *](.+)$/;

/**
 * The entries of `out` that its own SHA256SUMS does not list (besides SHA256SUMS itself), as
 * relative paths: files not listed, links, devices, FIFOs, and folders that hold nothing listed.
 * Without a readable SHA256SUMS every entry is unlisted.
 */
export function unlisted(out: string): string[] {
  const listed = new Set<string>();
  try {
    const sums = readInside(out, 'SHA256SUMS', MAX_SUMS_BYTES).toString('utf8');
    for (const line of sums.split('\n')) {
      const name = SUMS_LINE.exec(line)?.[1];
      if (name !== undefined) listed.add(normalize(name));
    }
  } catch (e) {
    if (!(e instanceof ReadRefusal) && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return unlistedEntries(out, listed);
}

/** The entries of `dir` that are not files named in `listed` (nor folders on the way to one). */
export function unlistedEntries(dir: string, listed: Set<string>): string[] {
  const names = new Set([...listed].map((n) => normalize(n)));
  const folders = new Set(
    [...names].flatMap((n) =>
      n
        .split(sep)
        .slice(0, -1)
        .map((_, i, a) => a.slice(0, i + 1).join(sep)),
    ),
  );
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel === '' ? e.name : join(rel, e.name);
      if (path === 'SHA256SUMS' && e.isFile()) continue;
      if (e.isDirectory() && folders.has(path)) walk(path);
      else if (!(e.isFile() && names.has(path))) found.push(e.isDirectory() ? `${path}/` : path);
    }
  };
  walk('');
  return found.sort();
}
