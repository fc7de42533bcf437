/**
 * What the editors' phrasings teach: a naive Bayes model of which answer a question is asked of,
 * learned from each answer's title, questions and tags (and the same answer's title and questions
 * in the other language), as intent classifiers learn from their training phrases. Its features are
 * the index's terms and the letters, four at a time across word boundaries (" pas", "aspo", "or h"),
 * so a misspelling, a cognate ("paspor" / "passport") or two words written together still meet the
 * phrasing they resemble, while a piece that every answer's phrasings share says little about which
 * one is asked.
 *
 * Unlike the index's field scores, it weighs each phrasing as evidence of its answer against all
 * the others: a question that could be any answer's spreads its probability, one worded like a
 * single answer's phrasings concentrates it. Built on first use from what the bundle ships; the
 * smoothing is Laplace's (α = 1), not fitted.
 */
import type { SerializedIndex } from './index-format.js';
import { foldText } from './normalize.js';
import { entriesById, phrasedTexts } from './phrased.js';

const ALPHA = 1;
/** Symbols of folded text (normalize.ts): space, a–z, 0–9. */
const SYMBOLS = 37;
/** How many four-letter pieces there can be: their numbers run from 0 to this, after every term's. */
const PIECES = SYMBOLS ** 4;

/** One way an answer is asked: its terms (the index's numbers) and its text as written, for the letters. */
export interface Phrasing {
  terms: readonly number[];
  text: string;
}

const symbolOf = (code: number): number => (code === 32 ? 0 : code >= 97 ? code - 96 : code - 48 + 27);

/** A phrasing's features: term numbers as they are, and each four-letter piece numbered after every term. */
function featuresOf({ terms, text }: Phrasing, termCount: number): Set<number> {
  const out = new Set<number>(terms);
  const padded = ` ${foldText(text)} `;
  let code = 0;
  for (let i = 0; i < padded.length; i++) {
    code = (code * SYMBOLS + symbolOf(padded.charCodeAt(i))) % PIECES;
    if (i >= 3) out.add(termCount + code);
  }
  return out;
}

interface Built {
  /** Per feature: the docs whose phrasings have it, and log((count + α) / α) for each. */
  features: Map<number, { docs: Int32Array; lifts: Float64Array }>;
  /** Per doc: log(its feature count + α × vocabulary size), the smoothed denominator. */
  logTotals: Float64Array;
}

export class PhrasingModel {
  private built: Built | undefined;
  private readonly z: Float64Array;

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
    const { features, logTotals } = (this.built ??= this.build());
    const known = [...featuresOf(question, this.termCount)].flatMap((f) => features.get(f) ?? []);
    if (!known.length) return undefined;
    const z = this.z;
    const base = known.length * Math.log(ALPHA);
    for (let doc = 0; doc < this.docCount; doc++) z[doc] = base - known.length * logTotals[doc];
    for (const { docs, lifts } of known) for (let i = 0; i < docs.length; i++) z[docs[i]] += lifts[i];
    let max = -Infinity;
    for (let doc = 0; doc < this.docCount; doc++) max = Math.max(max, z[doc]);
    let sum = 0;
    for (let doc = 0; doc < this.docCount; doc++) sum += z[doc] = Math.exp(z[doc] - max);
    for (let doc = 0; doc < this.docCount; doc++) z[doc] /= sum;
    return z;
  }

  /** Builds the model now rather than on the first question. */
  prepare(): void {
    this.built ??= this.build();
  }

  private build(): Built {
    // Each feature's docs, one entry per occurrence, in doc order: a run of one doc is its count.
    const occurrences = new Map<number, number[]>();
    const totals = new Float64Array(this.docCount);
    for (let doc = 0; doc < this.docCount; doc++) {
      for (const phrasing of this.phrasingsOf(doc)) {
        for (const f of featuresOf(phrasing, this.termCount)) {
          const list = occurrences.get(f);
          if (list) list.push(doc);
          else occurrences.set(f, [doc]);
          totals[doc]++;
        }
      }
    }
    const features: Built['features'] = new Map();
    for (const [f, list] of occurrences) {
      const docs: number[] = [];
      const lifts: number[] = [];
      for (let i = 0; i < list.length; ) {
        let j = i + 1;
        while (j < list.length && list[j] === list[i]) j++;
        docs.push(list[i]);
        lifts.push(Math.log((j - i + ALPHA) / ALPHA));
        i = j;
      }
      features.set(f, { docs: Int32Array.from(docs), lifts: Float64Array.from(lifts) });
    }
    const vocabulary = occurrences.size;
    return { features, logTotals: totals.map((t) => Math.log(t + ALPHA * vocabulary)) };
  }
}

/**
 * The model for an index: each answer's phrasings as the bundle's `entries` hold them, and the
 * other language's as the index does. The index already has the terms of each title and question;
 * only tags and the other language's are analysed here (`termsOf`: text to the index's term numbers).
 */
export function phrasingModelFor(index: SerializedIndex, entries: unknown, termsOf: (text: string) => number[]): PhrasingModel {
  const byId = entriesById(entries);
  return new PhrasingModel(index.docs.length, index.terms.length, (doc) => {
    const texts = phrasedTexts(byId.get(index.docs[doc][0]));
    // The index's terms are for the title and questions it was built from, in that order: usable
    // when the entry still has them all (its tags come after).
    const indexed = texts.length >= index.phrasings[doc].length ? index.phrasings[doc] : [];
    const own = texts.map((text, i) => ({ terms: indexed[i] ?? termsOf(text), text }));
    return [...own, ...(index.translated?.[doc] ?? []).map((text) => ({ terms: termsOf(text), text }))];
  });
}
