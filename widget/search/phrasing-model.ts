/**
 * What the editors' phrasings teach: a naive Bayes model of which answer a question is asked of,
 * learned from each answer's title, questions and tags (and the terms of the same answer's title
 * and questions in the other language), as intent classifiers learn from their training phrases.
 * Each answer's body teaches it too, sentence by sentence, at a tenth of a phrasing's weight (see
 * BODY_WEIGHT). Its features are the index's terms and the letters, four at a time across word boundaries
 * (" pas", "aspo", "or h"), so a misspelling or two words written together still meet the phrasing
 * they resemble, while a piece that every answer's phrasings share says little about which one is
 * asked.
 *
 * Unlike the index's field scores, it weighs each phrasing as evidence of its answer against all
 * the others: a question that could be any answer's spreads its probability, one worded like a
 * single answer's phrasings concentrates it. Built on first use from what the bundle ships; the
 * smoothing is Laplace's (α = 1): k-fold (4 draws) answered no more at 0.25, 0.5, 1.5 or 2.
 */
import type { SerializedIndex } from './index-format.js';
import { foldText } from './normalize.js';
import { bodySentences, phrasedTexts } from './phrased.js';

const ALPHA = 1;
/**
 * How much one four-letter piece counts, relative to a term. A word of five letters is six pieces,
 * all present or absent together: counted fully, they would outvote its term six to one, and a long
 * word its shorter neighbours ("indonesian" ten votes, "home" five), as if each piece were separate
 * evidence. At a quarter, a word's pieces weigh about as much as the word. (k-fold, 12 draws at 40
 * questions per answer: 74.0 → 75.0 % answered top-1, wrong 3.1 → 3.0 %; 0.15, 0.2 and 0.35 gained
 * less, and a weight of words ÷ pieces per question half as much.)
 */
const PIECE_WEIGHT = 0.25;
/**
 * How much a sentence of an answer's body counts, relative to a title or question. The body says
 * what the asker's situation is made of ("the fine is per day past the stay", "washed, torn or
 * stamped pages") in words its phrasings may never use; but it is written to inform, not to be
 * asked, and it also names its neighbours' subjects ("if it was lost abroad, see …"). k-fold (4
 * draws, 1,424 questions) answered top-1: 77.3 % without the body, 77.6 at 0.25, 77.9 at 1/6, 78.0
 * at 0.1 and at 0.05, 75.5 at full weight; wrong 3.1–3.2 % in all.
 */
export const BODY_WEIGHT = 0.1;
/** Symbols of folded text (normalize.ts): space, a–z, 0–9. */
const SYMBOLS = 37;
/** How many four-letter pieces there can be: their numbers run from 0 to this, after every term's. */
const PIECES = SYMBOLS ** 4;

/** One way an answer is asked: its terms (the index's numbers) and its text as written, for the letters. */
export interface Phrasing {
  terms: readonly number[];
  text: string;
  /** How much it counts (1 when not given): a body sentence counts BODY_WEIGHT. */
  weight?: number;
}

const symbolOf = (code: number): number => (code === 32 ? 0 : code >= 97 ? code - 96 : code - 48 + 27);

type Growable = Int32Array<ArrayBuffer> | Float32Array<ArrayBuffer>;

/** The same values in an array of the same kind twice as long. */
function grown<T extends Growable>(values: T): T {
  const out = new (values.constructor as new (length: number) => T)(values.length * 2);
  out.set(values);
  return out;
}

/** A typed array that grows as it is appended to. */
class GrowingList<T extends Growable> {
  length = 0;
  constructor(public values: T) {}
  push(v: number): void {
    if (this.length === this.values.length) this.values = grown(this.values);
    this.values[this.length++] = v;
  }
}

const int32List = () => new GrowingList(new Int32Array(1024));

/**
 * A phrasing's features into `out` (emptied first): its term numbers, then each four-letter piece
 * numbered after every term. A feature may come twice. Written into a reused list, not a new
 * set per phrasing: the model is built from tens of thousands of them.
 */
function featuresInto(out: GrowingList<Int32Array<ArrayBuffer>>, { terms, text }: Phrasing, termCount: number): void {
  out.length = 0;
  for (const t of terms) out.push(t);
  const padded = ` ${foldText(text)} `;
  let code = 0;
  for (let i = 0; i < padded.length; i++) {
    code = (code * SYMBOLS + symbolOf(padded.charCodeAt(i))) % PIECES;
    if (i >= 3) out.push(termCount + code);
  }
}

