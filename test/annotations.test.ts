import { describe, expect, it } from 'vitest';
import type { InputError } from '../pipeline/lib/errors.js';
import { anchorAnnotations } from '../pipeline/stages/anchor.js';
import { coverage } from '../pipeline/stages/coverage.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { parseAnnotations } from '../pipeline/stages/parse-annotations.js';
import { readRaw } from '../pipeline/stages/read-raw.js';
import { RAW } from './helpers.js';

const doc = ingest(readRaw(RAW)[0] as NonNullable<ReturnType<typeof readRaw>[number]>);
const parsed = parseAnnotations(doc);

describe('the curated annotations of the real article', () => {
  it('are all exact, and every quote is the text at its offsets', () => {
    const anchors = anchorAnnotations(doc.text, parsed.annotations);
    expect(anchors.length).toBe(215);
    expect(anchors.filter((a) => a.status !== 'exact')).toEqual([]);
    for (const a of parsed.annotations)
      expect(doc.text.slice(a.selector.start, a.selector.end)).toBe(a.selector.exact);
  });

  it('cover every kind the records need', () => {
    const kinds: Record<string, number> = {};
    for (const a of parsed.annotations) kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
    expect(kinds).toEqual({
      actor: 22,
      campaign: 1,
      casualty: 9,
      claim: 59,
      damage: 22,
      date: 15,
      exclusion: 31,
      incident: 5,
      inclusion: 9,
      munition: 25,
      place: 1,
      role: 12,
      time: 3,
      timezone: 1,
    });
  });

  it('leave no number, date, time or count word uncovered', () => {
    const report = coverage(doc, parsed.annotations);
    expect(report.totals).toEqual({ covered: 39, excluded: 54, uncovered: 0 });
    expect(report.mentions.filter((m) => m.status === 'uncovered')).toEqual([]);
  });
});

describe('references that resolve to nothing', () => {
  it('are reported in the order of REFERENCES, whatever the order of the fields in the file', () => {
    const file = JSON.parse(doc.raw.annotationsText) as { annotations: Record<string, unknown>[] };
    const i = file.annotations.findIndex((a) => a.id === 'cl-infobox-date');
    const { subjects: _, actor: __, ...rest } = file.annotations[i] as Record<string, unknown>;
    // subjects before actor in the file; actor comes first in REFERENCES
    file.annotations[i] = {
      subjects: ['campaign', 'nowhere', 'article'],
      ...rest,
      actor: 'nobody',
    };
    const broken = { ...doc, raw: { ...doc.raw, annotationsText: JSON.stringify(file, null, 2) } };
    let problems: { field?: string; problem: string }[] = [];
    try {
      parseAnnotations(broken);
    } catch (e) {
      problems = (e as InputError).problems;
    }
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
      'actor: the reference names no annotation',
      'subjects.1: the reference names no annotation',
      'subjects.2: the reference points at the wrong kind of annotation',
    ]);
  });
});
