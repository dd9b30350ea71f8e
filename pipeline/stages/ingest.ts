import { requireExplorerName } from '../explorer/explorer-document-file.js';
import { type CodePointText, codePointText, firstInvalidUtf8 } from '../lib/code-points.js';
import { fail, InputError, type Problem } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import { type JsonFile, parseJsonFile } from '../lib/json-file.js';
import { atPointer, describeAjvError, dotted, pointerPath, validator } from '../lib/schemas.js';
import { type DocumentModel, parseDocument } from './parse-document.js';
import type { RawDocument } from './read-raw.js';

export interface DocumentMetadata {
  id: string;
  title: string;
  address: string;
  publisher: string;
  language: string;
  licence: { name: string; title: string; path: string };
  revision: { id: string | null; status: 'known' | 'unknown'; note: string };
  sha256: string;
  bytes: number;
  code_points: number;
  encoding: 'utf-8';
  line_endings: 'lf';
}

/** What the text is now, measured; compared with what the metadata records. */
export interface TextFacts {
  sha256: string;
  bytes: number;
  code_points: number;
}

export interface SourceDocument {
  id: string;
  raw: RawDocument;
  metadataFile: JsonFile;
  metadata: DocumentMetadata;
  text: CodePointText;
  actual: TextFacts;
  /** True when the text's checksum and sizes equal those recorded in the metadata. */
  unchanged: boolean;
  /** The text's structure (title, infobox, sections, paragraphs, sentences), parsed on first use. */
  readonly model: DocumentModel;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Ingest stage: strict UTF-8 decoding, metadata validation, checksum comparison, document model. Pure. */
export function ingest(raw: RawDocument): SourceDocument {
  const metadataFile = parseJsonFile(raw.metadataPath, raw.metadataText);
  const metadata = validateMetadata(metadataFile);
  if (metadata.id !== raw.folder) {
    fail({
      file: raw.metadataPath,
      ...metadataFile.locate(['id']),
      field: 'id',
      problem: 'the document id differs from its folder name',
      expected: show(raw.folder),
      found: show(metadata.id),
      fix: `rename the folder or set "id" to ${show(raw.folder)}`,
    });
  }
  requireExplorerName(metadata.id, () => ({
    file: raw.metadataPath,
    ...metadataFile.locate(['id']),
    field: 'id',
  }));
  const content = decodeText(raw);
  const text = codePointText(content);
  const actual: TextFacts = {
    sha256: sha256(raw.textBytes),
    bytes: raw.textBytes.length,
    code_points: text.length,
  };
  const unchanged =
    actual.sha256 === metadata.sha256 &&
    actual.bytes === metadata.bytes &&
    actual.code_points === metadata.code_points;
  let model: DocumentModel | undefined;
  return {
    id: metadata.id,
    // the bytes are decoded and measured; keeping them would double the memory of a corpus
    raw: { ...raw, textBytes: new Uint8Array(0) },
    metadataFile,
    metadata,
    text,
    actual,
    unchanged,
    // parsed on first use: a build that needs no structure does not pay for it
    get model() {
      model ??= parseDocument(text);
      return model;
    },
  };
}

/** Fails unless the text is exactly the snapshot its metadata records. */
export function requireUnchanged(doc: SourceDocument): void {
  if (doc.unchanged) return;
  const m = doc.metadata;
  const field =
    doc.actual.sha256 !== m.sha256
      ? 'sha256'
      : doc.actual.bytes !== m.bytes
        ? 'bytes'
        : 'code_points';
  fail({
    file: doc.raw.metadataPath,
    ...doc.metadataFile.locate([field]),
    field,
    problem: `the text ${doc.raw.textPath} differs from the snapshot recorded in this file`,
    expected: `${field} ${String(m[field])}, as recorded`,
    found: `${field} ${String(doc.actual[field])}, of the text as it is`,
    fix: 'if the article was revised on purpose, run `make reanchor` to re-anchor the annotations and record the new checksum; otherwise restore text.txt from the source',
  });
}

function show(s: string): string {
  return JSON.stringify(s);
}

function validateMetadata(file: JsonFile): DocumentMetadata {
  const validate = validator('document.schema.json');
  if (validate(file.value)) return file.value as DocumentMetadata;
  const problems: Problem[] = (validate.errors ?? []).map((e) => {
    const d = describeAjvError(e, atPointer(file.value, e.instancePath));
    return {
      file: file.file,
      ...file.locate(pointerPath(d.field ?? e.instancePath)),
      ...d,
      field: dotted(d.field ?? e.instancePath),
      fix: 'correct document.json as schemas/document.schema.json describes',
    };
  });
  throw new InputError(problems);
}

function decodeText(raw: RawDocument): string {
  const b = raw.textBytes;
  const where = { file: raw.textPath };
  if (b.length === 0) {
    fail({
      ...where,
      problem: 'the text is empty',
      expected: 'the article text',
      found: '0 bytes',
      fix: 'copy the article into text.txt byte for byte',
    });
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    fail({
      ...where,
      line: 1,
      column: 1,
      problem: 'the text starts with a byte-order mark',
      expected: 'UTF-8 without byte-order mark',
      found: 'bytes EF BB BF',
      fix: 'save text.txt as UTF-8 without BOM',
    });
  }
  let content: string;
  try {
    content = decoder.decode(b);
  } catch {
    const at = firstInvalidUtf8(b);
    fail({
      ...where,
      line: b.subarray(0, at).filter((x) => x === 0x0a).length + 1,
      problem: 'the text is not valid UTF-8',
      expected: 'UTF-8 bytes',
      found: `invalid byte 0x${(b[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at byte offset ${at}`,
      fix: 'convert text.txt to UTF-8 (invalid bytes are never replaced)',
    });
  }
  const cr = content.indexOf('\r');
  if (cr !== -1) {
    const line = content.slice(0, cr).split('\n').length;
    fail({
      ...where,
      line,
      problem: 'the text has a carriage return (CRLF or CR line endings)',
      expected: 'LF line endings',
      found: `a carriage return on line ${line}`,
      fix: 'convert text.txt to LF line endings (e.g. dos2unix) and keep the source bytes otherwise unchanged',
    });
  }
  return content;
}
