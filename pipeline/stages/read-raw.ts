import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { firstInvalidUtf8 } from '../lib/code-points.js';
import { fail } from '../lib/errors.js';

/** The files of one document folder, read but not yet interpreted. */
export interface RawDocument {
  /** Folder name, which is the document id. */
  folder: string;
  textPath: string;
  metadataPath: string;
  annotationsPath: string;
  textBytes: Uint8Array;
  metadataText: string;
  annotationsText: string;
  /** The blind second coding (second-coding.json), when the folder has one. */
  secondCoding?: OptionalFile;
  /** The agreement figures recorded before reconciliation (agreement.json), when present. */
  agreement?: OptionalFile;
}

/** An optional file of a document folder, read as it is. */
export interface OptionalFile {
  path: string;
  bytes: Uint8Array;
  text: string;
}

export const TEXT_FILE = 'text.txt';
export const METADATA_FILE = 'document.json';
export const ANNOTATIONS_FILE = 'annotations.json';
export const SECOND_CODING_FILE = 'second-coding.json';
export const AGREEMENT_FILE = 'agreement.json';

/** Reads every document folder of `rawDir`, in name order. */
export function readRaw(rawDir: string): RawDocument[] {
  return listDocuments(rawDir).map((folder) => readDocument(rawDir, folder));
}

/** The document folders of `rawDir`, in name order; a corpus is then read one document at a time. */
export function listDocuments(rawDir: string): string[] {
  if (!existsSync(rawDir) || !statSync(rawDir).isDirectory()) {
    const entry = lstatSync(rawDir, { throwIfNoEntry: false });
    fail({
      file: rawDir,
      problem: 'the raw folder does not exist',
      expected: 'a folder with one sub-folder per document',
      found:
        entry === undefined
          ? 'nothing at that path'
          : entry.isSymbolicLink()
            ? 'a symbolic link that leads to no folder (its target is missing, or a loop)'
            : 'a file, not a folder',
      fix: 'pass RAW=<folder> pointing at a raw folder (the default is raw/)',
    });
  }
  const entries = readdirSync(rawDir, { withFileTypes: true }).filter(
    (e) => !e.name.startsWith('.'),
  );
  const link = entries.find((e) => e.isSymbolicLink());
  if (link) outsideRaw(join(rawDir, link.name));
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (folders.length === 0) {
    fail({
      file: rawDir,
      problem: 'the raw folder holds no document',
      expected: `at least one folder with ${TEXT_FILE}, ${METADATA_FILE} and ${ANNOTATIONS_FILE}`,
      found: 'no sub-folder',
      fix: 'add a document folder (see README, "Adding an article")',
    });
  }
  return folders;
}

/** Reads the three files of one document folder. The only input I/O of a build. */
export function readDocument(rawDir: string, folder: string): RawDocument {
  const dir = join(rawDir, folder);
  const paths = {
    textPath: join(dir, TEXT_FILE),
    metadataPath: join(dir, METADATA_FILE),
    annotationsPath: join(dir, ANNOTATIONS_FILE),
  };
  for (const path of Object.values(paths)) {
    if (existsSync(path) && !lstatSync(path).isFile()) outsideRaw(path);
    if (!existsSync(path)) {
      fail({
        file: path,
        problem: 'a required file of the document is missing',
        expected: `${TEXT_FILE}, ${METADATA_FILE} and ${ANNOTATIONS_FILE} in ${dir}`,
        found: 'no such file',
        fix: `create ${path} (see README, "Adding an article")`,
      });
    }
  }
  const secondCoding = readOptional(join(dir, SECOND_CODING_FILE));
  const agreement = readOptional(join(dir, AGREEMENT_FILE));
  return {
    folder,
    ...paths,
    textBytes: readLimited(paths.textPath),
    metadataText: readUtf8(paths.metadataPath),
    annotationsText: readUtf8(paths.annotationsPath),
    ...(secondCoding ? { secondCoding } : {}),
    ...(agreement ? { agreement } : {}),
  };
}

/** A file a document folder may have; undefined when it has not. */
function readOptional(path: string): OptionalFile | undefined {
  if (!existsSync(path)) return undefined;
  if (!lstatSync(path).isFile()) outsideRaw(path);
  const bytes = readLimited(path);
  return { path, bytes, text: readUtf8(path, bytes) };
}

/** The most bytes a file of a document may have (64 MiB: offsets and every reader stay in range). */
export const MAX_FILE_BYTES = 64 * 2 ** 20;

function readLimited(path: string): Buffer {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES)
    fail({
      file: path,
      problem: 'the file is too large',
      expected: `at most ${MAX_FILE_BYTES} bytes (64 MiB)`,
      found: `${size} bytes`,
      fix: 'split the document into several document folders',
    });
  return readFileSync(path);
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A JSON file of a document as text: strict UTF-8, an invalid byte is never replaced by U+FFFD. */
function readUtf8(path: string, b: Buffer = readLimited(path)): string {
  try {
    return strict.decode(b);
  } catch {
    const at = firstInvalidUtf8(b);
    return fail({
      file: path,
      line: b.subarray(0, at).filter((x) => x === 0x0a).length + 1,
      problem: 'the file is not valid UTF-8',
      expected: 'UTF-8 bytes',
      found: `invalid byte 0x${(b[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at byte offset ${at}`,
      fix: `convert ${basename(path)} to UTF-8 (invalid bytes are never replaced)`,
    });
  }
}

/** Only regular files and folders inside RAW are read: a link could point anywhere. */
function outsideRaw(path: string): never {
  return fail({
    file: path,
    problem: 'a link or special file in the raw folder',
    expected: 'regular files and folders inside the raw folder',
    found: lstatSync(path).isSymbolicLink() ? 'a symbolic link' : 'not a regular file',
    fix: 'replace it with a copy of the file it points at (the build never reads outside RAW)',
  });
}
