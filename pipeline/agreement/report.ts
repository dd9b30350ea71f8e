import { InputError, show } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import { parseJsonFile } from '../lib/json-file.js';
import { atPointer, describeAjvError, pointerPath, validator } from '../lib/schemas.js';
import type { RawDocument } from '../stages/read-raw.js';
import type { TableAgreement } from './compare.js';

/** The agreement of a document's two codings, as `make agreement` prints and records it. */
export interface AgreementReport {
  document_id: string;
  /** SHA-256 of the annotations.json compared (the first coding). */
  annotations_sha256: string;
  /** SHA-256 of the second-coding.json compared. */
  second_coding_sha256: string;
  coder: string;
  tables: TableAgreement[];
}

const num = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));

/** The report as text: records per table, then every field's agreement, then the unmatched. */
export function formatAgreement(r: AgreementReport): string {
  const lines = [
    `${r.document_id}: annotations.json (sha256 ${r.annotations_sha256.slice(0, 12)}…) against second-coding.json (sha256 ${r.second_coding_sha256.slice(0, 12)}…) by ${r.coder}`,
    '',
    `  ${'table'.padEnd(12)}${'first'.padStart(7)}${'second'.padStart(8)}${'matched'.padStart(9)}${'only first'.padStart(12)}${'only second'.padStart(13)}`,
    ...r.tables.map(
      (t) =>
        `  ${t.table.padEnd(12)}${String(t.first).padStart(7)}${String(t.second).padStart(8)}${String(t.matched).padStart(9)}${String(t.only_first.length).padStart(12)}${String(t.only_second.length).padStart(13)}`,
    ),
    '',
    `  ${'field'.padEnd(32)}${'compared'.padStart(9)}${'agreed'.padStart(8)}${'percent'.padStart(9)}${'kappa'.padStart(8)}`,
    ...r.tables.flatMap((t) =>
      t.fields.map(
        (f) =>
          `  ${`${f.table}.${f.field}`.padEnd(32)}${String(f.compared).padStart(9)}${String(f.agreed).padStart(8)}${num(f.percent, 1).padStart(9)}${num(f.kappa, 3).padStart(8)}`,
      ),
    ),
    '',
    ...r.tables.flatMap((t) => [
      ...(t.only_first.length > 0
        ? [`  only in the annotations, ${t.table}: ${t.only_first.join(', ')}`]
        : []),
      ...(t.only_second.length > 0
        ? [`  only in the second coding, ${t.table}: ${t.only_second.join(', ')}`]
        : []),
    ]),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The recorded figures, agreement.json: validated, and tied to the second coding beside it. Pure. */
export function readRecordedAgreement(raw: RawDocument): AgreementReport | undefined {
  if (!raw.agreement) return undefined;
  const json = parseJsonFile(raw.agreement.path, raw.agreement.text);
  const validate = validator('agreement.schema.json');
  if (!validate(json.value))
    throw new InputError(
      (validate.errors ?? []).map((e) => ({
        file: json.file,
        ...json.locate(pointerPath(e.instancePath)),
        ...describeAjvError(e, atPointer(json.value, e.instancePath)),
        fix: 'record the figures again with `make agreement RECORD=1` on the annotations before reconciliation',
      })),
    );
  const report = json.value as AgreementReport;
  if (report.document_id !== raw.folder)
    throw new InputError([
      {
        file: json.file,
        ...json.locate(['document_id']),
        field: 'document_id',
        problem: 'the recorded agreement is of another document',
        expected: show(raw.folder),
        found: show(report.document_id),
        fix: 'keep agreement.json in the folder of the document it was recorded for',
      },
    ]);
  const coding = raw.secondCoding ? sha256(raw.secondCoding.bytes) : undefined;
  if (report.second_coding_sha256 !== coding)
    throw new InputError([
      {
        file: json.file,
        ...json.locate(['second_coding_sha256']),
        field: 'second_coding_sha256',
        problem: 'the recorded agreement is not of the second coding beside it',
        expected: show(coding ?? 'a second-coding.json beside agreement.json'),
        found: show(report.second_coding_sha256),
        fix: 'keep second-coding.json as the coder wrote it, or record the figures of this one with `make agreement RECORD=1` before reconciling',
      },
    ]);
  return report;
}
