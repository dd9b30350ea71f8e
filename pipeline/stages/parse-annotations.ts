import { type Annotation, type AnnotationFile, QUOTED_FIELDS, REFERENCES } from '../annotations.js';

import { InputError, type Problem, show } from '../lib/errors.js';
import { type JsonFile, parseJsonFile } from '../lib/json-file.js';
import { atPointer, describeAjvError, pointerPath, validator } from '../lib/schemas.js';
import type { SourceDocument } from './ingest.js';

export interface ParsedAnnotations {
  file: JsonFile;
  annotations: Annotation[];
  byId: Map<string, Annotation>;
  /** Index of each annotation in the file, for locating errors. */
  index: Map<string, number>;
}

/** Parses and checks one annotation file: JSON syntax, schema, unique ids, offsets, references, cycles. Pure. */
export function parseAnnotations(
  doc: SourceDocument,
  options: { checkOffsets?: boolean } = {},
): ParsedAnnotations {
  const checkOffsets = options.checkOffsets ?? true;
  const file = parseJsonFile(doc.raw.annotationsPath, doc.raw.annotationsText);
  const validate = validator('annotations.schema.json');
  if (!validate(file.value)) {
    throw new InputError(
      dedupe(validate.errors ?? []).map((e) => {
        const d = describeAjvError(e, atPointer(file.value, e.instancePath));
        const path = pointerPath(d.field ?? e.instancePath);
        const i = path[0] === 'annotations' && typeof path[1] === 'number' ? path[1] : undefined;
        const id: unknown =
          i === undefined ? undefined : (file.value as AnnotationFile).annotations[i]?.id;
        const field =
          i === undefined ? path.join('.') || undefined : path.slice(2).join('.') || undefined;
        return {
          file: file.file,
          ...file.locate(path),
          ...d,
          // an id of the wrong type (an object, an array, null) is shown as JSON, never converted
          ...(id === undefined ? {} : { id: typeof id === 'string' ? id : show(id) }),
          field,
          fix: 'correct the annotation as schemas/annotations.schema.json describes',
        };
      }),
    );
  }
  const data = file.value as AnnotationFile;
  const problems: Problem[] = [];
  const byId = new Map<string, Annotation>();
  const index = new Map<string, number>();
  const at = (i: number, id: string, field: string, rest: Omit<Problem, 'file' | 'id' | 'field'>) =>
    problems.push({
      file: file.file,
      ...file.locate(['annotations', i, ...field.split('.')]),
      id,
      field,
      ...rest,
    });

  if (data.document_id !== doc.id) {
    problems.push({
      file: file.file,
      ...file.locate(['document_id']),
      field: 'document_id',
      problem: 'the annotations belong to another document',
      expected: show(doc.id),
      found: show(data.document_id),
      fix: `set "document_id" to ${show(doc.id)}`,
    });
  }
  data.annotations.forEach((a, i) => {
    if (byId.has(a.id)) {
      at(i, a.id, 'id', {
        problem: 'duplicate annotation id',
        expected: 'ids unique within the document',
        found: `${show(a.id)} also at annotation #${(index.get(a.id) ?? 0) + 1}`,
        fix: 'give one of them a new id (ids are never reused)',
      });
      return;
    }
    byId.set(a.id, a);
    index.set(a.id, i);
    const s = a.selector;
    if (!checkOffsets) {
      // re-anchoring finds new offsets; the old ones may be anything
    } else if (s.end <= s.start) {
      at(i, a.id, 'selector.end', {
        problem: 'the span ends before it starts',
        expected: `end > start (${s.start})`,
        found: `end ${s.end}`,
        fix: 'set end to start plus the length of exact in code points, or run `make reanchor`',
      });
    } else if (s.end > doc.text.length) {
      at(i, a.id, 'selector.end', {
        problem: 'the span is outside the text',
        expected: `end ≤ ${doc.text.length} (the text's length in code points)`,
        found: `end ${s.end}`,
        fix: 'correct start and end, or run `make reanchor` to find the quote',
      });
    }
    if (a.kind === 'actor' && a.affiliation !== 'unknown' && a.affiliation_words === undefined)
      at(i, a.id, 'affiliation', {
        problem: 'a side without the words that state it',
        expected: '"affiliation_words": the words of the quote that state the side',
        found: `affiliation ${show(a.affiliation)} and no "affiliation_words"`,
        fix: 'add "affiliation_words" from the quote, or set affiliation to "unknown" when the text states no side',
      });
    for (const f of listedFields(a, QUOTED_RANK)) {
      const words = (a as unknown as Record<string, unknown>)[f];
      if (typeof words === 'string' && !s.exact.includes(words)) {
        at(i, a.id, f, {
          problem: `the ${f} words do not occur in the quote`,
          expected: `a part of ${show(s.exact)}`,
          found: show(words),
          fix: `copy the ${f} words exactly from the quote`,
        });
      }
    }
  });
  data.annotations.forEach((a, i) => {
    referenceProblems(a, byId, (field, rest) => at(i, a.id, field, rest));
  });
  if (problems.length === 0) {
    const cycle = findCycle(data.annotations, byId);
    if (cycle) {
      const i = index.get(cycle[0] ?? '') ?? 0;
      at(i, cycle[0] ?? '', 'references', {
        problem: 'the annotations refer to each other in a cycle',
        expected: 'references that end at an annotation with no further reference',
        found: cycle.join(' → '),
        fix: 'remove one of the references in the cycle',
      });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { file, annotations: data.annotations, byId, index };
}

/** Each field's place in a list of fields. */
const ranks = (fields: readonly string[]) => new Map(fields.map((field, i) => [field, i]));

/**
 * The fields of `a` that `rank` lists, in the order of that list. Read from the annotation's own
 * keys: looking every listed field up on annotations of a dozen shapes (each lookup a miss of
 * V8's caches) cost more than the checks themselves.
 */
function listedFields(a: Annotation, rank: Map<string, number>): string[] {
  const fields = Object.keys(a).filter((k) => rank.has(k));
  const at = (field: string) => rank.get(field) ?? 0;
  return fields.length > 1 ? fields.sort((x, y) => at(x) - at(y)) : fields;
}

/** Reference fields and quoted fields, each in the order their problems are reported in. */
const REFERENCE_RANK = ranks(Object.keys(REFERENCES));
const QUOTED_RANK = ranks(QUOTED_FIELDS);

/** Reports each reference of `a` that names no annotation, or one of a kind the field may not name. */
function referenceProblems(
  a: Annotation,
  byId: Map<string, Annotation>,
  report: (field: string, rest: Omit<Problem, 'file' | 'id' | 'field'>) => void,
): void {
  for (const field of listedFields(a, REFERENCE_RANK)) {
    const kinds = REFERENCES[field] ?? [];
    const value = (a as unknown as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const refs = Array.isArray(value) ? (value as string[]) : [value as string];
    refs.forEach((ref, j) => {
      const target = byId.get(ref);
      if (target && kinds.includes(target.kind)) return;
      const fieldName = Array.isArray(value) ? `${field}.${j}` : field;
      if (!target) {
        report(fieldName, {
          problem: 'the reference names no annotation',
          expected: `the id of ${article(kinds.join(' or '))} annotation`,
          found: show(ref),
          fix: 'correct the id or add the annotation it refers to',
        });
      } else {
        report(fieldName, {
          problem: 'the reference points at the wrong kind of annotation',
          expected: `${article(kinds.join(' or '))} annotation`,
          found: `${show(ref)}, ${article(target.kind)} annotation`,
          fix: `point ${field} at ${article(kinds.join(' or '))} annotation`,
        });
      }
    });
  }
}

const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** References that resolve values (dates, restatements, parents) must not loop. */
const RESOLVING = [
  'year_from',
  'relative_to',
  'after',
  'before',
  'from',
  'to',
  'restates',
  'part_of',
];
const RESOLVING_RANK = ranks(RESOLVING);

function findCycle(annotations: Annotation[], byId: Map<string, Annotation>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  // the ids being visited, outermost first: one array for the whole walk, not a copy per step
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const s = state.get(id);
    if (s === 'done') return undefined;
    if (s === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    const a = byId.get(id) as Annotation;
    for (const f of listedFields(a, RESOLVING_RANK)) {
      const next = (a as unknown as Record<string, unknown>)[f];
      if (typeof next === 'string' && byId.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const a of annotations) {
    const found = visit(a.id);
    if (found) return found;
  }
  return undefined;
}

/** ajv reports a failed oneOf branch once per branch; keep one message per path and keyword. */
function dedupe<T extends { instancePath: string; keyword: string; params: unknown }>(
  errors: T[],
): T[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key) || e.keyword === 'oneOf') return false;
    seen.add(key);
    return true;
  });
}