/**
 * The counts, laid out for the question's features to be looked up per keystroke: each feature
 * known to the model has a number here, and its docs are `docs[start[n]…start[n + 1]]`.
 */
interface Built {
  numbers: Map<number, number>;
  start: Int32Array;
  docs: Int32Array;
  /** Per entry of `docs`: log((c + α) / α), c the weight of the doc's phrasings that have the feature: what they lift the doc by. */
  lifts: Float32Array;
  /** Per doc: log(its phrasings' weighted feature count + α × vocabulary size), the smoothed denominator. */
  logTotals: Float64Array;
}

export class PhrasingModel {
  private built: Built | undefined;
  private counting: Counting | undefined;
  private readonly z: Float64Array;
  private readonly features = int32List();

  /** `phrasingsOf(doc)`: the ways doc `doc` is asked; `termCount`: the size of the index's vocabulary. */
  constructor(
    private readonly docCount: number,
    private readonly termCount: number,
    private readonly phrasingsOf: (doc: number) => readonly Phrasing[],
  ) {
    this.z = new Float64Array(docCount);
  }

  /**
   * Per doc (the index's order), the probability that `question` is asked of it; undefined when
   * none of its features occurs in any phrasing (the model has nothing to go on). The array is
   * reused by the next call.
   */
  probabilities(question: Phrasing): Float64Array | undefined {
    this.prepare();
    const { numbers, start, docs, lifts, logTotals } = this.built!;
    const features = this.features;
    featuresInto(features, question, this.termCount);
    const knownTerms = new Set<number>();
    const knownPieces = new Set<number>();
    for (let i = 0; i < features.length; i++) {
      const f = features.values[i];
      const n = numbers.get(f);
      if (n !== undefined) (f < this.termCount ? knownTerms : knownPieces).add(n);
    }
    if (!knownTerms.size && !knownPieces.size) return undefined;
    const z = this.z;
    const weight = knownTerms.size + PIECE_WEIGHT * knownPieces.size;
    const base = weight * Math.log(ALPHA);
    for (let doc = 0; doc < this.docCount; doc++) z[doc] = base - weight * logTotals[doc];
    for (const n of knownTerms) for (let i = start[n]; i < start[n + 1]; i++) z[docs[i]] += lifts[i];
    for (const n of knownPieces) for (let i = start[n]; i < start[n + 1]; i++) z[docs[i]] += PIECE_WEIGHT * lifts[i];
    let max = -Infinity;
    for (let doc = 0; doc < this.docCount; doc++) max = Math.max(max, z[doc]);
    let sum = 0;
    for (let doc = 0; doc < this.docCount; doc++) sum += z[doc] = Math.exp(z[doc] - max);
    for (let doc = 0; doc < this.docCount; doc++) z[doc] /= sum;
    return z;
  }

  /**
   * Builds the model, or (given `ms`) about that many milliseconds of it, so that a page can build
   * it in idle moments without holding up a keystroke; true once it is built. Each call counts at
   * least one answer, and a question finishes whatever is left.
   */
  prepare(ms = Infinity): boolean {
    if (this.built) return true;
    const building = (this.counting ??= counting(this.docCount, this.termCount, this.phrasingsOf));
    if (!building.countFor(ms)) return false;
    this.built = building.laidOut();
    this.counting = undefined;
    return true;
  }
}

interface Counting {
  /** Counts answers for about `ms` milliseconds (at least one); true once all are counted. */
  countFor(ms: number): boolean;
  /** The counts as the model reads them. */
  laidOut(): Built;
}

/**
 * Counts each feature's phrasings per doc, a doc at a time. At 10,000 answers that is millions of
 * (feature, doc) pairs: they go into flat arrays and are sorted by counting, not into a list per
 * feature. (A closure, not a class: its state's names are then the minifier's to shorten.)
 */
