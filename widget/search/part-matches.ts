/**
 * Which expansion each answer matched each part of the question through, for the question being
 * searched. A common word touches most answers at 10,000 of them, yet only the few compared need
 * their matches: so they are kept in flat arrays, reused from question to question and reset only
 * where the last question touched them, and read back as lists for those few. Built per touched
 * doc, the lists were most of a slow keystroke's garbage.
 */
import type { TermGroup } from './question-parts.js';

export interface Match {
  /** The part of the question (its place in the question's parts). */
  group: number;
  term: string;
  /** The expansion's weight (1 for the word itself, less for a completion or a correction). */
  weight: number;
}

export class PartMatches {
  /** The docs that matched any part, in the order they first did. */
  touched: number[] = [];
  /** Per part, the expansion each doc matched it through (−1: none). */
  private readonly through: Int32Array[] = [];
  private readonly isTouched: Uint8Array;
  private parts = 0;
  private groups: readonly TermGroup[] = [];
  private expansionNos: number[][] = [];
  private lists = new Map<number, Match[]>();
  // Per term number, the weight a compared doc matched it with, while it is compared.
  private readonly matchedWeight: Float64Array;
  private readonly isMatched: Uint8Array;
  private readonly marked: number[] = [];

  constructor(
    private readonly docCount: number,
    termCount: number,
  ) {
    this.isTouched = new Uint8Array(docCount);
    this.matchedWeight = new Float64Array(termCount);
    this.isMatched = new Uint8Array(termCount);
  }

  /** Forgets the last question's matches and starts `groups`' (`termNo`: each term's number in the index). */
  start(groups: readonly TermGroup[], termNo: ReadonlyMap<string, number>): void {
    for (const doc of this.touched) {
      this.isTouched[doc] = 0;
      for (let gi = 0; gi < this.parts; gi++) this.through[gi][doc] = -1;
    }
    this.touched = [];
    this.parts = groups.length;
    this.groups = groups;
    this.expansionNos = groups.map((g) => g.expansions.map((e) => termNo.get(e.term) ?? -1));
    this.lists = new Map();
    for (let gi = 0; gi < groups.length; gi++) this.through[gi] ??= new Int32Array(this.docCount).fill(-1);
  }

  /** Doc `doc` matched part `gi` through its expansion `ei`. */
  add(gi: number, doc: number, ei: number): void {
    this.through[gi][doc] = ei;
    if (!this.isTouched[doc]) {
      this.isTouched[doc] = 1;
      this.touched.push(doc);
    }
  }

  /** A doc's matches, one per part it matched, in the parts' order. */
  of(doc: number): readonly Match[] {
    let list = this.lists.get(doc);
    if (!list) {
      list = [];
      for (let gi = 0; gi < this.parts; gi++) {
        const ei = this.through[gi][doc];
        if (ei >= 0) list.push({ group: gi, term: this.groups[gi].expansions[ei].term, weight: this.groups[gi].expansions[ei].weight });
      }
      this.lists.set(doc, list);
    }
    return list;
  }

  /**
   * How close a doc's closest phrasing (`phrasings`: each as term numbers) is to the whole question
   * (`totalWeight`): the weight of the words they share over the question's weight plus the idf of
   * the phrasing's other words. Computed for every candidate compared, allocating nothing.
   */
  closestPhrasing(doc: number, phrasings: readonly (readonly number[])[], totalWeight: number, idf: (no: number) => number): number {
    const { matchedWeight, isMatched, marked } = this;
    marked.length = 0;
    for (let gi = 0; gi < this.parts; gi++) {
      const ei = this.through[gi][doc];
      if (ei < 0) continue;
      const no = this.expansionNos[gi][ei];
      matchedWeight[no] = this.groups[gi].weight * this.groups[gi].expansions[ei].weight;
      if (!isMatched[no]) {
        isMatched[no] = 1;
        marked.push(no);
      }
    }
    let best = 0;
    for (const phrasing of phrasings) {
      let shared = 0;
      let phrasingOnly = 0;
      for (const no of phrasing) {
        if (isMatched[no]) shared += matchedWeight[no];
        else phrasingOnly += idf(no);
      }
      const union = totalWeight + phrasingOnly;
      if (union > 0) best = Math.max(best, shared / union);
    }
    for (const no of marked) isMatched[no] = 0;
    return best;
  }
}
