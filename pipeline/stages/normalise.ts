import type { Annotation, DateAnnotation } from '../annotations.js';
import { InputError, isRefusal, type Problem, type Refusal } from '../lib/errors.js';
import { type Count, parseCount } from '../normalise/parse-count.js';
import {
  applyOffset,
  type DateRange,
  parseCalendar,
  parseOffset,
  weekdayBetween,
} from '../normalise/parse-date.js';
import { type LocalTime, parseTime, parseUtcOffset } from '../normalise/parse-time.js';
import type { ParsedAnnotations } from './parse-annotations.js';

export type DateBasis =
  | 'stated'
  | 'stated_without_year'
  | 'derived_relative'
  | 'derived_weekday'
  | 'derived_duration'
  | 'derived_range';

/** A piece of the text a value was read from. */
export interface Piece {
  start: number;
  end: number;
  exact: string;
}

export interface ResolvedDate extends DateRange {
  basis: DateBasis;
  /** Every span the date was obtained from, in text order. */
  pieces: Piece[];
}

export interface Normalised {
  dates: Map<string, ResolvedDate>;
  times: Map<string, LocalTime>;
  offsets: Map<string, string>;
  counts: Map<string, Count>;
}

/** Normalise stage: reads dates, times, offsets and counts from the annotated words. Pure. */
export function normalise(parsed: ParsedAnnotations): Normalised {
  const problems: Problem[] = [];
  const out: Normalised = {
    dates: new Map(),
    times: new Map(),
    offsets: new Map(),
    counts: new Map(),
  };
  const problem = (a: Annotation, field: string, refusal: Refusal, fix: string) => {
    const i = parsed.index.get(a.id) ?? 0;
    problems.push({
      file: parsed.file.file,
      ...parsed.file.locate(['annotations', i, ...field.split('.')]),
      id: a.id,
      field,
      fix,
      ...refusal,
    });
  };
  /** Dates already refused: each is reported once, however many dates refer to it. */
  const refused = new Set<string>();
  const resolveDate = (a: DateAnnotation): ResolvedDate | undefined => {
    const known = out.dates.get(a.id);
    if (known || refused.has(a.id)) return known;
    const ref = (id: string | undefined) => {
      const target = id === undefined ? undefined : parsed.byId.get(id);
      return target?.kind === 'date' ? resolveDate(target) : undefined;
    };
    const own: Piece = { start: a.selector.start, end: a.selector.end, exact: a.selector.exact };
    const merge = (...sets: (Piece[] | undefined)[]) =>
      [...new Map(sets.flatMap((s) => s ?? []).map((p) => [`${p.start}`, p])).values()].sort(
        (x, y) => x.start - y.start,
      );
    /** Refuses a rule whose reference is missing or is a date that could not be read. */
    const unread = (field: string, id: string | undefined): Refusal & { field: string } =>
      id === undefined
        ? {
            field,
            problem: `rule "${a.rule}" needs "${field}"`,
            expected: `"${field}": the id of a date annotation`,
            found: `no "${field}"`,
            fix: `add "${field}" with the id of a date annotation (schemas/annotations.schema.json says what rule "${a.rule}" reads from it)`,
          }
        : {
            field,
            problem: `the date in "${field}" could not be read`,
            expected: `"${field}": the id of a date annotation that can be read`,
            found: `${JSON.stringify(id)}, refused for its own reason (reported on it)`,
            fix: `correct the date annotation ${JSON.stringify(id)} first`,
          };
    let result: ResolvedDate | (Refusal & { field?: string });
    switch (a.rule) {
      case 'calendar': {
        const year = ref(a.year_from);
        const r = parseCalendar(
          a.selector.exact,
          year ? Number(year.start.slice(0, 4)) : undefined,
        );
        result = isRefusal(r)
          ? a.year_from !== undefined && !year
            ? unread('year_from', a.year_from)
            : r
          : {
              ...r,
              basis: r.withYear ? 'stated' : 'stated_without_year',
              pieces: merge([own], r.withYear ? [] : year?.pieces),
            };
        if (!isRefusal(result)) delete (result as { withYear?: boolean }).withYear;
        break;
      }
      case 'relative': {
        const base = ref(a.relative_to);
        const offset = parseOffset(a.selector.exact);
        if (!base) result = unread('relative_to', a.relative_to);
        else if (isRefusal(offset)) result = offset;
        else
          result = {
            ...applyOffset(base, offset),
            basis: offset.kind === 'duration' ? 'derived_duration' : 'derived_relative',
            pieces: merge(base.pieces, [own]),
          };
        break;
      }
      case 'weekday': {
        const after = ref(a.after);
        const before = ref(a.before);
        const r = !after
          ? unread('after', a.after)
          : !before
            ? unread('before', a.before)
            : weekdayBetween(a.selector.exact, after, before);
        result = isRefusal(r)
          ? r
          : {
              ...r,
              basis: 'derived_weekday',
              pieces: merge(after?.pieces, [own], before?.pieces),
            };
        break;
      }
      case 'range': {
        const from = ref(a.from);
        const to = ref(a.to);
        result = !from
          ? unread('from', a.from)
          : !to
            ? unread('to', a.to)
            : {
                start: from.start,
                end: to.end,
                basis: 'derived_range',
                pieces: merge(from.pieces, to.pieces),
              };
        break;
      }
    }
    if (isRefusal(result)) {
      refused.add(a.id);
      const { field = 'selector.exact', ...refusal } = result;
      problem(
        a,
        field,
        refusal,
        'correct the words or the rule of the date annotation (see the rule in schemas/annotations.schema.json)',
      );
      return undefined;
    }
    out.dates.set(a.id, result);
    return result;
  };
  for (const a of parsed.annotations) {
    switch (a.kind) {
      case 'date':
        resolveDate(a);
        break;
      case 'time': {
        const t = parseTime(a.selector.exact);
        if (isRefusal(t))
          problem(
            a,
            'selector.exact',
            t,
            'annotate only the time words, e.g. "08:03" or "approximately 14:00"',
          );
        else out.times.set(a.id, t);
        break;
      }
      case 'timezone': {
        const o = parseUtcOffset(a.selector.exact);
        if (isRefusal(o))
          problem(a, 'selector.exact', o, 'annotate only the offset words, e.g. "GMT+4"');
        else out.offsets.set(a.id, o.offset);
        break;
      }
      case 'casualty':
      case 'damage':
      case 'munition': {
        const c = parseCount(a.count);
        if (isRefusal(c))
          problem(
            a,
            'count',
            c,
            'set "count" to the count words only, e.g. "More than a dozen", or omit it',
          );
        else out.counts.set(a.id, c);
        break;
      }
      default:
        break;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
