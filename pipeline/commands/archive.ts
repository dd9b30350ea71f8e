import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from '../lib/usage.js';
import { archiveName } from '../metadata/home.js';
import { archiveFolder } from '../stages/archive-folder.js';

export const archiveCommand: Command = {
  name: 'archive',
  summary: 'zip a published dataset folder reproducibly, for a release',
  help: `Usage: stepanakert archive [--out <folder>] [--to <file>]

Writes a zip of a published dataset folder: every file SHA256SUMS lists and
SHA256SUMS itself, inside one folder named for the dataset and its version, every
entry stamped with the release date of datapackage.json. The same folder always
gives a byte-identical zip. Run \`stepanakert check\` on the folder first.

Options:
  --out <folder>   the published folder (default: dist)
  --to <file>      the zip to write (default: build/${archiveName()})
  -h, --help       show this help

Example:
  stepanakert archive --out dist --to build/${archiveName()}`,
  options: {
    out: { type: 'string', default: 'dist' },
    to: { type: 'string', default: join('build', archiveName()) },
  },
  async run(values) {
    const to = String(values.to);
    const { folder, zip } = archiveFolder(String(values.out));
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, zip);
    process.stderr.write(`wrote ${to}: ${folder}/, ${zip.length} bytes\n`);
    return 0;
  },
};
