import { describe, expect, it } from 'vitest';
import { answerPairs, answersFrom, progressOf, walk } from '../../widget/checker/walk.js';
import type { Checker } from '../../widget/checker/types.js';

const checker: Checker = {
  start: 'who',
  steps: [
    { id: 'who', question: 'Who?', options: [{ id: 'adult', label: 'Adult', next: 'why' }, { id: 'child', label: 'Child', outcome: 'child' }] },
    { id: 'why', question: 'Why?', options: [{ id: 'first', label: 'First', next: 'where' }, { id: 'lost', label: 'Lost', outcome: 'lost' }] },
    { id: 'where', question: 'Where?', options: [{ id: 'home', label: 'Home', outcome: 'first' }, { id: 'abroad', label: 'Abroad', outcome: 'first' }] },
  ],
  outcomes: [
    { id: 'child', title: 'Child', text: '', items: ['a'], links: [] },
    { id: 'lost', title: 'Lost', text: '', items: ['b'], links: [] },
    { id: 'first', title: 'First', text: '', items: ['c'], links: [] },
  ],
};

describe('walking a checker', () => {
  it('starts at the first question, 1 of the longest path', () => {
    const w = walk(checker, answersFrom([]));
    expect(w.step?.id).toBe('who');
    expect(progressOf(checker, w)).toEqual({ position: 1, total: 3 });
  });

  it('follows answers to the next question, and the total shrinks to the path left', () => {
    const w = walk(checker, answersFrom([['who', 'adult']]));
    expect(w.step?.id).toBe('why');
    expect(progressOf(checker, w)).toEqual({ position: 2, total: 3 });
  });

  it('reaches an outcome and keeps only the answers on the path, in order', () => {
    const w = walk(checker, answersFrom([['why', 'lost'], ['where', 'home'], ['who', 'adult'], ['junk', 'x']]));
    expect(w.outcome?.id).toBe('lost');
    expect(answerPairs(w.answers)).toEqual([['who', 'adult'], ['why', 'lost']]);
    expect(progressOf(checker, w)).toBeUndefined();
  });

  it('stops at the first question whose answer is not one of its options', () => {
    for (const bad of ['teen', '__proto__', 'constructor', '']) {
      const w = walk(checker, answersFrom([['who', 'adult'], ['why', bad]]));
      expect(w.step?.id).toBe('why');
      expect(w.answers).toHaveLength(1);
    }
  });
});
