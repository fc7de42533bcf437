/** How `npm run tune` chooses a ranking setting: by the order it gives, on questions it is not measured on. */
import { describe, expect, it } from 'vitest';
import type { Judged } from '../../server/search/evaluate.js';
import { bestSetting, crossValidateChoosing, orderQuality } from '../../server/search/tune.js';
import type { Evidence } from '../../widget/search/index.js';

const evidence = (strong: boolean): Evidence => ({
  coverage: strong ? 0.9 : 0.3,
  knownCoverage: strong ? 0.9 : 0.4,
  unknown: 0,
  strength: strong ? 2 : 0.5,
  margin: strong ? 0.6 : 0.05,
  phrasing: strong ? 0.8 : 0.2,
  asked: strong ? 0.9 : 0.2,
  phrasingLead: strong ? 0.4 : 0,
  terms: 3,
  agree: strong ? 1 : 0,
  agreeTop3: 1,
  lettersAgree: strong ? 1 : 0,
  lettersTop3: 1,
  focusAgree: 1,
  chatty: 0,
  focusCoverage: strong ? 0.9 : 0.3,
  focusUnknown: 0,
  focusLikely: strong ? 0.9 : 0.1,
  richness: 0.9,
  foreignVisa: 0,
  missedWord: 0,
  elsewhere: false,
});

/** `n` questions expecting `a`, ranked by `first` then the other; a no-answer question every fifth. */
function judgedUnder(first: (i: number) => 'a' | 'b', n = 40): Judged[] {
  return Array.from({ length: n }, (_, i) => {
    const noAnswer = i % 5 === 4;
    const top = first(i);
    const ids = [top, top === 'a' ? 'b' : 'a'];
    return {
      item: { q: `question ${i}`, lang: 'id' as const, expect: noAnswer ? [] : ['a'] },
      ids,
      suggested: ids,
      evidence: evidence(!noAnswer && top === 'a'),
      answered: false,
    };
  });
}

describe('choosing the ranking setting', () => {
  it('scores an order by the reciprocal rank of the first right answer, over answerable questions only', () => {
    // 32 answerable questions: the right answer first in half of them, second in the rest.
    expect(orderQuality(judgedUnder((i) => (i % 2 ? 'a' : 'b')))).toBeCloseTo((16 * 1 + 16 * 0.5) / 32, 6);
  });

  it('takes the setting that puts right answers higher, and the first of equals', () => {
    const worse = judgedUnder((i) => (i % 3 ? 'a' : 'b'));
    const better = judgedUnder((i) => (i % 7 ? 'a' : 'b'));
    expect(bestSetting([worse, better])).toBe(1);
    expect(bestSetting([better, worse])).toBe(0);
    expect(bestSetting([better, better])).toBe(0);
  });

  it('in every fold, decides each held-out question under the setting that orders the other folds best', () => {
    const worse = judgedUnder((i) => (i % 2 ? 'a' : 'b'));
    const better = judgedUnder(() => 'a');
    const cv = crossValidateChoosing([worse, better]);
    expect(cv.choices).toBe(2);
    expect(cv.judged.every((j, i) => j === better[i])).toBe(true);
    expect(cv.folds).toHaveLength(cv.k);
  });

  it('draws other folds from another seed, each question still held out exactly once', () => {
    const judged = judgedUnder((i) => (i % 3 ? 'a' : 'b'), 60);
    const sizes = (seed?: number) => crossValidateChoosing([judged], 5, seed).folds.map((f) => f.questions);
    for (const seed of [undefined, 1, 2]) expect(sizes(seed).reduce((a, b) => a + b, 0)).toBe(60);
    // Another draw puts other questions together, so the folds' figures differ.
    const answeredPerFold = (seed?: number) => crossValidateChoosing([judged], 5, seed).folds.map((f) => [f.top1, f.noAnswer]);
    expect(answeredPerFold(1)).not.toEqual(answeredPerFold(undefined));
  });
});

