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
  if (bad.length === 0) return;
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
            : 'correct the selector (start, end, exact) so the quote is the text at its offsets, or run `make reanchor` for a report',
      };
    }),
  );
}
