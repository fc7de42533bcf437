/**
 * A search keeps which answer matched which part of the question in arrays reused from question to
 * question: nothing of one question may show in the next, or an answer would be scored, compared
 * or shown with words the citizen no longer typed.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../widget/search/build-index.js';
import { createSearcher, type SearchDoc } from '../../widget/search/index.js';
import { PartMatches } from '../../widget/search/part-matches.js';
import type { TermGroup } from '../../widget/search/question-parts.js';
import { generateCorpus, generateQueries } from '../bench/corpus.js';

const part = (term: string, weight: number, ...more: string[]): TermGroup => ({
  query: { term, word: term, last: false } as TermGroup['query'],
  expansions: [{ term, weight: 1 }, ...more.map((t) => ({ term: t, weight: 0.5 }))],
  weight,
  factor: 1,
});
const numbers = new Map([['paspor', 0], ['hilang', 1], ['visa', 2], ['ilang', 3]]);

describe('part matches', () => {
  it('lists a doc’s matches in the parts’ order, and forgets them when the next question starts', () => {
    const m = new PartMatches(4, numbers.size);
    m.start([part('paspor', 1), part('hilang', 1, 'ilang')], numbers);
    m.add(1, 2, 1);
    m.add(0, 2, 0);
    m.add(0, 3, 0);
    expect(m.touched).toEqual([2, 3]);
    expect(m.of(2)).toEqual([
      { group: 0, term: 'paspor', weight: 1 },
      { group: 1, term: 'ilang', weight: 0.5 },
    ]);
    m.start([part('visa', 1)], numbers);
    expect(m.touched).toEqual([]);
    expect(m.of(2)).toEqual([]);
    m.add(0, 3, 0);
    expect(m.of(3)).toEqual([{ group: 0, term: 'visa', weight: 1 }]);
  });

  it('measures the closest phrasing by the words shared over the question and the phrasing’s other words', () => {
    const m = new PartMatches(1, numbers.size);
    m.start([part('paspor', 1), part('hilang', 1)], numbers);
    m.add(0, 0, 0);
    m.add(1, 0, 0);
    const idf = (no: number) => [1, 1, 2, 3][no];
    // [paspor, hilang]: all shared, nothing else: 2 / 2. [paspor, visa]: 1 / (2 + 2).
    expect(m.closestPhrasing(0, [[0, 2]], 2, idf)).toBeCloseTo(0.25, 9);
    expect(m.closestPhrasing(0, [[0, 2], [0, 1]], 2, idf)).toBeCloseTo(1, 9);
    // Asked again, the same: nothing is left marked from the last call.
    expect(m.closestPhrasing(0, [[0, 2]], 2, idf)).toBeCloseTo(0.25, 9);
  });

  it('gives every question the same results typed after others as typed first', () => {
    const docs: SearchDoc[] = generateCorpus(200);
    const json = JSON.stringify(buildIndex(docs, [], 'id'));
    const questions = generateQueries(docs, 30);
    const typing = createSearcher(JSON.parse(json), docs);
    for (const q of questions) typing.search(q);
    for (const q of questions) expect(typing.search(q)).toEqual(createSearcher(JSON.parse(json), docs).search(q));
  });
});
