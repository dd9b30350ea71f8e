import type { AnnotationFile } from '../annotations.js';
import { type Problem, show } from '../lib/errors.js';
import { tally } from '../lib/tally.js';
import {
  ANCHOR_STATUSES,
  type Anchor,
  type AnchorStatus,
  anchorAnnotations,
  selectorAt,
} from './anchor.js';
import type { SourceDocument } from './ingest.js';
import type { ParsedAnnotations } from './parse-annotations.js';

export interface ReanchorPlan {
  document_id: string;
  anchors: Anchor[];
  counts: Record<AnchorStatus, number>;
  /** Ids of the fuzzy matches a person accepted. */
  accepted: string[];
  /** Whether every annotation can be placed (exact, moved, or fuzzy and accepted). */
  ok: boolean;
  /** The files' new contents when ok and something changed; undefined otherwise. */
  annotationsText?: string;
  metadataText?: string;
}

const placed = (a: Anchor, accept: Set<string>) =>
  a.status === 'exact' || a.status === 'moved' || (a.status === 'fuzzy' && accept.has(a.id));

/**
 * Re-anchoring stage: places every annotation in the current text and, when all of them are
 * exact or moved (or fuzzy and accepted by a person), gives the rewritten annotation file with
 * fresh offsets and context and the metadata with the text's new checksum and sizes. Pure.
 */
export function planReanchor(
  doc: SourceDocument,
  parsed: ParsedAnnotations,
  accept: Set<string>,
): ReanchorPlan {
  const anchors = anchorAnnotations(doc.text, parsed.annotations);
  const counts = tally(ANCHOR_STATUSES, anchors);
  const ok = anchors.every((a) => placed(a, accept));
  const accepted = anchors.filter((a) => a.status === 'fuzzy' && accept.has(a.id)).map((a) => a.id);
  const plan: ReanchorPlan = { document_id: doc.id, anchors, counts, accepted, ok };
  if (!ok) return plan;
  const file = structuredClone(parsed.file.value) as AnnotationFile;
  file.annotations.forEach((annotation, i) => {
    const anchor = anchors[i] as Anchor;
    const at = anchor.new ?? anchor.old;
    annotation.selector = selectorAt(doc.text, at.start, at.end);
  });
  const annotationsText = `${JSON.stringify(file, null, 2)}\n`;
  const metadata = {
    ...(JSON.parse(doc.raw.metadataText) as Record<string, unknown>),
    ...doc.actual,
  };
  const metadataText = `${JSON.stringify(metadata, null, 2)}\n`;
  if (annotationsText !== doc.raw.annotationsText) plan.annotationsText = annotationsText;
  if (metadataText !== doc.raw.metadataText) plan.metadataText = metadataText;
  return plan;
}

/** An `--accept` entry: `<document>:<id>` or a bare `<id>`. */
const parseEntry = (entry: string): [string | undefined, string] => {
  const colon = entry.indexOf(':');
  return colon === -1 ? [undefined, entry] : [entry.slice(0, colon), entry.slice(colon + 1)];
};

/**
 * The ids `--accept` names in one document: `<document>:<id>`, or a bare `<id>` (which must then
 * be fuzzy in one document only; acceptProblems checks it).
 */
export function acceptedIn(accept: Set<string>, documentId: string): Set<string> {
  const ids = [...accept].flatMap((entry) => {
    const [document, id] = parseEntry(entry);
    return document === undefined || document === documentId ? [id] : [];
  });
  return new Set(ids);
}

/**
 * Each `--accept` entry that does not name exactly one fuzzy match, as a problem: a typo, a stale
 * id, or a bare id fuzzy in several documents must not pass unnoticed. At the annotation in its
 * file when the id exists. Pure.
 */
