import { build } from '../build.js';
import type { Command } from '../lib/usage.js';
import { readRelease } from '../metadata/release.js';
import { renderMetadata } from '../metadata/render-metadata.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the dataset from a raw folder into an output folder',
  help: `Usage: stepanakert build [--raw <folder>] [--out <folder>]

Reads every document of the raw folder (text, metadata, annotations), checks that
each text matches its recorded checksum and every annotation is anchored exactly,
builds and validates the records, and publishes CSV, JSON and Parquet files with
their descriptor, codebook and checksums. The output folder is replaced as a whole
only when everything succeeded.

Options:
  --raw <folder>   raw folder, one sub-folder per document (default: raw)
  --out <folder>   output folder (default: dist)
  -h, --help       show this help

Example:
  stepanakert build --raw raw --out dist`,
  options: { raw: { type: 'string', default: 'raw' }, out: { type: 'string', default: 'dist' } },
  async run(values) {
    const started = performance.now();
    const result = await build(
      String(values.raw),
      String(values.out),
      renderMetadata(readRelease()),
    );
    const counts = Object.entries(result.tables)
      .map(([t, rows]) => `${t} ${rows.length}`)
      .join(', ');
    process.stderr.write(
      `built ${String(values.out)}: ${counts}; ${result.files.size} files; annotations exact ${result.anchors.exact}; ${Math.round(performance.now() - started)} ms\n`,
    );
    return 0;
  },
};
