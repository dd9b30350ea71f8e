import type { ReleaseInfo } from '../metadata/to-datapackage.js';
import { TABLES, type Tables } from '../records/tables.js';
import { explorerDocumentFile } from './explorer-document-file.js';
import {
  DOCUMENTS_PER_PAGE,
  type ExplorerDocument,
  explorerDocumentSummary,
  explorerDocumentsPage,
} from './explorer-documents-page.js';
import { EMPTY_OVERVIEW, explorerOverview, mergeOverviews } from './explorer-overview.js';
import { EMPTY_TIMELINE, mergeTimelines, timelineDigest } from './timeline-digest.js';
import { toExplorer } from './to-explorer.js';
import { toTimelineSvg } from './to-timeline-svg.js';

/** The rows of each document, in the order of the documents table. */
export function splitByDocument(tables: Tables): Tables[] {
  const parts = new Map<string, Tables>(
    tables.documents.map((d) => [
      String(d.document_id),
      Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Tables,
    ]),
  );
  for (const t of TABLES)
    for (const r of tables[t]) {
      const part = parts.get(String(r.document_id));
      if (!part)
        throw new Error(`explorer: a row of ${t} names no document (${String(r.document_id)})`);
      part[t].push(r);
    }
  return [...parts.values()];
}

/**
 * Every file of the explorer from whole tables: 'index.html', 'timeline.svg', one
 * 'explorer/<document_id>.js' per document and 'explorer/documents-<n>.js' per page of the
 * list, made one document at a time as a streaming build would. Pure.
 */
export function toExplorerFiles(
  tables: Tables,
  texts: Map<string, string>,
  release: ReleaseInfo,
): Map<string, string> {
  const files = new Map<string, string>();
  let [overview, digest] = [EMPTY_OVERVIEW, EMPTY_TIMELINE];
  let page: ExplorerDocument[] = [];
  const flush = () => {
    const n = Math.ceil(overview.documents / DOCUMENTS_PER_PAGE);
    const f = explorerDocumentsPage(n, page);
    files.set(f.name, f.content);
    page = [];
  };
  for (const part of splitByDocument(tables)) {
    const id = String(part.documents[0]?.document_id);
    const f = explorerDocumentFile(part, texts.get(id) ?? '');
    files.set(f.name, f.content);
    overview = mergeOverviews(overview, explorerOverview(part));
    digest = mergeTimelines(digest, timelineDigest(part));
    page.push(explorerDocumentSummary(part));
    if (page.length === DOCUMENTS_PER_PAGE) flush();
  }
  if (page.length > 0) flush();
  return new Map([
    ['index.html', toExplorer(overview, digest, release)],
    ['timeline.svg', toTimelineSvg(digest)],
    ...files,
  ]);
}
