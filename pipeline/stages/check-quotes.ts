import { join } from 'node:path';
import { codePointText } from '../lib/code-points.js';
import { type Problem, show } from '../lib/errors.js';
import { sha256 } from '../lib/hash.js';
import type { Tables } from '../records/tables.js';
import { sourcePath } from './publish.js';

/** Where two texts first differ, in code points of the document: "; first difference at 10293: "g", not "G"". */
function difference(quote: string, actual: string, start: number): string {
  const [q, a] = [[...quote], [...actual]];
  let i = 0;
  while (i < q.length && q[i] === a[i]) i++;
  return `; first difference at ${start + i}: ${show(a[i] ?? '')}, not ${show(q[i] ?? '')}`;
}

/**
 * Every quote of every table checked against the published source texts alone (the files read
 * and verified against SHA256SUMS): each document's
 * `sources/<document_id>.txt` must have the size and SHA-256 its documents row gives, and every
 * row's quote must be the text between its span_start and span_end (code points).
 */
export function quoteProblems(dir: string, tables: Tables, files: Map<string, Buffer>): Problem[] {
  const problems: Problem[] = [];
  const texts = new Map<string, ReturnType<typeof codePointText>>();
  for (const d of tables.documents) {
    const name = sourcePath(String(d.document_id));
    const path = join(dir, name);
    const bytes = files.get(name);
    if (!bytes) {
      problems.push({
        file: path,
        problem: 'the source text of a document is missing',
        expected: `the text of ${show(d.document_id)}, which every span counts into`,
        found: 'no such file listed in SHA256SUMS',
        fix: 'download the whole folder again or rebuild it',
      });
      continue;
    }
    if (bytes.length !== d.bytes || sha256(bytes) !== d.sha256)
      problems.push({
        file: path,
        id: String(d.document_id),
        problem: 'the source text differs from the one the dataset was built from',
        expected: `${String(d.bytes)} bytes with SHA-256 ${String(d.sha256)} (documents.json)`,
        found: `${bytes.length} bytes with SHA-256 ${sha256(bytes)}`,
        fix: 'download the whole folder again or rebuild it',
      });
    texts.set(String(d.document_id), codePointText(bytes.toString('utf8')));
  }
  for (const [table, rows] of Object.entries(tables)) {
    if (table === 'documents') continue;
    for (const row of rows) {
      const text = texts.get(String(row.document_id));
      if (!text) continue;
      const actual = text.slice(Number(row.span_start), Number(row.span_end));
      if (actual !== row.quote)
        problems.push({
          file: join(dir, `${table}.json`),
          id: String(Object.values(row)[0]),
          field: 'quote',
          problem: `the quote is not the text of ${sourcePath(String(row.document_id))} at its offsets`,
          expected: show(row.quote),
          found: `${show(actual)} at ${String(row.span_start)}–${String(row.span_end)}${difference(String(row.quote), actual, Number(row.span_start))}`,
          fix: 'the source text or the table was changed: download the whole folder again or rebuild it',
        });
    }
  }
  return problems;
}
