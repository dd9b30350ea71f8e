import { documentParts } from './document-parts.js';
import { type PartsCache, serialise } from './parts-cache.js';
import type { Gazetteer } from './read-gazetteer.js';
import { readDocument } from './read-raw.js';

/** What every document's stages are given: where the documents are, and the gazetteer. */
export interface DocumentSource {
  rawDir: string;
  gazetteer: Gazetteer;
  /** The gazetteer as the cache key takes it (what it gives the stages). */
  given: Uint8Array;
}

/** One document's cache entry: its key, whether it was built (not found), and its bytes. */
export interface EntryBytes {
  key: string;
  built: boolean;
  bytes: Buffer;
}

/**
 * One document, read and keyed by every byte its stages read: its entry from the cache when
 * nothing it is made of changed, else built (documentParts) and stored. Run by a worker of the
 * build, or by the main thread.
 */
export function documentEntry(
  source: DocumentSource,
  cache: PartsCache,
  folder: string,
): EntryBytes {
  const raw = readDocument(source.rawDir, folder);
  const key = cache.key(raw, source.given);
  const found = cache.read(folder, key);
  if (found) return { key, built: false, bytes: found };
  const bytes = serialise(documentParts(raw, source.gazetteer));
  cache.write(folder, key, bytes);
  return { key, built: true, bytes };
}
