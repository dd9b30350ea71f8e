import type { Annotation, InclusionAnnotation, PlaceAnnotation } from '../annotations.js';
import { InputError, type Problem, show } from '../lib/errors.js';
import type { ParsedAnnotations } from './parse-annotations.js';
import type { Gazetteer } from './read-gazetteer.js';

/** The place annotation of each event or damage annotation it locates. */
export function placeOf(parsed: ParsedAnnotations): Map<string, PlaceAnnotation> {
  const out = new Map<string, PlaceAnnotation>();
  for (const a of parsed.annotations)
    if (a.kind === 'place') for (const id of a.located) if (!out.has(id)) out.set(id, a);
  return out;
}

/** The inclusion annotation of each figure that is part of a larger one. */
export function inclusionOf(parsed: ParsedAnnotations): Map<string, InclusionAnnotation> {
  const out = new Map<string, InclusionAnnotation>();
  for (const a of parsed.annotations)
    if (a.kind === 'inclusion' && !out.has(a.part)) out.set(a.part, a);
  return out;
}

/**
 * Checks what links records to each other: every place names a gazetteer entry; every event is
 * located by exactly one place and a damaged object by at most one; an inclusion joins two figures
 * of the same kind (the same outcome, or the same unit) that make records, a figure is part of at
 * most one other and no chain of inclusions loops; every role is the subject of a claim. Pure.
 */
export function checkRelations(parsed: ParsedAnnotations, gazetteer: Gazetteer): void {
  const problems: Problem[] = [];
  const at = (a: Annotation, field: string, p: Omit<Problem, 'file' | 'id' | 'field'>) =>
    problems.push({
      file: parsed.file.file,
      ...parsed.file.locate(['annotations', parsed.index.get(a.id) ?? 0, ...field.split('.')]),
      id: a.id,
      field,
      ...p,
    });
  const located = new Map<string, string>();
  const claimed = new Set(
    parsed.annotations.flatMap((a) => (a.kind === 'claim' ? a.subjects : [])),
  );
  const parts = new Map<string, string>();
  for (const a of parsed.annotations) {
    if (a.kind === 'place') {
      if (!gazetteer.present)
        at(a, 'gazetteer', {
          problem: 'a place needs the gazetteer, and the raw folder has none',
          expected: `${gazetteer.file} with the entry ${show(a.gazetteer)}`,
          found: 'no such file',
          fix: 'add the gazetteer beside the document folders (schemas/gazetteer.schema.json), each entry with the source and licence of its coordinates',
        });
      else if (!gazetteer.entries.has(a.gazetteer))
        at(a, 'gazetteer', {
          problem: 'the place names no gazetteer entry',
          expected: `the id of an entry of ${gazetteer.file}`,
          found: show(a.gazetteer),
          fix: 'correct the id, or add the entry with the source and licence of its coordinates',
        });
      a.located.forEach((id, j) => {
        const other = located.get(id);
        if (other !== undefined)
          at(a, `located.${j}`, {
            problem: 'the record is placed twice',
            expected: 'one place per event or damaged object',
            found: `${show(id)}, placed by ${show(other)} too`,
            fix: 'remove it from one of the two places',
          });
        else located.set(id, a.id);
      });
    } else if (a.kind === 'inclusion') {
      inclusionProblems(a, parsed, parts, at);
    } else if (a.kind === 'role' && !claimed.has(a.id)) {
      at(a, 'id', {
        problem: 'no claim names the role',
        expected: 'a claim annotation with the role among its subjects',
        found: 'none',
        fix: 'add the claim of whoever the text says asserts, confirms, reports or denies it',
      });
    }
  }
  for (const a of parsed.annotations)
    if ((a.kind === 'campaign' || a.kind === 'incident') && !located.has(a.id))
      at(a, 'id', {
        problem: 'the event has no place',
        expected: 'the event listed in the located of one place annotation',
        found: 'no place annotation locates it',
        fix: `add ${show(a.id)} to the located of the place the text gives for it`,
      });
  if (problems.length > 0) throw new InputError(problems);
}

type At = (a: Annotation, field: string, p: Omit<Problem, 'file' | 'id' | 'field'>) => void;

function inclusionProblems(
  a: InclusionAnnotation,
  parsed: ParsedAnnotations,
  parts: Map<string, string>,
  at: At,
): void {
  const part = parsed.byId.get(a.part) as Extract<Annotation, { kind: 'casualty' | 'damage' }>;
  const whole = parsed.byId.get(a.whole) as Extract<Annotation, { kind: 'casualty' | 'damage' }>;
  const describe = (x: typeof part) =>
    `${x.kind} ${show(x.id)} (${x.kind === 'casualty' ? x.outcome : x.unit})`;
  if (parts.has(a.part))
    at(a, 'part', {
      problem: 'the figure is part of two larger ones',
      expected: 'one inclusion per figure',
      found: `${show(a.part)}, also in ${show(parts.get(a.part))}`,
      fix: 'keep the inclusion in the smallest figure that holds it',
    });
  parts.set(a.part, a.whole);
  for (const [field, x] of [
    ['part', part],
    ['whole', whole],
  ] as const)
    if (x.restates)
      at(a, field, {
        problem: 'a restatement makes no record',
        expected: 'the figure it restates',
        found: show(x.id),
        fix: `use ${show(x.restates)}`,
      });
  const same =
    part.id !== whole.id &&
    part.kind === whole.kind &&
    (part.kind === 'casualty'
      ? whole.kind === 'casualty' && part.outcome === whole.outcome
      : whole.kind === 'damage' && part.unit === whole.unit);
  if (!same)
    at(a, 'whole', {
      problem: 'the two figures cannot be added up',
      expected: `another ${part.kind} figure of the same ${part.kind === 'casualty' ? 'outcome' : 'unit'} as ${describe(part)}`,
      found: describe(whole),
      fix: 'point whole at the larger figure of the same kind',
    });
  const seen = new Set([a.part]);
  for (let w: string | undefined = a.whole; w !== undefined; w = parts.get(w)) {
    if (seen.has(w)) {
      at(a, 'whole', {
        problem: 'the inclusions loop',
        expected: 'a chain of inclusions that ends at a figure included in no other',
        found: [...seen, w].join(' → '),
        fix: 'remove one of the inclusions',
      });
      break;
    }
    seen.add(w);
  }
}
