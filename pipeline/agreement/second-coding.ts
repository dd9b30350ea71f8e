import { InputError, type Problem, show } from '../lib/errors.js';
import { type JsonFile, parseJsonFile } from '../lib/json-file.js';
import { atPointer, describeAjvError, pointerPath, validator } from '../lib/schemas.js';
import type { Value } from '../records/tables.js';
import type { SourceDocument } from '../stages/ingest.js';
import type { OptionalFile } from '../stages/read-raw.js';
import { CODED_FIELDS, type CodedRecord, type CodedTable } from './codings.js';

/** second-coding.json as schemas/second-coding.schema.json describes it. */
export interface SecondCodingFile {
  document_id: string;
  text_sha256: string;
  coder: string;
  coded_from: string;
  records: {
    table: CodedTable;
    key: string;
    span_start: number;
    span_end: number;
    quote: string;
    fields: Record<string, Value>;
  }[];
}

export interface SecondCoding {
  file: SecondCodingFile;
  records: CodedRecord[];
}

/**
 * Reads and checks a second coding: its schema, that it codes this text (document id, SHA-256),
 * that every quote is the text at its offsets, keys are unique and references name a record. Pure.
 */
export function readSecondCoding(doc: SourceDocument, raw: OptionalFile): SecondCoding {
  const json = parseJsonFile(raw.path, raw.text);
  const validate = validator('second-coding.schema.json');
  if (!validate(json.value)) {
    throw new InputError(
      (validate.errors ?? [])
        .filter((e) => e.keyword !== 'if')
        .map((e) => ({
          file: raw.path,
          ...json.locate(pointerPath(e.instancePath)),
          ...describeAjvError(e, atPointer(json.value, e.instancePath)),
          fix: 'the second coding is never edited: correct the coding guide or the reader (schemas/second-coding.schema.json) only if it misdescribes the shape the coder was given',
        })),
    );
  }
  const file = json.value as SecondCodingFile;
  const problems = [...identityProblems(doc, file, json), ...recordProblems(doc, file, json)];
  if (problems.length > 0) throw new InputError(problems);
  return {
    file,
    records: file.records.map((r) => ({
      table: r.table,
      key: r.key,
      spans: [[r.span_start, r.span_end]],
      fields: Object.fromEntries(
        CODED_FIELDS[r.table].map((f) => [f.name, r.fields[f.name] ?? null]),
      ),
    })),
  };
}

function identityProblems(doc: SourceDocument, file: SecondCodingFile, json: JsonFile): Problem[] {
  const problems: Problem[] = [];
  if (file.document_id !== doc.id)
    problems.push({
      file: json.file,
      ...json.locate(['document_id']),
      field: 'document_id',
      problem: 'the second coding is of another document',
      expected: show(doc.id),
      found: show(file.document_id),
      fix: 'put the second coding in the folder of the document it codes',
    });
  if (file.text_sha256 !== doc.actual.sha256)
    problems.push({
      file: json.file,
      ...json.locate(['text_sha256']),
      field: 'text_sha256',
      problem: 'the second coding was made from another text',
      expected: show(doc.actual.sha256),
      found: show(file.text_sha256),
      fix: 'compare it with the annotations of the text it was coded from (check out that revision)',
    });
  return problems;
}

function recordProblems(doc: SourceDocument, file: SecondCodingFile, json: JsonFile): Problem[] {
  const problems: Problem[] = [];
  const keys = new Set<string>();
  const at = (i: number, field: string, rest: Omit<Problem, 'file' | 'field'>) =>
    problems.push({
      file: json.file,
      ...json.locate(['records', i, ...field.split('.')]),
      field: `records.${i}.${field}`,
      ...rest,
    });
  file.records.forEach((r, i) => {
    if (keys.has(r.key))
      at(i, 'key', {
        id: r.key,
        problem: 'duplicate key in the second coding',
        expected: 'keys unique in the file',
        found: show(r.key),
        fix: 'ask the second coder which record is meant; the file is never edited',
      });
    keys.add(r.key);
    const actual = doc.text.slice(r.span_start, r.span_end);
    if (actual !== r.quote)
      at(i, 'quote', {
        id: r.key,
        problem: 'the quote is not the text at its offsets',
        expected: show(actual),
        found: show(r.quote),
        fix: 'offsets count Unicode code points, end exclusive; ask the second coder, the file is never edited',
      });
  });
  file.records.forEach((r, i) => {
    for (const f of CODED_FIELDS[r.table]) {
      const v = r.fields[f.name];
      if (f.kind === 'reference' && v !== null && v !== undefined && !keys.has(String(v)))
        at(i, `fields.${f.name}`, {
          id: r.key,
          problem: 'the reference names no record of the second coding',
          expected: 'the key of a record in the file',
          found: show(v),
          fix: 'ask the second coder which record is meant; the file is never edited',
        });
    }
  });
  return problems;
}
