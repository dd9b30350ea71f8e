import { TABLES, type TableName, type Tables } from '../records/tables.js';
import { type Headline, headlineOf } from './explorer-data.js';
import { type ExplorerDocument, explorerDocumentSummary } from './explorer-documents-page.js';

/**
 * What index.html says of the whole corpus, bounded in size whatever the number of documents.
 * It is computed one document at a time: `explorerOverview` of each document's rows, folded
 * with `mergeOverviews` in document order (associative; the first document is the one of the
 * left-most overview).
 */
export interface ExplorerOverview {
  /** Documents in the corpus; the list has ceil(documents / DOCUMENTS_PER_PAGE) pages. */
  documents: number;
  /** Rows per table in the corpus. */
  rows: Record<TableName, number>;
  /** The first document in document order, selected when the page opens, with its headline totals; null for none. */
  first: (ExplorerDocument & { headline: Headline[] }) | null;
}

/** The overview of one document (`tables` holds that document's rows only). Pure. */
export function explorerOverview(tables: Tables): ExplorerOverview {
  return {
    documents: tables.documents.length,
    rows: Object.fromEntries(TABLES.map((t) => [t, tables[t].length])) as Record<TableName, number>,
    first: { ...explorerDocumentSummary(tables), headline: headlineOf(tables) },
  };
}

/** The overview of the documents of `a` followed by those of `b`. Pure. */
export function mergeOverviews(a: ExplorerOverview, b: ExplorerOverview): ExplorerOverview {
  return {
    documents: a.documents + b.documents,
    rows: Object.fromEntries(TABLES.map((t) => [t, a.rows[t] + b.rows[t]])) as Record<
      TableName,
      number
    >,
    first: a.first ?? b.first,
  };
}

/** The overview of no document, the identity of mergeOverviews. */
export const EMPTY_OVERVIEW: ExplorerOverview = {
  documents: 0,
  rows: Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>,
  first: null,
};
