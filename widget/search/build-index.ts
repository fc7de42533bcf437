/** Builds the serialised index from answers. Runs on the server (and in tests); browser-safe anyway. */
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { FIELDS } from './fields.js';
import { INDEX_FORMAT, type SerializedIndex } from './index-format.js';
import { informalFor, stopwordsFor } from './language-data.js';
import { mergeSynonyms, SCOPE } from './lexicon.js';
import { LANGS, type Lang, type SearchDoc } from './types.js';

export interface BuildOptions {
  /** The same answers in the other language (matched by id), searched as one more field. */
  translations?: readonly SearchDoc[];
  /** How much the body counts, relative to the other fields (default: the tuned weight). */
  bodyWeight?: number;
  /** How much the answer's questions, all together, count (default: the tuned weight). */
  questionsWeight?: number;
}

/** What an answer is called outside its own wording: its tags, and its title and questions in the other language. */
const ASIDE_FIELDS: ReadonlySet<string> = new Set(['tags', 'translation']);

function fieldText(doc: SearchDoc, field: (typeof FIELDS)[number]['name'], translation: SearchDoc | undefined): string {
  switch (field) {
    case 'title':
      return doc.title;
    case 'questions':
      return doc.questions.join(' . ');
    case 'tags':
      return doc.tags.join(' . ');
    case 'text':
      return doc.text;
    case 'translation':
      return translation ? [translation.title, ...translation.questions].join(' . ') : '';
  }
}

/**
 * Informal spellings are kept only where their formal form means something to this index (a term
 * of its vocabulary, or a stop word, so that "gw" is dropped like "saya"): the published dictionary
 * is 2,600 pairs, most about other topics.
 */
function compactInformal(lang: Lang, vocabulary: ReadonlySet<string>, stopwords: readonly string[], analyzer: Analyzer): [string, string][] {
  const stop = new Set(stopwords);
  // The dictionary's formal words repeat (saya, tidak, sudah…): each is looked up once.
  const known = new Map<string, boolean>();
  const isKnown = (word: string) => {
    let k = known.get(word);
    if (k === undefined) known.set(word, (k = stop.has(word) || analyzer.terms(word).every((t) => vocabulary.has(t))));
    return k;
  };
  const out: [string, string][] = [];
  for (const [from, to] of informalFor(lang)) {
    if (!/^[a-z]+$/.test(from)) continue; // folds to another word ("ke2" to "ke"), or is several
    const fromTerms = analyzer.terms(from);
    if (fromTerms.length === 1 && vocabulary.has(fromTerms[0])) continue; // an answer uses the word itself
    const formal = to.toLowerCase().split(/[^a-z]+/).filter(Boolean);
    if (formal.length && formal.every(isKnown)) out.push([from, to]);
  }
  return out;
}

