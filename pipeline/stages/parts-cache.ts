import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alive } from '../lib/atomic-folder.js';
import { ByteBuilder } from '../lib/byte-builder.js';
import { crc32 } from '../lib/crc32.js';
import { fail, located } from '../lib/errors.js';
import { ROOT_DIR } from '../lib/root.js';
import { SCHEMA_DIR } from '../lib/schema-files.js';
import { type DocumentFacts, type DocumentParts, STREAMED_TABLES } from './document-parts.js';
import type { RawDocument } from './read-raw.js';

/** The first line of every cache entry; a new layout gets a new number. */
const MAGIC = 'stepanakert-cache 3\n';
/** The second line: the CRC-32 of everything after it, eight hex digits. */
const CHECKSUM = /^[0-9a-f]{8}\n$/;
/** A document id (schemas/document.schema.json): a folder named otherwise is refused by its stages. */
const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** Entries are named <document_id>.<key>.entry; nothing else in the cache folder is ever touched. */
const ENTRY = /^([a-z0-9][a-z0-9-]{0,62})\.([0-9a-f]{64})\.entry$/;
const PENDING = /^[a-z0-9][a-z0-9-]{0,62}\.[0-9a-f]{64}\.entry\.tmp-(\d+)$/;

/** An entry: the document's facts and its segments. */
export interface Entry {
  facts: DocumentFacts;
  segments: Map<string, Buffer>;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );

/**
 * What the per-document stages are made of: the code that runs (the bundle, or every source file
 * when run from source) and the schemas it reads. A change to either changes every key.
 */
