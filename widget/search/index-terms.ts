/**
 * The index's terms as a search reads them: each term's number, idf and postings. A keystroke asks
 * for the same few terms again and again, so each idf and each decoded posting list is computed on
 * first use and kept.
 */
import type { SerializedIndex } from './index-format.js';

export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

export class IndexTerms {
  /** Each term's number (its place in the index's vocabulary). */
  readonly numbers: ReadonlyMap<string, number>;
  /** A word found nowhere counts like the rarest possible term: it is probably the topic. */
  readonly unknownIdf: number;
  private readonly idfs: Float64Array;
  private readonly decoded = new Map<number, Postings>();

  constructor(private readonly index: SerializedIndex) {
    this.numbers = new Map(index.terms.map((t, i) => [t, i]));
    this.idfs = new Float64Array(index.terms.length).fill(-1);
    this.unknownIdf = this.idfOfCount(0);
  }

  /** The term numbers of `terms` that the index knows, in order. */
  known(terms: readonly string[]): number[] {
    return terms.flatMap((t) => this.numbers.get(t) ?? []);
  }

  /** The idf of term number `no`. */
  idf(no: number): number {
    let v = this.idfs[no];
    if (v < 0) v = this.idfs[no] = this.idfOfCount(this.index.postings[no].length / 2);
    return v;
  }

  /** The idf of a term by name: `unknownIdf` when no answer has it. */
  idfOfTerm(term: string): number {
    const no = this.numbers.get(term);
    return no === undefined ? this.unknownIdf : this.idf(no);
  }

  /** Term number `no`'s docs and weights, decoded from the index's gaps and hundredths. */
  postings(no: number): Postings {
    let p = this.decoded.get(no);
    if (!p) {
      const flat = this.index.postings[no];
      const docs = new Int32Array(flat.length / 2);
      const weights = new Float32Array(flat.length / 2);
      let doc = 0;
      for (let i = 0; i < flat.length; i += 2) {
        doc += flat[i];
        docs[i / 2] = doc;
        weights[i / 2] = flat[i + 1] / 100;
      }
      this.decoded.set(no, (p = { docs, weights }));
    }
    return p;
  }

  private idfOfCount(df: number): number {
    const n = this.index.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
