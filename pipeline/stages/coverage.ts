import { type Annotation, QUOTED_FIELDS } from '../annotations.js';
import { codePointLength, lineLocator } from '../lib/code-points.js';
import { type Problem, show } from '../lib/errors.js';
import { tally } from '../lib/tally.js';
import { findMentions, type Mention } from './find-mentions.js';
import type { SourceDocument } from './ingest.js';

export const COVERAGE_STATUSES = ['covered', 'excluded', 'uncovered'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export interface CoveredMention extends Mention {
  status: CoverageStatus;
  /** The annotation that covers or excludes it. */
  by?: string;
  /** For excluded mentions: the exclusion's reason. */
  reason?: string;
}

export interface CoverageReport {
  document_id: string;
  mentions: CoveredMention[];
  totals: Record<CoverageStatus, number>;
}

interface Region {
  start: number;
  end: number;
  annotation: Annotation;
}

/** Whole spans of these kinds are values; other value kinds cover only their value words. */
const WHOLE = new Set(['date', 'time', 'timezone', 'exclusion']);

/**
 * The regions of the text whose words become values: dates, times and time zones whole; the
 * count, object, weapon and origin words of casualties, damage and munitions; exclusions whole.
 * A mention inside a long incident or claim span is not covered by that span alone.
 */
export function valueRegions(annotations: Annotation[]): Region[] {
  const regions: Region[] = [];
  for (const a of annotations) {
    if (WHOLE.has(a.kind)) {
      regions.push({ start: a.selector.start, end: a.selector.end, annotation: a });
      continue;
    }
    for (const field of QUOTED_FIELDS) {
      const words = (a as unknown as Record<string, unknown>)[field];
      if (typeof words !== 'string') continue;
      const at = a.selector.exact.indexOf(words);
      if (at === -1) continue;
      const start = a.selector.start + codePointLength(a.selector.exact.slice(0, at));
      regions.push({ start, end: start + codePointLength(words), annotation: a });
    }
  }
  return regions;
}

/** Coverage stage: every mention is covered by a value, excluded with a reason, or uncovered. Pure. */
export function coverage(doc: SourceDocument, annotations: Annotation[]): CoverageReport {
  const regions = valueRegions(annotations);
  const mentions = findMentions(doc.text).map((m): CoveredMention => {
    const { value, exclusion } = regionsAround(regions, m);
    // each field written out: spreading the mention into a new object cost more than finding it
    const { type, start, end, text } = m;
    if (value) return { type, start, end, text, status: 'covered', by: value.annotation.id };
    if (exclusion?.annotation.kind === 'exclusion') {
      const { id, reason } = exclusion.annotation;
      return { type, start, end, text, status: 'excluded', by: id, reason };
    }
    return { type, start, end, text, status: 'uncovered' };
  });
  const totals = tally(COVERAGE_STATUSES, mentions);
  return { document_id: doc.id, mentions, totals };
}

/** The first value region and the first exclusion that hold the mention whole. */
function regionsAround(regions: Region[], m: Mention): { value?: Region; exclusion?: Region } {
  let exclusion: Region | undefined;
  for (const r of regions) {
    if (r.start > m.start || m.end > r.end) continue;
    if (r.annotation.kind !== 'exclusion') return { value: r };
    exclusion ??= r;
  }
  return { exclusion };
}

/** Each uncovered mention as a problem at its line and column in the article. Pure. */
export function uncoveredProblems(doc: SourceDocument, report: CoverageReport): Problem[] {
  const at = lineLocator(doc.text);
  return report.mentions
    .filter((m) => m.status === 'uncovered')
    .map((m) => ({
      file: doc.raw.textPath,
      ...at(m.start),
      problem: `the ${m.type.replace('_', ' ')} is not covered by any annotation`,
      expected:
        'an annotation whose value words are the mention (a date, time or count), or an exclusion with its reason',
      found: `${show(m.text)} at offsets ${m.start}–${m.end}, uncovered`,
      fix: 'annotate the value in annotations.json, or add an exclusion that says why it is no data; `make coverage` lists what remains',
    }));
}
