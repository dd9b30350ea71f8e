import { type AgreementReport, readRecordedAgreement } from './agreement/report.js';
import { addCounts, tally } from './lib/tally.js';
import type { ReleaseInfo } from './metadata/to-datapackage.js';
import type { Tables } from './records/tables.js';
import { ANCHOR_STATUSES, type AnchorStatus, anchorAnnotations } from './stages/anchor.js';
import { type AnnotatedDocument, buildRecords, mergeTables } from './stages/build-records.js';
import { checkRelations } from './stages/check-relations.js';
import { COVERAGE_STATUSES, type CoverageStatus, coverage } from './stages/coverage.js';
import { type DocumentSource, documentEntry } from './stages/document-entry.js';
import { ingest, requireUnchanged } from './stages/ingest.js';
import { normalise } from './stages/normalise.js';
import { parseAnnotations } from './stages/parse-annotations.js';
import { canPool, outOfHeap, PartsPool, POOL_FROM } from './stages/parts-pool.js';
import {
  type BuildOptions,
  type BuildSummary,
  publishDocuments,
} from './stages/publish-documents.js';
import { type Gazetteer, readGazetteer } from './stages/read-gazetteer.js';
import { listDocuments, type RawDocument, readDocument } from './stages/read-raw.js';
import { requireExact } from './stages/require-exact.js';
import { checkKeys, validateRecords } from './stages/validate-records.js';

export interface BuildResult {
  tables: Tables;
  anchors: Record<AnchorStatus, number>;
  /** Mentions of numbers, dates, times and count words: covered, excluded, uncovered. */
  coverage: Record<CoverageStatus, number>;
  documents: number;
  /** Each document's text, for the explorer page's source paragraphs. */
  texts: Map<string, string>;
  /** The agreement figures recorded before reconciliation, of the documents that have them. */
  agreements: AgreementReport[];
}

/** One document read, checked, anchored exactly and normalised, with its validated records. */
export function annotateDocument(raw: RawDocument, gazetteer: Gazetteer) {
  const doc = ingest(raw);
  requireUnchanged(doc);
  const parsed = parseAnnotations(doc);
  const results = anchorAnnotations(doc.text, parsed.annotations);
  requireExact(doc, parsed, results);
  checkRelations(parsed, gazetteer);
  const annotated: AnnotatedDocument = {
    doc,
    parsed,
    normalised: normalise(parsed),
    coverage: coverage(doc, parsed.annotations),
    gazetteer,
  };
  return { annotated, results, tables: validateRecords(buildRecords([annotated]), [annotated]) };
}

/**
 * The pipeline, in one visible place, one document at a time:
 * read → ingest → parse annotations → anchor → check relations → normalise → build records →
 * validate; then the tables of all documents are merged and their keys checked across documents.
 * Everything after reading is pure; publishing is the only write.
 */
export function buildTables(
  rawDir: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): BuildResult {
  const anchors = tally(ANCHOR_STATUSES);
  const covered = tally(COVERAGE_STATUSES);
  const parts: Tables[] = [];
  const texts = new Map<string, string>();
  const agreements: AgreementReport[] = [];
  const folders = listDocuments(rawDir);
  const gazetteer = readGazetteer(rawDir);
  for (const folder of folders) {
    const raw = readDocument(rawDir, folder);
    const { annotated, results, tables } = annotateDocument(raw, gazetteer);
    const { doc } = annotated;
    addCounts(anchors, tally(ANCHOR_STATUSES, results));
    parts.push(tables);
    addCounts(covered, annotated.coverage.totals);
    texts.set(doc.id, doc.text.text);
    const agreement = readRecordedAgreement(raw);
    if (agreement) agreements.push(agreement);
    onProgress(parts.length, folders.length);
  }
  return {
    tables: checkKeys(mergeTables(parts)),
    anchors,
    coverage: covered,
    documents: folders.length,
    texts,
    agreements,
  };
}

/**
 * The build, streamed: the documents of RAW one at a time in key order, each through the
 * per-document stages above (or taken from the cache when nothing it is made of changed), its
 * pieces appended to every published file; then the files that need every document.
 */
export async function build(
  rawDir: string,
  outDir: string,
  release: ReleaseInfo,
  options: BuildOptions = {},
): Promise<BuildSummary> {
  const gazetteer = readGazetteer(rawDir);
  const source: DocumentSource = {
    rawDir,
    gazetteer,
    // what the gazetteer gives the documents' stages, as their cache key takes it
    given: Buffer.from(JSON.stringify([gazetteer.present, [...gazetteer.entries]])),
  };
  const folders = listDocuments(rawDir);
  const pooled = folders.length >= POOL_FROM && canPool();
  let pool: PartsPool | undefined;
  try {
    return await publishDocuments(rawDir, outDir, release, options, folders, (folder, cache) => {
      if (!pooled) return documentEntry(source, cache, folder);
      pool ??= new PartsPool(source, cache);
      return (
        pool
          .entry(folder)
          // a document too large for a worker's small heap is built here, as without workers
          .catch((e) => (outOfHeap(e) ? documentEntry(source, cache, folder) : Promise.reject(e)))
      );
    });
  } finally {
    await pool?.close();
  }
}
