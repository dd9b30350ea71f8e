import { explorerDocumentFile } from '../explorer/explorer-document-file.js';
import {
  DOCUMENTS_PER_PAGE,
  type ExplorerDocument,
  explorerDocumentSummary,
  explorerDocumentsPage,
} from '../explorer/explorer-documents-page.js';
import {
  EMPTY_OVERVIEW,
  type ExplorerOverview,
  explorerOverview,
  mergeOverviews,
} from '../explorer/explorer-overview.js';
import {
  EMPTY_TIMELINE,
  mergeTimelines,
  type TimelineDigest,
  timelineDigest,
} from '../explorer/timeline-digest.js';
import { toExplorer } from '../explorer/to-explorer.js';
import { toTimelineSvg } from '../explorer/to-timeline-svg.js';
import type { ReleaseInfo } from '../metadata/to-datapackage.js';
import type { Tables } from '../records/tables.js';

/** What the explorer takes of one document: its data file, its line in the list, its share of the page and timeline. */
export interface ExplorerParts {
  file: { name: string; content: string };
  summary: ExplorerDocument;
  overview: ExplorerOverview;
  timeline: TimelineDigest;
}

/** One document's explorer parts (`tables` holds that document's rows only). Pure. */
export function explorerParts(tables: Tables, text: string): ExplorerParts {
  return {
    file: explorerDocumentFile(tables, text),
    summary: explorerDocumentSummary(tables),
    overview: explorerOverview(tables),
    timeline: timelineDigest(tables),
  };
}

/**
 * The explorer's files, written as the documents come: each document's file, the list of
 * documents a page at a time, then index.html and timeline.svg from the folded overview and
 * timeline digest (both bounded, whatever the number of documents). The same files as
 * toExplorerFiles of the whole tables.
 */
export class ExplorerWriter {
  private overview = EMPTY_OVERVIEW;
  private timeline = EMPTY_TIMELINE;
  private page: ExplorerDocument[] = [];

  constructor(private readonly write: (name: string, data: string | Uint8Array) => void) {}

  add(parts: Omit<ExplorerParts, 'file'> & { file: string }, content: Uint8Array): void {
    this.write(parts.file, content);
    this.overview = mergeOverviews(this.overview, parts.overview);
    this.timeline = mergeTimelines(this.timeline, parts.timeline);
    this.page.push(parts.summary);
    if (this.page.length === DOCUMENTS_PER_PAGE) this.flush();
  }

  private flush(): void {
    const f = explorerDocumentsPage(
      Math.ceil(this.overview.documents / DOCUMENTS_PER_PAGE),
      this.page,
    );
    this.write(f.name, f.content);
    this.page = [];
  }

  finish(release: ReleaseInfo): void {
    if (this.page.length > 0) this.flush();
    this.write('index.html', toExplorer(this.overview, this.timeline, release));
    this.write('timeline.svg', toTimelineSvg(this.timeline));
  }
}