export function acceptProblems(
  rawDir: string,
  documents: { parsed: ParsedAnnotations; plan: ReanchorPlan }[],
  accept: Set<string>,
): Problem[] {
  const name = (document: string, id: string) => (documents.length > 1 ? `${document}:${id}` : id);
  const fuzzy = documents.flatMap(({ plan }) =>
    plan.anchors
      .filter((a) => a.status === 'fuzzy')
      .map((a) => ({ document: plan.document_id, id: a.id })),
  );
  const expected =
    fuzzy.length > 0
      ? `the id of a fuzzy match: ${fuzzy.map((f) => show(name(f.document, f.id))).join(', ')}`
      : 'the id of a fuzzy match, but no annotation is fuzzy';
  const fix =
    'run `make reanchor` without ACCEPT to see the report, then accept only ids it lists as fuzzy, once their candidates are right';
  const problems: Problem[] = [];
  for (const entry of accept) {
    const [document, id] = parseEntry(entry);
    const matches = fuzzy.filter(
      (f) => f.id === id && (document === undefined || f.document === document),
    );
    if (matches.length === 1) continue;
    if (matches.length > 1) {
      problems.push({
        file: rawDir,
        field: '--accept',
        problem: '--accept names a fuzzy match in several documents',
        expected: `one of ${matches.map((f) => show(`${f.document}:${id}`)).join(', ')}`,
        found: show(entry),
        fix: 'name the document too: `--accept <document>:<id>`, for each match you checked',
      });
      continue;
    }
    const at = documents.find(
      ({ parsed, plan }) =>
        (document === undefined || plan.document_id === document) && parsed.index.has(id),
    );
    const anchor = at?.plan.anchors.find((a) => a.id === id);
    problems.push(
      at && anchor
        ? {
            file: at.parsed.file.file,
            ...at.parsed.file.locate([
              'annotations',
              at.parsed.index.get(anchor.id) ?? 0,
              'selector',
            ]),
            id: anchor.id,
            field: '--accept',
            problem: '--accept names an annotation that is not fuzzy',
            expected,
            found: `${show(entry)}, which is ${anchor.status}`,
            fix,
          }
        : {
            file: rawDir,
            field: '--accept',
            problem: '--accept names no annotation',
            expected,
            found: show(entry),
            fix,
          },
    );
  }
  return problems;
}

/** Each annotation re-anchoring could not place, as a problem at its selector in annotations.json. Pure. */
export function unplacedProblems(parsed: ParsedAnnotations, plan: ReanchorPlan): Problem[] {
  const accepted = new Set(plan.accepted);
  return plan.anchors
    .filter((a) => !placed(a, accepted))
    .map((a) => ({
      file: parsed.file.file,
      ...parsed.file.locate(['annotations', parsed.index.get(a.id) ?? 0, 'selector']),
      id: a.id,
      field: 'selector.exact',
      ...unplaced(a),
    }));
}

function unplaced(a: Anchor): Pick<Problem, 'problem' | 'expected' | 'found' | 'fix'> {
  const candidate = a.candidate === undefined ? '' : `${show(a.candidate)}, score ${a.score}: `;
  switch (a.status) {
    case 'fuzzy':
      if (a.candidate === a.exact)
        return {
          problem: 'the quote stands elsewhere, out of its context (fuzzy)',
          expected: `${show(a.exact)} in its context`,
          found: `the same words at ${a.new?.start}–${a.new?.end}, where ${Math.round((a.score ?? 0) * 100)}% of its context agrees (score ${a.score})`,
          fix: `if it is the same mention, accept it: \`make reanchor ACCEPT=${a.id}\`; if the words at its place changed (a digit, say), correct the selector and the values read from them by hand`,
        };
      return {
        problem: 'the quote is only approximately in the current text (fuzzy)',
        expected: show(a.exact),
        found: `${show(a.candidate)} at ${a.new?.start}–${a.new?.end}, score ${a.score}`,
        fix: `if the match is right, accept it: \`make reanchor ACCEPT=${a.id}\`; otherwise correct the selector (start, end, exact) by hand`,
      };
    case 'ambiguous':
      return {
        problem: 'the quote cannot be placed in the current text (ambiguous)',
        expected: `one place for ${show(a.exact)}`,
        found: `${candidate}${a.reason}`,
        fix: 'set the selector (start, end, prefix, suffix) by hand to the place meant',
      };
    default:
      return {
        problem: 'the quote is no longer in the current text (orphaned)',
        expected: show(a.exact),
        found: `${candidate}${a.reason}`,
        fix: 'correct the selector (start, end, exact) to the words now in the text, and the values read from them, or remove the annotation',
      };
  }
}
