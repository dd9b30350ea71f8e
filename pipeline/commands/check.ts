import { formatProblem } from '../lib/errors.js';
import type { Command } from '../lib/usage.js';
import { checkFolder } from '../stages/check-folder.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'verify a published or downloaded dataset folder',
  help: `Usage: stepanakert check [--out <folder>]

Verifies a dataset folder as a downloader would: SHA256SUMS, the sizes and hashes in
datapackage.json, every row of every format against its JSON Schema, the same rows in
CSV, JSON and Parquet, unique keys, resolving foreign keys, every claims.subject_id
resolving in the table its subject_table names, and every quote of every table equal
to the text of sources/<document_id>.txt at its offsets. Lists every problem found and
exits 1 if there is any.

Options:
  --out <folder>   the folder to check (default: dist)
  -h, --help       show this help

Example:
  stepanakert check --out dist`,
  options: { out: { type: 'string', default: 'dist' } },
  async run(values) {
    const { problems, rows } = await checkFolder(String(values.out));
    if (problems.length > 0) {
      process.stderr.write(
        `${problems.map(formatProblem).join('\n\n')}\n${problems.length} problem(s) in ${String(values.out)}\n`,
      );
      return 1;
    }
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    process.stderr.write(
      `checked ${String(values.out)}: ${Object.keys(rows).length} tables, ${total} rows, every file, hash, schema, key and quote agrees\n`,
    );
    return 0;
  },
};
