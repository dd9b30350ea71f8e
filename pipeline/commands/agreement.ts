import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstCoding } from '../agreement/codings.js';
import { compareCodings } from '../agreement/compare.js';
import { type AgreementReport, formatAgreement } from '../agreement/report.js';
import { readSecondCoding } from '../agreement/second-coding.js';
import { annotateDocument } from '../build.js';
import { fail } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import type { Command } from '../lib/usage.js';
import { readGazetteer } from '../stages/read-gazetteer.js';
import { AGREEMENT_FILE, readRaw, SECOND_CODING_FILE } from '../stages/read-raw.js';

export const agreementCommand: Command = {
  name: 'agreement',
  summary: 'compare a blind second coding with the annotations, field by field',
  help: `Usage: stepanakert agreement [--raw <folder>] [--json] [--record]

Compares the blind second coding of each document that has one
(raw/<document>/second-coding.json) with its annotations: records are matched by
span overlap within each table, one to one, then every field of every matched pair
is compared. Prints, per table, the records of each coding, the pairs matched and
the records only one coding has, and per field the percent agreement and, for
category fields, Cohen's kappa. With --record, also writes the figures to
raw/<document>/agreement.json, which the dataset card publishes: record them once,
before reconciling the disagreements.

Options:
  --raw <folder>   raw folder (default: raw)
  --json           print the figures as JSON
  --record         write raw/<document>/agreement.json
  -h, --help       show this help

Example:
  stepanakert agreement --raw raw`,
  options: {
    raw: { type: 'string', default: 'raw' },
    json: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
  },
  async run(values) {
    const raws = readRaw(String(values.raw)).filter((r) => r.secondCoding);
    if (raws.length === 0)
      fail({
        file: String(values.raw),
        problem: 'no document has a second coding to compare',
        expected: `a ${SECOND_CODING_FILE} in a document folder (schemas/second-coding.schema.json)`,
        found: 'none',
        fix: `commit the blind second coding as ${join(String(values.raw), '<document>', SECOND_CODING_FILE)}, unchanged`,
      });
    const gazetteer = readGazetteer(String(values.raw));
    const reports: AgreementReport[] = raws.map((raw) => {
      const { annotated, tables } = annotateDocument(raw, gazetteer);
      const coding = raw.secondCoding as NonNullable<typeof raw.secondCoding>;
      const second = readSecondCoding(annotated.doc, coding);
      return {
        document_id: annotated.doc.id,
        annotations_sha256: sha256(raw.annotationsText),
        second_coding_sha256: sha256(coding.bytes),
        coder: second.file.coder,
        tables: compareCodings(firstCoding(tables, annotated.parsed.annotations), second.records),
      };
    });
    if (values.record)
      for (const r of reports)
        writeFileSync(
          join(String(values.raw), r.document_id, AGREEMENT_FILE),
          `${JSON.stringify(r, null, 2)}\n`,
        );
    process.stdout.write(
      values.json
        ? `${JSON.stringify(reports, null, 2)}\n`
        : reports.map(formatAgreement).join('\n'),
    );
    return 0;
  },
};
