import { describe, expect, it } from 'vitest';
import { bestFirst } from '../../widget/search/best-first.js';

describe('bestFirst', () => {
  it('gives the same order as sorting, however far it is read', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 50; round++) {
      const scores = Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 20));
      const docs = scores.map((_, i) => i).reverse();
      const before = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
      const sorted = [...docs].sort((a, b) => scores[b] - scores[a] || a - b);
      const lazy = bestFirst(docs, before);
      const upTo = Math.floor(random() * (docs.length + 3));
      const read: (number | undefined)[] = [];
      for (let i = 0; i < upTo; i++) read.push(lazy.at(i));
      expect(read).toEqual(Array.from({ length: upTo }, (_, i) => sorted[i]));
      // Asking again, or out of order, does not disturb it.
      expect(lazy.at(0)).toBe(sorted[0]);
      expect(lazy.at(docs.length)).toBeUndefined();
    }
  });

  it('leaves the list it was given as it was', () => {
    const docs = [3, 1, 2];
    bestFirst(docs, (a, b) => a < b).at(2);
    expect(docs).toEqual([3, 1, 2]);
  });
});
