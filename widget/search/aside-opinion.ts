/**
 * The second opinion the decision asks (`agree`, `agreeTop3` in decision.ts): which answers rank
 * first by the fields kept aside (`isAsideField` in fields.ts): the answers' tags and their phrasings
 * in the other language, by presence alone. Independent of the main ranking's weights, so
 * when both put the same answer first, that says more than either alone.
 */
import { firstThree } from './best-first.js';
import type { SerializedIndex } from './index-format.js';
import type { IndexTerms } from './index-terms.js';
import type { TermGroup } from './question-parts.js';

/** `guides`: the requirement checkers, never an answer themselves. Returns the first three docs for a question's parts. */
export function createAsideOpinion(index: SerializedIndex, terms: IndexTerms, guides: ReadonlySet<number>): (groups: readonly TermGroup[]) => number[] {
  // Per part of the question, each doc's best score through any of the part's expansions (a part
  // counts once per doc); kept between questions, and put back once the part is added up.
  const best = new Float64Array(index.docs.length);
  const seen = new Uint8Array(index.docs.length);
  // Each doc's total over the parts, and the docs that have one: arrays kept between questions, not
  // a Map per question (a common tag names thousands of answers at 10,000 of them).
  const totals = new Float64Array(index.docs.length);
  const scored = new Uint8Array(index.docs.length);
  return (groups) => {
    const docs: number[] = [];
    for (const group of groups) {
      const inGroup: number[] = [];
      for (const e of group.expansions) {
        const no = terms.numbers.get(e.term);
        if (no === undefined) continue;
        const score = terms.idf(no) * e.weight * group.factor;
        if (!(score > 0)) continue;
        for (const doc of terms.asideDocs(no)) {
          if (guides.has(doc)) continue;
          if (!seen[doc]) {
            seen[doc] = 1;
            inGroup.push(doc);
          } else if (score <= best[doc]) continue;
          best[doc] = score;
        }
      }
      for (const doc of inGroup) {
        seen[doc] = 0;
        if (!scored[doc]) {
          scored[doc] = 1;
          docs.push(doc);
        }
        totals[doc] += best[doc];
      }
    }
    const first = firstThree(docs, totals);
    for (const doc of docs) {
      totals[doc] = 0;
      scored[doc] = 0;
    }
    return first;
  };
}
