import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { recover } from './atomic-folder.js';
import { fail } from './errors.js';
import { ROOT_DIR } from './root.js';

/** The files every folder this pipeline publishes holds. */
const MARKERS = ['SHA256SUMS', 'datapackage.json'];

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
 * so OUT must be new, empty, or a dataset published before, and never the raw folder, a folder
 * inside it or holding it, or a folder holding the repository.
 */
export function requireReplaceable(outDir: string, rawDir: string): void {
  const out = real(outDir);
  const raw = real(rawDir);
  const refuse = (problem: string, found: string, fix: string) =>
    fail({
      file: outDir,
      problem,
      expected: 'a new or empty folder, or a dataset published before',
      found,
      fix,
    });
  if (within(out, raw) || within(raw, out))
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
  const entries = readdirSync(out);
  if (entries.length > 0 && !MARKERS.every((m) => entries.includes(m)))
    refuse(
      'the output folder holds files that are not a published dataset, and publishing replaces the whole folder',
      `${entries.length} entries without ${MARKERS.join(' and ')} (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''})`,
      'choose a new or empty OUT, or empty the folder yourself if its files can go',
    );
  for (const m of MARKERS)
    if (existsSync(join(out, m)) && !statSync(join(out, m)).isFile())
      refuse(
        'the output folder is not a published dataset',
        `${m} is not a file`,
        'choose a new or empty OUT',
      );
}
