/**
 * The serialised index shipped in each content bundle. Built once on the server
 * (`buildIndex`), read as-is in the browser (`createSearcher`): the browser never rebuilds it.
 */
import type { Lang } from './types.js';

export const INDEX_FORMAT = 8;

export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  lang: Lang;
  /** Per answer: [id, title, category]. A doc's number is its position here. */
  docs: [string, string, string][];
  /** Doc numbers of requirement checkers: guides shown beside answers, never the answer itself. */
  guides: number[];
  /** Sorted vocabulary of distinct terms. */
  terms: string[];
  /**
   * Per term (same order as `terms`): flattened pairs [docGap, weight×100], doc numbers
   * delta-encoded so the JSON stays small; the weight is the field-weighted, length-normalised
   * term frequency (BM25F before saturation).
   */
  postings: number[][];
  /**
   * Per term (same order): the answers naming it in their tags or their title and questions in the
   * other language, as doc-number gaps. A second, independent ranking: when it picks another best
   * answer than `postings` do, the question sits between answers (see `agree` in decision.ts).
   */
  aside: number[][];
  /** Per doc: its title and each alternative question as a list of term numbers (the phrasings people use). */
  phrasings: number[][][];
  /**
   * Per doc: the same answer's title and questions in the other language, as written (empty when it
   * has none), for the phrasing model (phrasing-model.ts). Missing in indexes built before it.
   */
  translated?: string[][];
  /** The synonym groups the index was built with; the searcher needs the same analyzer. */
  synonyms: string[][];
  /** Words that carry no topic, in either language (questions mix them). */
  stopwords: string[];
  /** Informal → formal spellings whose formal side this index knows (compacted from a published dictionary). */
  informal: [string, string][];
  /** Terms naming other offices' documents, immigration's own terms and among them its documents, places (see `SCOPE` in lexicon.ts). */
  scope: { elsewhere: string[]; immigration: string[]; documents: string[]; places: string[] };
}

export function isSerializedIndex(value: unknown): value is SerializedIndex {
  const v = value as SerializedIndex | null;
  return (
    !!v &&
    v.format === INDEX_FORMAT &&
    Array.isArray(v.docs) &&
    Array.isArray(v.guides) &&
    Array.isArray(v.terms) &&
    Array.isArray(v.postings) &&
    Array.isArray(v.phrasings) &&
    v.phrasings.length === v.docs.length &&
    (v.translated === undefined || (Array.isArray(v.translated) && v.translated.length === v.docs.length)) &&
    v.terms.length === v.postings.length &&
    Array.isArray(v.aside) &&
    v.aside.length === v.terms.length &&
    Array.isArray(v.synonyms) &&
    Array.isArray(v.stopwords) &&
    Array.isArray(v.informal) &&
    !!v.scope &&
    Array.isArray(v.scope.elsewhere) &&
    Array.isArray(v.scope.immigration) &&
    Array.isArray(v.scope.documents) &&
    Array.isArray(v.scope.places)
  );
}
