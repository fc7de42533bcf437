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
  private readonly entries = new Map<string, unknown>();
  private readonly vectors = new Map<number, Vector>();

  /**
   * `docIds` in the index's doc order; `entries` as a bundle ships them, in any order. Each is read
   * only when its doc first becomes a candidate, and checked then: one it cannot read has no letters.
   */
  constructor(
    private readonly docIds: readonly string[],
    entries: unknown,
    private readonly stopwords: ReadonlySet<string>,
  ) {
    if (!Array.isArray(entries)) return;
    for (const e of entries) {
      const id = (e as Partial<Phrased> | null)?.id;
      if (typeof id === 'string') this.entries.set(id, e);
    }
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
    if (!v) this.vectors.set(doc, (v = vectorOf(phrasingOf(this.entries.get(this.docIds[doc] ?? '')), this.stopwords)));
    return v;
  }
}

/** An entry's title, questions and tags as one text, or nothing when it does not have the shape of one. */
function phrasingOf(entry: unknown): string {
  const o = entry as Partial<Phrased> | null | undefined;
  if (!o || typeof o.title !== 'string') return '';
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  return [o.title, ...strings(o.questions), ...strings(o.tags)].join(' . ');
}