export function buildIndex(
  docs: readonly SearchDoc[],
  contentSynonyms: readonly (readonly string[])[],
  lang: Lang,
  options: BuildOptions = {},
): SerializedIndex {
  const synonyms = mergeSynonyms(contentSynonyms);
  // Questions mix languages, so an index drops the stop words of both.
  const stopwords = [...new Set(LANGS.flatMap(stopwordsFor))].sort();
  // Answers' own questions are written as citizens write ("harga paspor 10 thn"), so the index is
  // built with every informal spelling written formally, and ships those whose formal form it
  // knows (see compactInformal).
  const analyzer = createAnalyzer(synonyms, lang, { stopwords, informal: informalFor(lang) });
  const translationOf = new Map((options.translations ?? []).map((d) => [d.id, d]));
  // Term frequencies per field per doc, and field lengths for length normalisation.
  const perDoc = docs.map((doc) =>
    FIELDS.map((f) => {
      const counts = new Map<string, number>();
      const terms = analyzer.terms(fieldText(doc, f.name, translationOf.get(doc.id)));
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      return { counts, length: terms.length };
    }),
  );
  const avgLength = FIELDS.map((_, fi) => perDoc.reduce((sum, d) => sum + d[fi].length, 0) / Math.max(1, docs.length) || 1);

  const weights = new Map<string, Map<number, number>>();
  perDoc.forEach((fields, docNo) => {
    fields.forEach(({ counts, length }, fi) => {
      const { name, b } = FIELDS[fi];
      const weight = (name === 'text' ? options.bodyWeight : name === 'questions' ? options.questionsWeight : undefined) ?? FIELDS[fi].weight;
      const norm = 1 - b + (b * length) / avgLength[fi];
      for (const [term, tf] of counts) {
        let byDoc = weights.get(term);
        if (!byDoc) weights.set(term, (byDoc = new Map()));
        byDoc.set(docNo, (byDoc.get(docNo) ?? 0) + (weight * tf) / norm);
      }
    });
  });

  // The second opinion (see `aside` in index-format.ts): which answers name a term in their tags or
  // other-language phrasings. Presence alone: it only has to pick a best answer, and stays small.
  const aside = new Map<string, Set<number>>();
  perDoc.forEach((fields, docNo) => {
    fields.forEach(({ counts }, fi) => {
      if (!ASIDE_FIELDS.has(FIELDS[fi].name)) return;
      for (const term of counts.keys()) {
        let docsOf = aside.get(term);
        if (!docsOf) aside.set(term, (docsOf = new Set()));
        docsOf.add(docNo);
      }
    });
  });

  const terms = [...weights.keys()].sort();
  // Compacted by what the words are as typed, before the index's own informal → formal step.
  const informal = compactInformal(lang, new Set(terms), stopwords, createAnalyzer(synonyms, lang, { stopwords, informal: [] }));
  const postings = terms.map((term) => flatten(weights.get(term)!));
  const asideDocs = terms.map((term) => gaps(aside.get(term)));

  const termNo = new Map(terms.map((t, i) => [t, i]));
  const phrasings = docs.map((doc) =>
    [doc.title, ...doc.questions].map((text) => [...new Set(analyzer.terms(text))].map((t) => termNo.get(t)!)),
  );

  return {
    format: INDEX_FORMAT,
    lang,
    docs: docs.map((d) => [d.id, d.title, d.category]),
    guides: docs.flatMap((d, i) => (d.checker ? [i] : [])),
    terms,
    postings,
    aside: asideDocs,
    phrasings,
    translated: docs.map((doc) => {
      const t = translationOf.get(doc.id);
      return t ? [t.title, ...t.questions] : [];
    }),
    synonyms,
    stopwords,
    informal,
    scope: {
      elsewhere: singleTerms(analyzer, SCOPE.elsewhere),
      immigration: singleTerms(analyzer, SCOPE.immigration),
      documents: singleTerms(analyzer, SCOPE.documents),
      places: singleTerms(analyzer, SCOPE.places),
    },
  };
}

/**
 * A weight as the index stores it: in hundredths, rounded onto a ladder of steps 5 % apart. Exact
 * hundredths differ in their last digits from answer to answer (each answer's length normalises
 * them), and those digits were over half of the postings' gzipped size, since gzip finds few
 * repeats in them. Steps 5 % apart keep each term's weight within 2.5 % of its exact value: the
 * 300-entry index is 7 % smaller, and k-fold answered top-1 stays within a fraction of a point.
 */
const WEIGHT_STEP = Math.log(1.05);
function storedWeight(weight: number): number {
  const hundredths = Math.max(1, Math.round(weight * 100));
  return Math.max(1, Math.round(Math.exp(Math.round(Math.log(hundredths) / WEIGHT_STEP) * WEIGHT_STEP)));
}

/** [docGap, weight×100] pairs in doc order, as `postings` in index-format.ts (the weight as `storedWeight` rounds it). */
function flatten(byDoc: ReadonlyMap<number, number>): number[] {
  const flat: number[] = [];
  let previous = 0;
  for (const [docNo, w] of [...byDoc].sort((a, b) => a[0] - b[0])) {
    flat.push(docNo - previous, storedWeight(w));
    previous = docNo;
  }
  return flat;
}

/** Doc numbers in order, each as the gap from the one before. */
function gaps(docNos: ReadonlySet<number> | undefined): number[] {
  const sorted = [...(docNos ?? [])].sort((a, b) => a - b);
  return sorted.map((d, i) => d - (i ? sorted[i - 1] : 0));
}

/** The terms the words stand for, as the analyzer of this index sees them (a synonym folds onto its group's term). */
function singleTerms(analyzer: Analyzer, list: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of list) {
    const terms = analyzer.terms(word);
    if (terms.length === 1) out.add(terms[0]);
  }
  return [...out].sort();
}
