/**
 * A third opinion on the best answer, as independent of the index as it can be: the letters of the
 * question against the letters of each answer's own title, questions and tags, as their editors
 * wrote them. No stemming, no synonyms, no typo correction: four-letter pieces of words
 * ("^pas", "aspo", "spor", "por$"), so "perpanjangan" still meets "perpanjang", "residency" meets
 * "resident", and a misspelling shares most of its pieces with the word. Where it picks the same
 * best answer as the index, the answer is likelier right (see `lettersAgree` in decision.ts); it is
 * a detector, not a ranker, so it only ever compares the index's own first candidates.
 */
import { words } from './normalize.js';

const N = 4;

/** What the opinion reads of an answer: what its editors wrote for people to ask. */
export interface Phrased {
  id: string;
  title: string;
  questions: readonly string[];
  tags: readonly string[];
}

type Vector = Map<string, number>;

function vectorOf(text: string, stopwords: ReadonlySet<string>): Vector {
  const counts: Vector = new Map();
  for (const w of words(text)) {
    if (w.length < 3 || stopwords.has(w)) continue;
    const padded = `^${w}$`;
    for (let i = 0; i + N <= padded.length; i++) {
      const gram = padded.slice(i, i + N);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  // Log counts, unit length: a piece repeated across an answer's eight questions says it once more, not eight times.
  let norm = 0;
  for (const [gram, c] of counts) {
    const w = 1 + Math.log(c);
    counts.set(gram, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [gram, w] of counts) counts.set(gram, w / norm);
  return counts;
}

export class LettersOpinion {
  private readonly texts: string[];
  private readonly vectors = new Map<number, Vector>();

  /** `docIds` in the index's doc order; `phrased` in any order (an id without one gets no letters). */
  constructor(
    docIds: readonly string[],
    phrased: readonly Phrased[],
    private readonly stopwords: ReadonlySet<string>,
  ) {
    const byId = new Map(phrased.map((p) => [p.id, p]));
    this.texts = docIds.map((id) => {
      const p = byId.get(id);
      return p ? [p.title, ...p.questions, ...p.tags].join(' . ') : '';
    });
  }

  /**
   * `candidates` (doc numbers) by the share of letters they have in common with `query`, closest
   * first; one sharing none is left out (an opinion with nothing to go on agrees with no one).
   */
  order(query: string, candidates: readonly number[]): number[] {
    const q = vectorOf(query, this.stopwords);
    const scored = candidates.map((doc) => {
      const v = this.vectorOf(doc);
      let cosine = 0;
      for (const [gram, w] of q) cosine += w * (v.get(gram) ?? 0);
      return { doc, cosine };
    });
    return scored
      .filter((s) => s.cosine > 0)
      .sort((a, b) => b.cosine - a.cosine || a.doc - b.doc)
      .map((s) => s.doc);
  }

  // Built when a doc first becomes a candidate: most answers never do for a given visitor.
  private vectorOf(doc: number): Vector {
    let v = this.vectors.get(doc);
    if (!v) this.vectors.set(doc, (v = vectorOf(this.texts[doc] ?? '', this.stopwords)));
    return v;
  }
}

/** Entries as a bundle ships them, checked just enough to read their phrasing (anything else counts as none). */
export function readPhrased(value: unknown): Phrased[] {
  if (!Array.isArray(value)) return [];
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  return value.flatMap((e) => {
    const o = e as Partial<Phrased> | null;
    if (!o || typeof o.id !== 'string' || typeof o.title !== 'string') return [];
    return [{ id: o.id, title: o.title, questions: strings(o.questions), tags: strings(o.tags) }];
  });
}
