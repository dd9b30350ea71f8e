import { TABLES, type TableName, type Tables } from '../records/tables.js';
import { scriptFile } from './explorer-script-file.js';

/** The tables counted per document in the list (every table but documents). */
export const COUNTED = TABLES.filter((t) => t !== 'documents') as Exclude<TableName, 'documents'>[];

/** One document as the list of documents shows it: small and the same size for any corpus. */
export interface ExplorerDocument {
  document_id: string;
  title: string;
  publisher: string;
  address: string;
  licence: string;
  licence_url: string;
  /** The document's rows per table. */
  rows: Record<Exclude<TableName, 'documents'>, number>;
}

/** Documents per page of the list (`explorer/documents-<n>.js`). */
export const DOCUMENTS_PER_PAGE: number = 200;

/** The name of a page of the list of documents, counted from 1. */
export const documentsPageName = (page: number) => `explorer/documents-${page}.js`;

/** The list page the document at `index` (counted from 0, in document order) is on. */
export const pageOf = (index: number) => Math.floor(index / DOCUMENTS_PER_PAGE) + 1;

/** The summary of one document from its rows (`tables` holds that document's rows only). Pure. */
export function explorerDocumentSummary(tables: Tables): ExplorerDocument {
  const d = tables.documents[0];
  if (!d || tables.documents.length !== 1)
    throw new Error(`explorer: one document's rows expected, ${tables.documents.length} found`);
  return {
    document_id: String(d.document_id),
    title: String(d.title),
    publisher: String(d.publisher),
    address: String(d.address),
    licence: String(d.licence),
    licence_url: String(d.licence_url),
    rows: Object.fromEntries(COUNTED.map((t) => [t, tables[t].length])) as ExplorerDocument['rows'],
  };
}

/**
 * `explorer/documents-<page>.js`: the documents of one page of the list (page counted from 1,
 * at most DOCUMENTS_PER_PAGE documents, in document order), with the number of the first. Pure.
 */
export function explorerDocumentsPage(
  page: number,
  documents: ExplorerDocument[],
): { name: string; content: string } {
  if (!Number.isSafeInteger(page) || page < 1 || documents.length > DOCUMENTS_PER_PAGE)
    throw new Error(
      `explorer: page ${page} of ${documents.length} documents (pages count from 1, at most ${DOCUMENTS_PER_PAGE} documents each)`,
    );
  const first = (page - 1) * DOCUMENTS_PER_PAGE + 1;
  return scriptFile(documentsPageName(page), { page, first, documents });
}
