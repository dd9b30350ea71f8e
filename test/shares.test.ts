import { describe, expect, it } from 'vitest';
import { shares } from '../pipeline/stages/publish.js';

describe('shares: items in groups of about equal weight, for the DuckDB runs after the last document', () => {
  const weights: Record<string, number> = { a: 5, b: 71, c: 24, d: 16, e: 14, f: 8, g: 0 };
  const weight = (k: string) => weights[k] ?? 0;

  it('puts the heaviest alone against the rest when it outweighs them, each group in the given order', () => {
    expect(shares(Object.keys(weights), weight, 2)).toEqual([
      ['b', 'g'],
      ['a', 'c', 'd', 'e', 'f'],
    ]);
  });

  it('balances items of like weight, and makes no empty group', () => {
    expect(shares(['w', 'x', 'y', 'z'], () => 1, 2)).toEqual([
      ['w', 'y'],
      ['x', 'z'],
    ]);
    expect(shares(['only'], () => 3, 2)).toEqual([['only']]);
    expect(shares([], () => 1, 2)).toEqual([]);
  });
});
