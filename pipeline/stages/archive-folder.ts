import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../lib/errors.js';
import { toZip } from '../write/to-zip.js';

/**
 * The zip of a published folder: every file SHA256SUMS lists and SHA256SUMS itself, in byte
 * order, inside one folder named for the dataset and its version, stamped with the release's
 * `created` time from datapackage.json. The same folder always gives the same bytes.
 */
export function archiveFolder(dir: string): { folder: string; zip: Uint8Array } {
  for (const name of ['SHA256SUMS', 'datapackage.json'])
    if (!existsSync(join(dir, name)))
      fail({
        file: join(dir, name),
        problem: 'missing',
        expected: 'a published dataset folder, with SHA256SUMS and datapackage.json',
        found: 'no such file',
        fix: 'build the folder with `make` (or pass --out <folder> of a published dataset)',
      });
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
    name: string;
    version: string;
    created: string;
  };
  const names = readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(line.indexOf('  ') + 2));
  const folder = `${descriptor.name}-v${descriptor.version}`;
  const entries = [...names, 'SHA256SUMS']
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n): [string, Uint8Array] => [`${folder}/${n}`, readFileSync(join(dir, n))]);
  return { folder, zip: toZip(entries, descriptor.created) };
}
