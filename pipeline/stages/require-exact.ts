import { InputError, show } from '../lib/errors.js';
import type { Anchor } from './anchor.js';
import type { SourceDocument } from './ingest.js';
import type { ParsedAnnotations } from './parse-annotations.js';

/** A build only uses annotations whose stored offsets still hold their quote. */
export function requireExact(
  doc: SourceDocument,
  parsed: ParsedAnnotations,
  anchors: Anchor[],
): void {
  const bad = anchors.filter((a) => a.status !== 'exact');
  if (bad.length === 0) {
    requireWholeGraphemes(doc, parsed, anchors);
    return;
  }
  throw new InputError(
    bad.map((a) => {
      const found = doc.text.slice(
        Math.min(a.old.start, doc.text.length),
        Math.min(a.old.end, doc.text.length),
      );
      return {
        file: parsed.file.file,
        ...parsed.file.locate(['annotations', parsed.index.get(a.id) ?? 0, 'selector']),
        id: a.id,
        field: 'selector.exact',
        problem: `the quote is not at its offsets ${a.old.start}–${a.old.end} (re-anchoring status: ${a.status}${a.new ? `, found at ${a.new.start}–${a.new.end}` : ''})`,
        expected: show(a.exact),
        found: show(found),
        fix:
          a.status === 'moved'
            ? 'run `make reanchor` to record the new offsets'
            : a.exact.normalize('NFC') !== a.exact &&
                doc.text.text.includes(a.exact.normalize('NFC'))
              ? 'the quote differs from the text only in Unicode normalisation (the text is NFC, the quote is not): copy the quote from text.txt, or normalise it to NFC'
              : 'correct the selector (start, end, exact) so the quote is the text at its offsets, or run `make reanchor` for a report',
      };
    }),
  );
}

/**
 * A span never splits a grapheme cluster (a letter and its combining marks, an emoji sequence
 * joined by ZWJ, a flag): its start and end are boundaries Intl.Segmenter finds in the text.
 */
function requireWholeGraphemes(
  doc: SourceDocument,
  parsed: ParsedAnnotations,
  anchors: Anchor[],
): void {
  const text = doc.text.text;
  // only texts with marks, joiners, variation selectors or astral characters can split
  if (
    !/[\p{M}\p{Extended_Pictographic}\p{Regional_Indicator}\u{10000}-\u{10ffff}]|\u200d/u.test(text)
  )
    return;
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text);
  const boundaries = new Set<number>([text.length]);
  for (const g of graphemes) boundaries.add(g.index);
  const problems = anchors.flatMap((a) => {
    const split = [a.old.start, a.old.end].find((cp) => !boundaries.has(doc.text.unit(cp)));
    if (split === undefined) return [];
    const cluster = graphemes.containing(doc.text.unit(split))?.segment ?? '';
    return [
      {
        file: parsed.file.file,
        ...parsed.file.locate(['annotations', parsed.index.get(a.id) ?? 0, 'selector']),
        id: a.id,
        field: split === a.old.start ? 'selector.start' : 'selector.end',
        problem: `the span splits a grapheme cluster at offset ${split}`,
        expected:
          'start and end at the boundaries of user-perceived characters (a letter with its marks, a whole emoji sequence)',
        found: `${show(a.exact)}, cut inside ${show(cluster)}`,
        fix: 'move the offset to include or leave out the whole character, then run `make reanchor`',
      },
    ];
  });
  if (problems.length > 0) throw new InputError(problems);
}