export function pipelineFingerprint(): string {
  const here = fileURLToPath(import.meta.url);
  const code = here.endsWith('.ts') ? files(join(ROOT_DIR, 'pipeline')) : [here];
  const hash = createHash('sha256').update(MAGIC);
  for (const path of [...code, ...files(fileURLToPath(SCHEMA_DIR))].sort()) {
    hash.update(`${relative(ROOT_DIR, path)}\0`).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** The key of a document's entry: the pipeline's fingerprint and every byte the document's stages read. */
export function entryKey(fingerprint: string, raw: RawDocument, gazetteer: Uint8Array): string {
  const hash = createHash('sha256').update(fingerprint).update(raw.folder);
  const part = (name: string, data: Uint8Array | string | undefined) => {
    if (data === undefined) return hash.update(`\0${name}:absent`);
    return hash.update(`\0${name}:${Buffer.byteLength(data)}:`).update(data);
  };
  part('gazetteer', gazetteer);
  part('text', raw.textBytes);
  part('metadata', raw.metadataText);
  part('annotations', raw.annotationsText);
  part('second-coding', raw.secondCoding?.bytes);
  part('agreement', raw.agreement?.bytes);
  return hash.digest('hex');
}

/** The segments of entries being made, encoded into one buffer kept between entries. */
const segmentBytes = new ByteBuilder();

const checksumLine = (crc: number) => `${crc.toString(16).padStart(8, '0')}\n`;

/**
 * An entry's bytes: the magic line, the checksum line (CRC-32 of the rest), a header line (facts,
 * segment sizes), the segments (text as UTF-8). A byte changed on disk is then found on reading.
 */
export function serialise(parts: DocumentParts): Buffer {
  const data = segmentBytes.reset();
  const sizes = parts.segments.map(([name, piece]) => [name, data.append(piece)]);
  const header = Buffer.from(`${JSON.stringify({ facts: parts.facts, segments: sizes })}\n`);
  const check = checksumLine(crc32(data.view(), crc32(header)));
  // one buffer of its own (not a slice of Node's pool), so that a worker can hand it over
  const entry = Buffer.allocUnsafeSlow(MAGIC.length + check.length + header.length + data.length);
  let at = entry.write(MAGIC, 0, 'latin1');
  at += entry.write(check, at, 'latin1');
  entry.set(header, at);
  entry.set(data.view(), at + header.length);
  return entry;
}

/** The pieces every entry holds, in their order (document-parts.ts); a function, as the modules import each other. */
const segmentNames = () =>
  [
    ...STREAMED_TABLES.flatMap((t) => [`json/${t}`, `sheet/${t}`]),
    'geojson',
    'explorer',
    'source',
  ].join('\n');

/** A header of this layout: the facts a build adds up, and every piece with a size. */
function wellFormed(h: unknown): h is { facts: DocumentFacts; segments: [string, number][] } {
  const header = h as { facts?: Partial<DocumentFacts>; segments?: unknown };
  const f = header?.facts;
  const segments = header?.segments;
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.id === 'string' &&
    ['digest', 'explorer', 'anchors', 'coverage', 'sheets'].every(
      (k) =>
        typeof f[k as keyof DocumentFacts] === 'object' && f[k as keyof DocumentFacts] !== null,
    ) &&
    Array.isArray(segments) &&
    segments.every((s) => Array.isArray(s) && Number.isSafeInteger(s[1]) && s[1] >= 0) &&
    segments.map((s) => s[0]).join('\n') === segmentNames()
  );
}

/**
 * An entry read back; undefined when the file is not a whole entry of this layout, or (`verify`)
 * its checksum fails.
 */
function deserialise(bytes: Buffer, verify: boolean): Entry | undefined {
  if (!bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) return undefined;
  const start = MAGIC.length + checksumLine(0).length;
  const check = bytes.subarray(MAGIC.length, start).toString('latin1');
  if (!CHECKSUM.test(check)) return undefined;
  if (verify && check !== checksumLine(crc32(bytes.subarray(start)))) return undefined;
  const end = bytes.indexOf(0x0a, start);
  if (end < 0) return undefined;
  let header: { facts: DocumentFacts; segments: [string, number][] };
  try {
    header = JSON.parse(bytes.subarray(start, end).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!wellFormed(header)) return undefined;
  const segments = new Map<string, Buffer>();
  let offset = end + 1;
  for (const [name, size] of header.segments) {
    segments.set(name, bytes.subarray(offset, offset + size));
    offset += size;
  }
  if (offset !== bytes.length) return undefined;
  return { facts: header.facts, segments };
}

/**
 * A folder of per-document entries keyed by content: a document whose inputs and pipeline are
 * unchanged is not built again. Entries are written whole (a temporary file renamed into place),
 * so a killed build leaves none half written; a damaged one (cut short, or any byte changed: its
 * checksum) is built again.
 */
export class PartsCache {
  readonly dir: string;
  readonly fingerprint: string;

  /**
   * The cache in `dir`, made if missing, entries half written by a killed build removed. With
   * `keeps` false (a build without a cache) nothing is read or written: every document is built.
   * A worker of the build attaches to the cache its build opened, with its fingerprint.
   */
  constructor(
    dir: string,
    readonly keeps = true,
    attach?: { fingerprint: string },
  ) {
    this.dir = dir;
    this.fingerprint = attach?.fingerprint ?? pipelineFingerprint();
    if (attach || !keeps) return;
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory() && existsSync(dir))
      fail({
        file: dir,
        problem: 'the cache folder is not a folder',
        expected: 'a folder the build may write its per-document entries into',
        found: 'a file',
        fix: 'pass --cache <folder> naming a folder, or --no-cache',
      });
    mkdirSync(dir, { recursive: true });
    this.clearPending();
  }

  key(raw: RawDocument, gazetteer: Uint8Array): string {
    return entryKey(this.fingerprint, raw, gazetteer);
  }

  private path(id: string, key: string): string {
    return join(this.dir, `${id}.${key}.entry`);
  }

  /** The bytes of this document's entry under this key, if one was written whole in this layout. */
  read(id: string, key: string): Buffer | undefined {
    if (!this.keeps) return undefined;
    // a folder whose name is no id has no entry: its stages give the input error (a long name
    // would otherwise fail here, as a path too long)
    if (!ID.test(id)) return undefined;
    const path = this.path(id, key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return deserialise(bytes, true) && bytes;
  }

  /** Keeps the entry of a document just built (a temporary file renamed into place). */
  write(id: string, key: string, bytes: Buffer): void {
    if (!this.keeps) return;
    const path = this.path(id, key);
    const pending = `${path}.tmp-${process.pid}`;
    try {
      writeFileSync(pending, bytes);
    } catch (e) {
      // a full disk: no entry half written is left, and the message names the file
      rmSync(pending, { force: true });
      throw located(e, pending);
    }
    renameSync(pending, path);
  }

  /** An entry's bytes, as read (checksum verified) or written for this document, read as an entry. */
  entry(id: string, bytes: Buffer): Entry {
    const entry = deserialise(bytes, false);
    if (!entry) throw new Error(`the cache entry of ${id} is not one of this layout`);
    return entry;
  }

  /** Removes the entries of these documents under other keys (their inputs or the pipeline changed). */
  prune(current: Map<string, string>): void {
    for (const name of readdirSync(this.dir)) {
      const m = ENTRY.exec(name);
      if (m && current.has(m[1] as string) && current.get(m[1] as string) !== m[2])
        rmSync(join(this.dir, name), { force: true });
    }
  }

  /** Entries a killed build left half written (their process is gone). */
  private clearPending(): void {
    for (const name of readdirSync(this.dir)) {
      const m = PENDING.exec(name);
      if (m && !alive(Number(m[1]))) rmSync(join(this.dir, name), { force: true });
    }
  }
}
