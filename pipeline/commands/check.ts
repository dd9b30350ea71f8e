import { formatProblem, printable } from '../lib/errors.js';
import type { Command } from '../lib/usage.js';
import { checkFolder } from '../stages/check-folder.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'verify a published or downloaded dataset folder',
  help: `Usage: stepanakert check [--out <folder>]

Verifies a dataset folder as a downloader would, reading only regular files inside
it and never more bytes than the descriptor declares: SHA256SUMS, the sizes and
hashes in datapackage.json, every row of every format against its JSON Schema, the
same rows in CSV, JSON and Parquet, unique keys, resolving foreign keys, every
claims.subject_id resolving in the table its subject_table names, every count, time
and stated date read again from its quoted words, every quote of every table equal
to the text of sources/<document_id>.txt at its offsets, and the list of files, the
descriptor, codebook, card, licence, explorer (index.html, timeline.svg, explorer/),
CSV and JSON against what this version generates (a dataset of another version is
checked as far as versions agree, and the check says so). Lists every problem found
and exits 1 if there is any.

Options:
  --out <folder>   the folder to check (default: dist)
  -h, --help       show this help

Example:
  stepanakert check --out dist`,
  options: { out: { type: 'string', default: 'dist' } },
  async run(values) {
    const { problems, rows, notes } = await checkFolder(String(values.out));
    for (const note of notes) process.stderr.write(`note: ${printable(note)}\n`);
    if (problems.length > 0) {
      process.stderr.write(
        `${problems.map(formatProblem).join('\n\n')}\n${problems.length} problem(s) in ${printable(String(values.out))}\n`,
      );
      return 1;
    }
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    process.stderr.write(
      `checked ${printable(String(values.out))}: ${Object.keys(rows).length} tables, ${total} rows, every file, hash, schema, key and quote agrees\n`,
    );
    return 0;
  },
};
