/**
 * Answers in order of score, without sorting them all. A search scores every answer that matches
 * any word of the question (thousands at 10,000 answers) but reads only the first few dozen:
 * sorting them all was most of a slow keystroke. `bestFirst` builds a binary heap in one linear
 * pass, and each item asked for costs a logarithm; `firstThree` keeps three in one pass.
 */
export interface BestFirst {
  /** The `i`-th item in order (0 is the first), or undefined past the end. */
  at(i: number): number | undefined;
}

/** `before(a, b)` is true when `a` comes before `b`; it must be a strict total order. */
export function bestFirst(items: readonly number[], before: (a: number, b: number) => boolean): BestFirst {
  const heap = items.slice();
  const taken: number[] = [];
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && before(heap[l], heap[top])) top = l;
      if (r < heap.length && before(heap[r], heap[top])) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  return {
    at(i) {
      while (taken.length <= i && heap.length) {
        taken.push(heap[0]);
        const last = heap.pop()!;
        if (heap.length) {
          heap[0] = last;
          down(0);
        }
      }
      return taken[i];
    },
  };
}

/** The three highest-scored of `docs` (`scores[doc]`), ties to the lower number, in one pass (every answer a tag names may be scored). */
export function firstThree(docs: readonly number[], scores: Float64Array): number[] {
  const best: number[] = [];
  for (const doc of docs) {
    const score = scores[doc];
    let at = best.length;
    while (at > 0 && (score > scores[best[at - 1]] || (score === scores[best[at - 1]] && doc < best[at - 1]))) at--;
    if (at < 3) best.splice(at, 0, doc);
    if (best.length > 3) best.pop();
  }
  return best;
}
