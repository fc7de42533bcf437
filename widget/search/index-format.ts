/**
 * The serialised index shipped in each content bundle. Built once on the server
 * (`buildIndex`), read as-is in the browser (`createSearcher`): the browser never rebuilds it.
 */
import type { Lang } from './types.js';

export const INDEX_FORMAT = 13;

export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  lang: Lang;
  /**
   * Per answer: [id, category]. A doc's number is its position here. Its title is the bundle's
   * entry's (the searcher is given the entries): a second copy here was 5 % of the index.
   */
  docs: [string, string][];
  /** Doc numbers of requirement checkers: guides shown beside answers, never the answer itself. */
  guides: number[];
  /** The sorted vocabulary of distinct terms, front-coded (front-coding.ts). A term's number is its place in it. */
  terms: string;
  /**
   * Per term: flattened pairs [docGap, shape], doc numbers delta-encoded so the JSON stays small.
   * The shape is a number in `shapes`: how often the doc has the term in each field. The searcher
   * weighs it as BM25F does before saturation, from `fieldWeights` and the doc's `lengths`.
   */
  postings: number[][];
  /** The ways a term occurs in a doc, most common first: its count in each field, in the order of FIELDS (fields.ts). */
  shapes: number[][];
  /** Per doc: each field's length in terms (FIELDS' order), which normalises the weights. */
  lengths: number[][];
  /** Each field's weight (FIELDS' order) when the index was built: tuning builds indexes with other body and questions weights. */
  fieldWeights: number[];
  /** Per doc: its title and each alternative question as a list of term numbers (the phrasings people use). */
  phrasings: number[][][];
  /**
   * Per doc: the same answer's title and questions in the other language (empty when it has none),
   * each as the numbers of the terms this index knows, for the phrasing model (phrasing-model.ts).
   * As numbers, not as written: their letters told the model nothing more (k-fold), and as text they
   * were a fifth of the bundle. Missing in indexes built before it (those had `translated`, the text).
   */
  translatedTerms?: number[][][];
  /**
   * When the best result is an answer (decision.ts): the logistic model `npm run tune` fitted, one
   * weight per feature in FEATURES' order. It ships with the content, not in widget.js, which it
   * would cost about 0.9 KB gzipped; the format number changes with the features, so a widget only
   * ever reads weights of its own features.
   */
  decision: DecisionModel;
  /** The synonym groups the index was built with; the searcher needs the same analyzer. */
  synonyms: string[][];
  /** Words that carry no topic, in either language (questions mix them), sorted and front-coded (front-coding.ts). */
  stopwords: string;
  /** Informal → formal spellings whose formal side this index knows (compacted from a published dictionary). */
  informal: [string, string][];
  /** Terms naming other offices' documents, immigration's own terms and among them its documents, places (see `SCOPE` in lexicon.ts). */
  scope: {
    elsewhere: string[];
    immigration: string[];
    documents: string[];
    places: string[];
    /** Other countries' names, folded (foreign-visa.ts); missing in indexes built before them. */
    countries?: string[];
    /** Their short names in capitals ("US", "UK"), matched only as typed in capitals. */
    countryAbbreviations?: string[];
    /** Words of a visa or an embassy, next to which a country's name asks about that country's visa. */
    consular?: string[];
  };
}

export interface DecisionModel {
  weights: readonly number[];
  bias: number;
  /** The least probability that is answered. */
  threshold: number;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isDecisionModel(value: unknown): value is DecisionModel {
  const m = value as DecisionModel | null;
  return !!m && Array.isArray(m.weights) && m.weights.every(isNumber) && isNumber(m.bias) && isNumber(m.threshold);
}

export function isSerializedIndex(value: unknown): value is SerializedIndex {
  const v = value as SerializedIndex | null;
  return (
    !!v &&
    v.format === INDEX_FORMAT &&
    Array.isArray(v.docs) &&
    Array.isArray(v.guides) &&
    typeof v.terms === 'string' &&
    Array.isArray(v.postings) &&
    Array.isArray(v.shapes) &&
    Array.isArray(v.lengths) &&
    v.lengths.length === v.docs.length &&
    Array.isArray(v.fieldWeights) &&
    Array.isArray(v.phrasings) &&
    v.phrasings.length === v.docs.length &&
    (v.translatedTerms === undefined || (Array.isArray(v.translatedTerms) && v.translatedTerms.length === v.docs.length)) &&
    isDecisionModel(v.decision) &&
    Array.isArray(v.synonyms) &&
    typeof v.stopwords === 'string' &&
    Array.isArray(v.informal) &&
    !!v.scope &&
    Array.isArray(v.scope.elsewhere) &&
    Array.isArray(v.scope.immigration) &&
    Array.isArray(v.scope.documents) &&
    Array.isArray(v.scope.places) &&
    (v.scope.countries === undefined || isStrings(v.scope.countries)) &&
    (v.scope.consular === undefined || isStrings(v.scope.consular)) &&
    (v.scope.countryAbbreviations === undefined || isStrings(v.scope.countryAbbreviations))
  );
}
