import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../pipeline/metadata/release.js';
import { cleanTempDirs, cli, DIST, tempDir } from './helpers.js';

const VERSION = packageVersion();

import { PYTHON, run } from './runtimes.js';

afterAll(cleanTempDirs);

describe('make archive: the zip of the whole data package a release attaches', () => {
  const names = readFileSync(join(DIST, 'SHA256SUMS'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('  ')[1] ?? '');

  it('holds every published file and SHA256SUMS in one versioned folder, each byte for byte', () => {
    const zip = join(tempDir(), 'a.zip');
    expect(cli(['archive', '--to', zip])).toEqual({
      status: 0,
      stdout: '',
      stderr: `wrote ${zip}: stepanakert-bombardment-2020-v${VERSION}/, ${readFileSync(zip).length} bytes\n`,
    });
    const entries = unzipSync(readFileSync(zip));
    const folder = `stepanakert-bombardment-2020-v${VERSION}/`;
    expect(Object.keys(entries)).toEqual([...names, 'SHA256SUMS'].sort().map((n) => folder + n));
    for (const n of [...names, 'SHA256SUMS'])
      expect(Buffer.from(entries[folder + n] ?? []).equals(readFileSync(join(DIST, n))), n).toBe(
        true,
      );
  });

  it('is byte-reproducible, whatever the time zone, and stamped with the release date', () => {
    const a = join(tempDir(), 'a.zip');
    const b = join(tempDir(), 'b.zip');
    expect(cli(['archive', '--to', a]).status).toBe(0);
    expect(cli(['archive', '--to', b], { env: { TZ: 'America/St_Johns' } }).status).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    // another reader (Python's zipfile) sees every entry with the release date
    const stamps = run(PYTHON, [
      '-c',
      'import sys, zipfile; print(sorted({i.date_time for i in zipfile.ZipFile(sys.argv[1]).infolist()}))',
      a,
    ]).stdout;
    expect(stamps).toBe('[(2026, 12, 4, 0, 0, 0)]\n');
  });

  it('refuses a folder that is not a published dataset, saying what to do', () => {
    const empty = tempDir();
    expect(cli(['archive', '--out', empty, '--to', join(empty, 'x.zip')])).toEqual({
      status: 1,
      stdout: '',
      stderr: `error: ${empty}/SHA256SUMS: missing
  expected: a published dataset folder, with SHA256SUMS and datapackage.json
  found:    no such file
  fix:      build the folder with \`make\` (or pass --out <folder> of a published dataset)
`,
    });
  });
});
