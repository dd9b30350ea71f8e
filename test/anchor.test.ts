import { describe, expect, it } from 'vitest';
import type { Annotation } from '../pipeline/annotations.js';
import { codePointText } from '../pipeline/lib/code-points.js';
import { anchorOne } from '../pipeline/stages/anchor.js';
import { selector } from './helpers.js';

const OLD = 'Intro 😊 text. On Sunday 13 residents were killed and the market burned. End.';
const annotation = (text: string, exact: string, from = 0): Annotation => ({
  id: 'cas-x',
  kind: 'exclusion',
  category: 'background',
  reason: 'test',
  selector: selector(text, exact, from),
});
const anchor = (text: string, a: Annotation) => anchorOne(codePointText(text), a);

describe('anchoring', () => {
  const a = annotation(OLD, '13 residents were killed');

  it('exact: the stored offsets still hold the quote (an emoji before the span counts one)', () => {
    expect(a.selector).toMatchObject({ start: 24, end: 48 });
    expect(anchor(OLD, a)).toEqual({
      id: 'cas-x',
      kind: 'exclusion',
      status: 'exact',
      old: { start: 24, end: 48 },
      new: { start: 24, end: 48 },
      exact: '13 residents were killed',
    });
  });

  it('moved: the quote found once elsewhere', () => {
    const text = `New sentence 😊😊. ${OLD}`;
    expect(anchor(text, a)).toMatchObject({ status: 'moved', new: { start: 41, end: 65 } });
    expect(codePointText(text).slice(41, 65)).toBe('13 residents were killed');
  });

  it('moved: a quote with an emoji in it ends where its last code point ends', () => {
    const text = 'A first line.\nResidents 😊 sheltered in the basement. End.';
    const b = annotation(text, 'Residents 😊 sheltered');
    expect(b.selector).toMatchObject({ start: 14, end: 35 });
    expect(anchor(`Moved 👍 down. ${text}`, b)).toEqual({
      id: 'cas-x',
      kind: 'exclusion',
      status: 'moved',
      old: { start: 14, end: 35 },
      new: { start: 28, end: 49 },
      exact: 'Residents 😊 sheltered',
    });
    expect(codePointText(`Moved 👍 down. ${text}`).slice(28, 49)).toBe('Residents 😊 sheltered');
  });

  it('moved: several occurrences, the one whose context matches wins', () => {
    const text = OLD.replace('End.', 'Later 13 residents were killed again. End.');
    const r = anchor(`xx${text}`, a);
    expect(r).toMatchObject({ status: 'moved', new: { start: 26, end: 50 } });
  });

  it('ambiguous: two occurrences with the same context and distance', () => {
    const text = 'a 13 residents were killed bb 13 residents were killed c';
    const b: Annotation = {
      ...a,
      selector: { start: 16, end: 40, exact: '13 residents were killed', prefix: '', suffix: '' },
    };
    expect(anchor(text, b)).toMatchObject({
      status: 'ambiguous',
      reason: 'the quote occurs 2 times and context does not decide',
    });
  });

  it('fuzzy: a small change in words is proposed with its score, never taken silently', () => {
    const text = OLD.replace('13 residents were killed', '13 residents was killed');
    expect(anchor(text, a)).toEqual({
      id: 'cas-x',
      kind: 'exclusion',
      status: 'fuzzy',
      old: { start: 24, end: 48 },
      new: { start: 24, end: 47 },
      exact: '13 residents were killed',
      candidate: '13 residents was killed',
      score: 0.875,
      reason: 'approximate match: confirm it with `make reanchor ACCEPT=cas-x`',
    });
  });

  it('fuzzy: the same words, their sentence rewritten before them, scored by the context that agrees up to the end of the text', () => {
    const text = 'The shelling of the market began early in the day. 13 residents were killed.';
    const b = annotation(text, '13 residents were killed');
    expect(b.selector).toMatchObject({ prefix: ' market began early in the day. ', suffix: '.' });
    const rewritten = 'Later, 13 residents were killed.';
    // the suffix agrees (1 of 1) up to the end of the text, the prefix in its last space only (1 of 32)
    expect(anchor(rewritten, b)).toEqual({
      id: 'cas-x',
      kind: 'exclusion',
      status: 'fuzzy',
      old: { start: 51, end: 75 },
      new: { start: 7, end: 31 },
      exact: '13 residents were killed',
      candidate: '13 residents were killed',
      score: 0.061,
      reason:
        'the quote stands elsewhere, but only 2 of its 33 context characters agree there: accept it with `make reanchor ACCEPT=cas-x` only if it is the same mention',
    });
  });

  it('orphaned: the only close candidate changes a digit', () => {
    const text = OLD.replace('13 residents', '18 residents');
    expect(anchor(text, a)).toMatchObject({
      status: 'orphaned',
      candidate: '18 residents were killed',
      score: 0.958,
      reason: 'the only close candidate changes a digit, which is never accepted',
    });
  });

  it('fuzzy: the same words stand elsewhere, out of their context (here a digit of the annotated ones changed)', () => {
    const text =
      'Attacks began on September 27, 2020, the first day. Cluster munitions were used from September 27, 2020 to October.';
    const b: Annotation = { ...a, selector: selector(text, 'September 27, 2020', 60) };
    const changed = text.replace('from September 27, 2020', 'from September 27, 2021');
    expect(anchor(changed, b)).toEqual({
      id: 'cas-x',
      kind: 'exclusion',
      status: 'fuzzy',
      old: { start: 85, end: 103 },
      new: { start: 17, end: 35 },
      exact: 'September 27, 2020',
      candidate: 'September 27, 2020',
      score: 0.023,
      reason:
        'the quote stands elsewhere, but only 1 of its 44 context characters agree there: accept it with `make reanchor ACCEPT=cas-x` only if it is the same mention',
    });
  });

  it('orphaned: nothing close is left', () => {
    expect(anchor('Nothing of the sort.', a)).toMatchObject({
      status: 'orphaned',
      reason: 'the quote is not in the text, nor anything close to it',
    });
  });
});
