import type { AnnotationFile } from '../annotations.js';
import { type Anchor, type AnchorStatus, anchorAnnotations, selectorAt } from './anchor.js';
import type { SourceDocument } from './ingest.js';
import type { ParsedAnnotations } from './parse-annotations.js';

export interface ReanchorPlan {
  document_id: string;
  anchors: Anchor[];
  counts: Record<AnchorStatus, number>;
  /** Whether every annotation can be placed (exact, moved, or fuzzy and accepted). */
  ok: boolean;
  /** The files' new contents when ok and something changed; undefined otherwise. */
  annotationsText?: string;
  metadataText?: string;
}

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
  const counts: Record<AnchorStatus, number> = {
    exact: 0,
    moved: 0,
    fuzzy: 0,
    ambiguous: 0,
    orphaned: 0,
  };
  for (const a of anchors) counts[a.status]++;
  const placed = (a: Anchor) =>
    a.status === 'exact' || a.status === 'moved' || (a.status === 'fuzzy' && accept.has(a.id));
  const ok = anchors.every(placed);
  const plan: ReanchorPlan = { document_id: doc.id, anchors, counts, ok };
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
