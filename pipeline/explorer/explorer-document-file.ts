import { fail, type Problem } from '../lib/errors.js';
import type { Tables } from '../records/tables.js';
import { explorerData } from './explorer-data.js';
import { scriptFile } from './explorer-script-file.js';

/** Document ids that would name a page of the list of documents (`explorer/documents-<n>.js`). */
export const RESERVED_DOCUMENT_ID = /^documents-[0-9]+$/;

/**
 * Refuses a document id the explorer cannot give a file of its own. `at` says where the id
 * stands, asked only when it is refused: locating a value in a file parses the file again.
 */
export function requireExplorerName(
  documentId: string,
  at: () => Pick<Problem, 'file' | 'line' | 'column' | 'field'>,
): void {
  if (RESERVED_DOCUMENT_ID.test(documentId))
    fail({
      ...at(),
      problem: 'the document id is reserved',
      expected: 'an id not of the form "documents-<number>"',
      found: JSON.stringify(documentId),
      fix: `rename the document (its folder and "id"): explorer/${documentId}.js is a page of the explorer's list of documents`,
    });
}

/** The file of one document: `explorer/<document_id>.js`. */
export const documentFileName = (documentId: string) => `explorer/${documentId}.js`;

/**
 * `explorer/<document_id>.js`: one document's records with the paragraphs they quote, keyed by
 * paragraph, its actors, documents row and headline totals, for the page to load when the
 * document is selected. `tables` holds that document's rows only; `text` is its text. Pure.
 */
export function explorerDocumentFile(
  tables: Tables,
  text: string,
): { name: string; content: string } {
  const d = tables.documents[0];
  if (!d || tables.documents.length !== 1)
    throw new Error(`explorer: one document's rows expected, ${tables.documents.length} found`);
  const id = String(d.document_id);
  requireExplorerName(id, () => ({ file: documentFileName(id) }));
  return scriptFile(documentFileName(id), explorerData(tables, text));
}
