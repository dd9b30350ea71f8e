import type { Tables } from '../records/tables.js';

/** What the explorer takes of one document: its data file, its line in the list, its timeline. */
export interface ExplorerParts {
  file: { name: string; content: string };
  summary: unknown;
  timeline: unknown;
}

export function explorerParts(tables: Tables, _text: string): ExplorerParts {
  return {
    file: { name: `explorer/${String(tables.documents[0]?.document_id)}.js`, content: '' },
    summary: {},
    timeline: {},
  };
}

/** The explorer's files, written as the documents come: one per document, the list in pages, then the page. */
export class ExplorerWriter {
  constructor(private readonly write: (name: string, data: string | Uint8Array) => void) {}
  add(facts: { explorer: { file: string } }, content: Uint8Array): void {
    this.write(facts.explorer.file, content);
  }
  finish(_digest: unknown, _release: unknown): void {
    this.write('index.html', '');
    this.write('timeline.svg', '');
  }
}

/** The names of the explorer's files for these tables. */
export const explorerFileNames = (tables: Tables): string[] => [
  'index.html',
  'timeline.svg',
  ...tables.documents.map((d) => `explorer/${String(d.document_id)}.js`),
];
