import search from 'approx-string-match';
import type { Annotation, Selector } from '../annotations.js';
import type { CodePointText } from '../lib/code-points.js';

export const ANCHOR_STATUSES = ['exact', 'moved', 'fuzzy', 'ambiguous', 'orphaned'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export interface Anchor {
  id: string;
  kind: string;
  status: AnchorStatus;
  old: { start: number; end: number };
  /** Where the quote is now (exact, moved) or the best candidate (fuzzy). */
  new?: { start: number; end: number };
  exact: string;
  /**
   * For fuzzy and orphaned: the candidate (the best approximate match, or for a quote found out
   * of its context the same words), its score in [0, 1] and why it was not taken.
   */
  candidate?: string;
  score?: number;
  reason?: string;
}

/** Context kept on each side of a quote. */
export const CONTEXT = 32;

/**
 * Share of the stored context (prefix and suffix) that must still surround a quote found
 * elsewhere for it to count as moved. Below it, the quote may be another mention of the same
 * words (a date stated twice, say) while the annotated words themselves were changed, so the
 * match is only proposed (fuzzy), with the share of its context that agrees as its score.
 */
export const MIN_CONTEXT = 0.25;

/** Smallest score for an approximate candidate (a match of other words) to be offered at all. */
export const MIN_FUZZY_SCORE = 0.75;

/**
 * Anchoring stage: resolves each annotation's selector against the text, after the
 * Hypothesis order (position, exact search, approximate search), but strict: a fuzzy
 * match is only ever proposed, and never one that changes a digit. Pure.
 */
export function anchorAnnotations(t: CodePointText, annotations: Annotation[]): Anchor[] {
  return annotations.map((a) => anchorOne(t, a));
}

export function anchorOne(t: CodePointText, a: Annotation): Anchor {
  const s = a.selector;
  const old = { start: s.start, end: s.end };
  if (s.end <= t.length && s.start < s.end && t.slice(s.start, s.end) === s.exact) {
    // nearly every quote is where it was: its anchor is written out whole, as spreading `base`
    // into it cost ten times the rest of the check
    const now = { start: s.start, end: s.end };
    return { id: a.id, kind: a.kind, old, exact: s.exact, status: 'exact', new: now };
  }
  const base = { id: a.id, kind: a.kind, old, exact: s.exact };
  const hits = occurrences(t, s.exact);
  if (hits.length > 0) {
    const best = pick(
      t,
      s,
      hits.map((start) => ({ start, end: start + [...s.exact].length })),
    );
    if (best === 'tie')
      return {
        ...base,
        status: 'ambiguous',
        reason: `the quote occurs ${hits.length} times and context does not decide`,
      };
    const stored = [...s.prefix].length + [...s.suffix].length;
    const agree = contextScore(t, s, best);
    if (stored > 0 && agree < stored * MIN_CONTEXT) {
      // The same words, but hardly their context: the sentence was reworded around them, or the
      // annotated words changed (a date's year, say) and these are another mention of the
      // same words. Only a person can tell, so it is proposed, never taken.
      return {
        ...base,
        status: 'fuzzy',
        new: best,
        candidate: s.exact,
        score: Math.round((agree / stored) * 1000) / 1000,
        reason: `the quote stands elsewhere, but only ${agree} of its ${stored} context characters agree there: accept it with \`make reanchor ACCEPT=${a.id}\` only if it is the same mention`,
      };
    }
    return { ...base, status: 'moved', new: best };
  }
  return fuzzy(t, s, base);
}

/** Code point starts of every occurrence of `quote`. */
function occurrences(t: CodePointText, quote: string): number[] {
  const out: number[] = [];
  for (let u = t.text.indexOf(quote); u !== -1; u = t.text.indexOf(quote, u + 1))
    out.push(t.codePoint(u));
  return out;
}

interface Candidate {
  start: number;
  end: number;
}

/** Best candidate by context (prefix and suffix), then by nearness to the old offsets. */
function pick(t: CodePointText, s: Selector, candidates: Candidate[]): Candidate | 'tie' {
  const scored = candidates
    .map((c) => ({ c, context: contextScore(t, s, c), distance: Math.abs(c.start - s.start) }))
    .sort((x, y) => y.context - x.context || x.distance - y.distance);
  const [first, second] = scored;
  if (!first) return 'tie';
  if (second && second.context === first.context && second.distance === first.distance)
    return 'tie';
  return first.c;
}

/** Number of context code points that agree: prefix read backwards, suffix read forwards. */
function contextScore(t: CodePointText, s: Selector, c: Candidate): number {
  const before = [...t.slice(Math.max(0, c.start - CONTEXT), c.start)].reverse();
  const after = [...t.slice(c.end, Math.min(t.length, c.end + CONTEXT))];
  return common([...s.prefix].reverse(), before) + common([...s.suffix], after);
}

function common(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const digits = (s: string) => s.replace(/\D/g, '');

function fuzzy(t: CodePointText, s: Selector, base: Omit<Anchor, 'status'>): Anchor {
  const length = s.exact.length;
  const maxErrors = Math.floor(length * (1 - MIN_FUZZY_SCORE));
  const matches = maxErrors > 0 ? search(t.text, s.exact, maxErrors) : [];
  if (matches.length === 0)
    return {
      ...base,
      status: 'orphaned',
      reason: 'the quote is not in the text, nor anything close to it',
    };
  const minErrors = Math.min(...matches.map((m) => m.errors));
  const best = matches
    .filter((m) => m.errors === minErrors)
    .map((m) => ({ start: t.codePoint(m.start), end: t.codePoint(m.end) }));
  const unique = [...new Map(best.map((c) => [`${c.start}-${c.end}`, c])).values()];
  const chosen = pick(t, s, unique);
  const score = Math.round((1 - minErrors / length) * 1000) / 1000;
  if (chosen === 'tie')
    return {
      ...base,
      status: 'ambiguous',
      score,
      reason: `${unique.length} approximate candidates score the same`,
    };
  const candidate = t.slice(chosen.start, chosen.end);
  if (digits(candidate) !== digits(s.exact)) {
    return {
      ...base,
      status: 'orphaned',
      candidate,
      score,
      reason: 'the only close candidate changes a digit, which is never accepted',
    };
  }
  return {
    ...base,
    status: 'fuzzy',
    new: chosen,
    candidate,
    score,
    reason: `approximate match: confirm it with \`make reanchor ACCEPT=${base.id}\``,
  };
}

/** A selector for the span [start, end) of the text, with fresh context. */
export function selectorAt(t: CodePointText, start: number, end: number): Selector {
  return {
    start,
    end,
    exact: t.slice(start, end),
    prefix: t.slice(Math.max(0, start - CONTEXT), start),
    suffix: t.slice(end, Math.min(t.length, end + CONTEXT)),
  };
}
