import { join } from 'node:path';
import type { AgreementReport } from '../agreement/report.js';
import { stage } from '../lib/atomic-folder.js';
import {
  requireCacheOutside,
  requireOnlyListed,
  requireReplaceable,
} from '../lib/output-folder.js';
import { addCounts, tally } from '../lib/tally.js';
import { workbookName } from '../metadata/home.js';
import { renderMetadata } from '../metadata/render-metadata.js';
import type { ReleaseInfo } from '../metadata/to-datapackage.js';
import { toLicence } from '../metadata/to-licence.js';
import type { Digest } from '../records/digest.js';
import { TABLES, type Tables } from '../records/tables.js';
import { sheetFragment, writeWorkbook } from '../write/to-workbook.js';
import { ANCHOR_STATUSES, type AnchorStatus } from './anchor.js';
import { COVERAGE_STATUSES, type CoverageStatus } from './coverage.js';
import type { EntryBytes } from './document-entry.js';
import { partsOfTables } from './document-parts.js';
import { type Entry, PartsCache, serialise } from './parts-cache.js';
import { type Publication, Publisher, sha256sums } from './publish.js';

/** What a build did: the digest of its tables, its checks, its files, and what the cache saved. */
export interface BuildSummary {
  digest: Digest;
  anchors: Record<AnchorStatus, number>;
  coverage: Record<CoverageStatus, number>;
  documents: number;
  /** Documents whose per-document stages ran, and those taken from the cache unchanged. */
  built: number;
  reused: number;
  files: Publication;
}

export interface BuildOptions {
  /** The cache folder; none (false or absent): nothing is kept, every document is built. */
  cache?: string | false;
  onProgress?: (done: number, total: number) => void;
  whileLocked?: () => void;
}

/** One document's entry, from the cache or built (perhaps by a worker, hence perhaps later). */
export type NextEntry = (id: string, cache: PartsCache) => EntryBytes | Promise<EntryBytes>;

/** Documents read ahead of the one being written, so that workers always have one to build. */
const AHEAD = 8;

/**
 * Publishes documents one at a time into a new folder that replaces `outDir` as a whole once
 * everything is written: `next` gives each document's entry (built, or from the cache), whose
 * pieces are appended to every file; then the files that need every document. Memory holds one
 * document and the digest, never every row.
 */
export async function publishDocuments(
  rawDir: string | undefined,
  outDir: string,
  release: ReleaseInfo,
  options: BuildOptions,
  ids: string[],
  next: NextEntry,
): Promise<BuildSummary> {
  requireReplaceable(outDir, rawDir);
  if (options.cache) requireCacheOutside(options.cache, outDir, rawDir);
  const staging = stage(outDir);
  let summary: BuildSummary;
  try {
    const cache = options.cache
      ? new PartsCache(options.cache)
      : new PartsCache(join(staging.dir, '.cache'), false);
    const publisher = new Publisher(staging.dir);
    const run = await streamDocuments(inKeyOrder(ids), cache, publisher, next, options.onProgress);
    await finishPublication(publisher, release);
    if (options.cache) cache.prune(run.keys);
    // under the lock: nothing was saved into OUT since the build began
    requireOnlyListed(outDir);
    summary = {
      ...run.counts,
      documents: ids.length,
      digest: publisher.totals.digest,
      files: sortedFiles(publisher.files),
    };
  } catch (e) {
    staging.abort();
    throw e;
  }
  // from here on the new folder is whole: a failure leaves it or the old one, never a mix
  staging.commit(options.whileLocked);
  return summary;
}

/**
 * Folders in the order their rows sort: every key of a document's rows begins "<id>:", so the
 * documents in the order of "<id>:" give every table in key order by concatenation.
 */
export const inKeyOrder = (folders: string[]) =>
  folders
    .map((f) => `${f}:`)
    .sort()
    .map((k) => k.slice(0, -1));

async function streamDocuments(
  ids: string[],
  cache: PartsCache,
  publisher: Publisher,
  next: NextEntry,
  onProgress: (done: number, total: number) => void = () => undefined,
) {
  const counts = { built: 0, reused: 0 };
  const anchors = tally(ANCHOR_STATUSES);
  const covered = tally(COVERAGE_STATUSES);
  const keys = new Map<string, string>();
  const ahead: Promise<EntryBytes>[] = [];
  const start = (id: string) => {
    // an error, thrown now or later, is thrown when its document's turn comes: in document order
    const p = new Promise<EntryBytes>((resolve) => resolve(next(id, cache)));
    p.catch(() => undefined);
    ahead.push(p);
  };
  ids.slice(0, AHEAD).forEach(start);
  for (const [i, id] of ids.entries()) {
    const { key, built, bytes } = await (ahead.shift() as Promise<EntryBytes>);
    if (i + AHEAD < ids.length) start(ids[i + AHEAD] as string);
    keys.set(id, key);
    counts[built ? 'built' : 'reused']++;
    const entry: Entry = cache.entry(id, bytes);
    publisher.add(entry);
    addCounts(anchors, entry.facts.anchors);
    addCounts(covered, entry.facts.coverage);
    onProgress(counts.built + counts.reused, ids.length);
  }
  return { counts: { ...counts, anchors, coverage: covered }, keys };
}

const sortedFiles = (files: Publication): Publication =>
  new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));

/** The files that need every document, written once the last one is: see Publisher. */
async function finishPublication(publisher: Publisher, release: ReleaseInfo): Promise<void> {
  publisher.closeStreams();
  const { digest, agreements } = publisher.totals;
  const workbook = workbookName();
  await publisher.tableFiles(async () => {
    publisher.files.set(
      workbook,
      await writeWorkbook(join(publisher.dir, workbook), toLicence(digest), release.created, (t) =>
        t === 'documents'
          ? [sheetFragment('documents', digest.documents)]
          : publisher.sheetPieces(t),
      ),
    );
    publisher.dropSpool();
  });
  publisher.explorer.finish(release);
  for (const [name, text] of renderMetadata(release)(digest, publisher.files, agreements))
    publisher.whole(name, text);
  publisher.whole('SHA256SUMS', sha256sums(publisher.files));
}

/**
 * Publishes whole tables (of one or more documents, with each document's text) the way a build
 * does, through the same writers: for tests and tools that hold the rows already.
 */
export function publishTables(
  outDir: string,
  tables: Tables,
  release: ReleaseInfo,
  texts: Map<string, string>,
  agreements: AgreementReport[] = [],
  options: Omit<BuildOptions, 'cache'> = {},
): Promise<BuildSummary> {
  const ofDocument = (id: string) =>
    Object.fromEntries(
      TABLES.map((t) => [t, tables[t].filter((r) => r.document_id === id)]),
    ) as unknown as Tables;
  return publishDocuments(
    undefined,
    outDir,
    release,
    { ...options, cache: false },
    [...texts.keys()],
    (id, cache) => {
      const agreement = agreements.find((a) => a.document_id === id) ?? null;
      const parts = partsOfTables(ofDocument(id), texts.get(id) ?? '', {
        anchors: tally(ANCHOR_STATUSES),
        coverage: tally(COVERAGE_STATUSES),
        agreement,
      });
      const key = '0'.repeat(64);
      const bytes = serialise(parts);
      cache.write(id, key, bytes);
      return { key, bytes, built: true };
    },
  );
}