function counting(docCount: number, termCount: number, phrasingsOf: (doc: number) => readonly Phrasing[]): Counting {
  // Every feature's number here (−1: not seen yet), looked up directly: a Map would be asked
  // millions of times at 10,000 answers. The table is dropped once the counts are laid out.
  const numberOf = new Int32Array(termCount + PIECES).fill(-1);
  // The same numbers for the questions' few features, kept once the table is dropped.
  const numbers = new Map<number, number>();
  let vocabulary = 0;
  // Per numbered feature, the last phrasing it was counted for: a phrasing counts a feature once.
  let lastPhrasing: Int32Array<ArrayBuffer> = new Int32Array(1024);
  const pairFeatures = int32List();
  const pairDocs = int32List();
  const pairWeights = new GrowingList(new Float32Array(1024));
  const totals = new Float64Array(docCount);
  const features = int32List();
  let phrasing = 0;
  let next = 0;

  function countFor(ms: number): boolean {
    const until = performance.now() + ms;
    do {
      if (next === docCount) return true;
      const doc = next++;
      for (const p of phrasingsOf(doc)) {
        phrasing++;
        const weight = p.weight ?? 1;
        featuresInto(features, p, termCount);
        for (let i = 0; i < features.length; i++) {
          const f = features.values[i];
          let n = numberOf[f];
          if (n < 0) {
            numberOf[f] = n = vocabulary++;
            numbers.set(f, n);
            if (n === lastPhrasing.length) lastPhrasing = grown(lastPhrasing);
          } else if (lastPhrasing[n] === phrasing) continue;
          lastPhrasing[n] = phrasing;
          pairWeights.push(weight);
          pairFeatures.push(n);
          pairDocs.push(doc);
          totals[doc] += weight;
        }
      }
    } while (performance.now() < until);
    return next === docCount;
  }

  function laidOut(): Built {
    // By feature, each doc once per phrasing that has it, in doc order (the pairs came in doc order).
    const byFeature = new Int32Array(vocabulary + 1);
    for (let i = 0; i < pairFeatures.length; i++) byFeature[pairFeatures.values[i] + 1]++;
    for (let n = 0; n < vocabulary; n++) byFeature[n + 1] += byFeature[n];
    const place = byFeature.slice(0, vocabulary);
    const sorted = new Int32Array(pairFeatures.length);
    const sortedWeights = new Float32Array(pairFeatures.length);
    for (let i = 0; i < pairFeatures.length; i++) {
      const at = place[pairFeatures.values[i]]++;
      sorted[at] = pairDocs.values[i];
      sortedWeights[at] = pairWeights.values[i];
    }
    // A run of one doc is its count (the weights of its phrasings): each run becomes the doc once, with what that count lifts it by.
    const start = new Int32Array(vocabulary + 1);
    const docs = new Int32Array(sorted.length);
    const lifts = new Float32Array(sorted.length);
    let kept = 0;
    for (let n = 0; n < vocabulary; n++) {
      start[n] = kept;
      for (let i = byFeature[n]; i < byFeature[n + 1]; ) {
        let count = sortedWeights[i];
        let j = i + 1;
        for (; j < byFeature[n + 1] && sorted[j] === sorted[i]; j++) count += sortedWeights[j];
        docs[kept] = sorted[i];
        lifts[kept++] = Math.log((count + ALPHA) / ALPHA);
        i = j;
      }
    }
    start[vocabulary] = kept;
    return {
      numbers,
      start,
      docs: docs.slice(0, kept),
      lifts: lifts.slice(0, kept),
      logTotals: totals.map((t) => Math.log(t + ALPHA * vocabulary)),
    };
  }

  return { countFor, laidOut };
}

/**
 * The model for an index: each answer's phrasings as the bundle's `entries` hold them, and the
 * other language's as the index does (their terms only). The index already has the terms of each
 * title and question; only tags are analysed here (`termsOf`: text to the index's term numbers).
 */
export function phrasingModelFor(index: SerializedIndex, byId: ReadonlyMap<string, unknown>, termsOf: (text: string) => number[]): PhrasingModel {
  return new PhrasingModel(index.docs.length, index.postings.length, (doc) => {
    const entry = byId.get(index.docs[doc][0]);
    const texts = phrasedTexts(entry);
    // The index's terms are for the title and questions it was built from, in that order: usable
    // when the entry still has them all (its tags come after).
    const indexed = texts.length >= index.phrasings[doc].length ? index.phrasings[doc] : [];
    const own = texts.map((text, i) => ({ terms: indexed[i] ?? termsOf(text), text }));
    const body = bodySentences(entry).map((text) => ({ terms: termsOf(text), text, weight: BODY_WEIGHT }));
    return [...own, ...body, ...(index.translatedTerms?.[doc] ?? []).map((terms) => ({ terms, text: '' }))];
  });
}
