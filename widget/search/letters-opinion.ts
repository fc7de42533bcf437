/**
 * A third opinion on the best answer, as independent of the index as it can be: the letters of the
 * question against the letters of each answer's own title, questions and tags, as their editors
 * wrote them. No stemming, no synonyms, no typo correction: four-letter pieces of words
 * ("^pas", "aspo", "spor", "por$"), so "perpanjangan" still meets "perpanjang", "residency" meets
 * "resident", and a misspelling shares most of its pieces with the word. It only ever compares the
 * index's own first candidates: it lifts the ones whose phrasing is closest (a question asked
 * almost as an answer's editors wrote it), and where it picks the same best answer as the index,
 * that answer is likelier right (see `lettersAgree` in decision.ts).
 */
import { words } from './normalize.js';
import { phrasedTexts } from './phrased.js';

const N = 4;

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
  private readonly vectors = new Map<number, Vector>();

  /**
   * `docIds` in the index's doc order; `entries` by id (`entriesById`, from the bundle as shipped).
   * Each is read only when its doc first becomes a candidate, and checked then: one it cannot read
   * has no letters.
   */
  constructor(
    private readonly docIds: readonly string[],
    private readonly entries: ReadonlyMap<string, unknown>,
    private readonly stopwords: ReadonlySet<string>,
  ) {}

  /**
   * How close (cosine, 0–1) the letters of `query` are to each of `candidates` (doc numbers);
   * one sharing no letters with it is left out (an opinion with nothing to go on agrees with no one).
   */
  closeness(query: string, candidates: readonly number[]): Map<number, number> {
    const q = vectorOf(query, this.stopwords);
    const out = new Map<number, number>();
    for (const doc of candidates) {
      const v = this.vectorOf(doc);
      let cosine = 0;
      for (const [gram, w] of q) cosine += w * (v.get(gram) ?? 0);
      if (cosine > 0) out.set(doc, cosine);
    }
    return out;
  }

  // Built when a doc first becomes a candidate: most answers never do for a given visitor.
  private vectorOf(doc: number): Vector {
    let v = this.vectors.get(doc);
    if (!v) this.vectors.set(doc, (v = vectorOf(phrasedTexts(this.entries.get(this.docIds[doc] ?? '')).join(' . '), this.stopwords)));
    return v;
  }
}
