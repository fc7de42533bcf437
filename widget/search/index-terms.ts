/**
 * The index's terms as a search reads them: each term's number, idf and postings. A keystroke asks
 * for the same few terms again and again, so each idf and each decoded posting list is computed on
 * first use and kept.
 */
import { FIELDS, isAsideField } from './fields.js';
import { frontDecode } from './front-coding.js';
import type { SerializedIndex } from './index-format.js';

const FIELD_COUNT = FIELDS.length;
const SEVERAL_FIELDS = -1;
const NO_SHAPE = -2;

export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

export class IndexTerms {
  /** The vocabulary, in the index's order (a term's number is its place here). */
  readonly list: readonly string[];
  /** Each term's number (its place in the index's vocabulary). */
  readonly numbers: ReadonlyMap<string, number>;
  /** A word found nowhere counts like the rarest possible term: it is probably the topic. */
  readonly unknownIdf: number;
  private readonly idfs: Float64Array;
  private readonly decoded = new Map<number, Postings>();
  private readonly asides = new Map<number, Int32Array>();
  /** Per doc and field (docs × FIELDS, flat): the field's weight over its length normalisation. */
  private readonly fieldFactors: Float64Array;
  private readonly shapeFields: ShapeFields;

  /** Throws when the index's terms are not what its postings are for. */
  constructor(private readonly index: SerializedIndex) {
    const list = frontDecode(index.terms);
    if (!list || list.length !== index.postings.length) throw new Error('[faq-assistant] the search index is damaged: its terms do not match its postings');
    this.list = list;
    this.numbers = new Map(list.map((t, i) => [t, i]));
    this.idfs = new Float64Array(list.length).fill(-1);
    this.unknownIdf = this.idfOfCount(0);
    this.fieldFactors = fieldFactors(index);
    this.shapeFields = shapeFields(index.shapes);
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

  /**
   * Term number `no`'s docs and weights, decoded from the index's gaps and shapes: per doc, the
   * term's count in each field times that field's weight over its length normalisation, summed.
   */
  postings(no: number): Postings {
    let p = this.decoded.get(no);
    if (!p) {
      const flat = this.index.postings[no];
      const { single, counts } = this.shapeFields;
      const factors = this.fieldFactors;
      const docs = new Int32Array(flat.length / 2);
      const weights = new Float32Array(flat.length / 2);
      let doc = 0;
      for (let i = 0; i < flat.length; i += 2) {
        doc += flat[i];
        const shape = flat[i + 1];
        // A shape number the index does not have (a damaged index) weighs nothing.
        const f = shape < single.length ? single[shape] : NO_SHAPE;
        let weight = 0;
        if (f >= 0) weight = counts[shape * FIELD_COUNT + f] * factors[doc * FIELD_COUNT + f];
        else if (f === SEVERAL_FIELDS) {
          for (let g = 0; g < FIELD_COUNT; g++) weight += counts[shape * FIELD_COUNT + g] * factors[doc * FIELD_COUNT + g];
        }
        docs[i / 2] = doc;
        weights[i / 2] = weight;
      }
      this.decoded.set(no, (p = { docs, weights }));
    }
    return p;
  }

  /**
   * The docs naming term number `no` in a field kept aside (`isAsideField` in fields.ts: their tags,
   * their phrasings in the other language), read from the postings' shapes.
   */
  asideDocs(no: number): Int32Array {
    let docs = this.asides.get(no);
    if (!docs) {
      const { docs: all } = this.postings(no);
      const flat = this.index.postings[no];
      const { aside } = this.shapeFields;
      docs = all.filter((_, i) => aside[flat[2 * i + 1]] === 1);
      this.asides.set(no, docs);
    }
    return docs;
  }

  private idfOfCount(df: number): number {
    const n = this.index.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

/** Per doc and field, weight / (1 − b + b × length / average length), as BM25F normalises a field's counts. */
function fieldFactors({ lengths, fieldWeights }: SerializedIndex): Float64Array {
  const docCount = lengths.length;
  const factors = new Float64Array(docCount * FIELD_COUNT);
  FIELDS.forEach(({ b }, f) => {
    let total = 0;
    for (const docLengths of lengths) total += docLengths[f] ?? 0;
    const average = total / Math.max(1, docCount) || 1;
    for (let doc = 0; doc < docCount; doc++) {
      factors[doc * FIELD_COUNT + f] = (fieldWeights[f] ?? 0) / (1 - b + (b * (lengths[doc][f] ?? 0)) / average);
    }
  });
  return factors;
}

/**
 * The shapes as flat arrays: shape `s`'s count in field `f` is `counts[s × FIELD_COUNT + f]`, and
 * `single[s]` is its one field when it has only one (most do: one word once in the body).
 * Decoding a long posting list then costs one multiplication per doc, not one per field.
 */
interface ShapeFields {
  single: Int32Array;
  counts: Float64Array;
  /** Per shape: 1 when it has the term in a field kept aside. */
  aside: Uint8Array;
}

function shapeFields(shapes: readonly (readonly number[])[]): ShapeFields {
  const single = new Int32Array(shapes.length).fill(SEVERAL_FIELDS);
  const counts = new Float64Array(shapes.length * FIELD_COUNT);
  const aside = new Uint8Array(shapes.length);
  shapes.forEach((shape, s) => {
    let fields = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const count = Number(shape[f]) || 0;
      counts[s * FIELD_COUNT + f] = count;
      if (count > 0) {
        fields++;
        single[s] = f;
        if (isAsideField(FIELDS[f])) aside[s] = 1;
      }
    }
    if (fields !== 1) single[s] = SEVERAL_FIELDS;
  });
  return { single, counts, aside };
}
