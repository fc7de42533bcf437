/** Builds the serialised index from answers. Runs on the server (and in tests); browser-safe anyway. */
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { FIELDS } from './fields.js';
import { countryAbbreviations, countryNames } from './foreign-visa.js';
import { frontCode } from './front-coding.js';
import { INDEX_FORMAT, type SerializedIndex } from './index-format.js';
import { informalFor, stopwordsFor } from './language-data.js';
import { mergeSynonyms, SCOPE } from './lexicon.js';
import { TUNED_DECISION } from './tuned.js';
import { words } from './normalize.js';
import { LANGS, type Lang, type SearchDoc } from './types.js';

export interface BuildOptions {
  /** The same answers in the other language (matched by id), searched as one more field. */
  translations?: readonly SearchDoc[];
  /** How much the body counts, relative to the other fields (default: the tuned weight). */
  bodyWeight?: number;
  /** How much the answer's questions, all together, count (default: the tuned weight). */
  questionsWeight?: number;
}

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
    // Shipped even when the informal word is itself a term of the vocabulary: the index was built
    // with it written formally, so that term came from another word ("bikinnya" stems to "bikin"),
    // and a question's "bikin" left as typed would find only that answer.
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
  // Term frequencies per field per doc, and field lengths for length normalisation (in the browser).
  const perDoc = docs.map((doc) =>
    FIELDS.map((f) => {
      const counts = new Map<string, number>();
      const terms = analyzer.terms(fieldText(doc, f.name, translationOf.get(doc.id)));
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      return { counts, length: terms.length };
    }),
  );
  const fieldWeights = FIELDS.map(
    (f) => (f.name === 'text' ? options.bodyWeight : f.name === 'questions' ? options.questionsWeight : undefined) ?? f.weight,
  );

  // Per term, the docs having it and how often in each field: its shape, written as "0,0,0,1,0"
  // once the doc's fields are all counted (see `shapes` in index-format.ts).
  const occurrences = new Map<string, Map<number, string>>();
  perDoc.forEach((fields, docNo) => {
    const shapesHere = new Map<string, number[]>();
    fields.forEach(({ counts }, fi) => {
      for (const [term, tf] of counts) {
        let shape = shapesHere.get(term);
        if (!shape) shapesHere.set(term, (shape = FIELDS.map(() => 0)));
        shape[fi] = tf;
      }
    });
    for (const [term, shape] of shapesHere) {
      let byDoc = occurrences.get(term);
      if (!byDoc) occurrences.set(term, (byDoc = new Map()));
      byDoc.set(docNo, shape.join(','));
    }
  });

  const terms = [...occurrences.keys()].sort();
  // Compacted by what the words are as typed, before the index's own informal → formal step.
  const informal = compactInformal(lang, new Set(terms), stopwords, createAnalyzer(synonyms, lang, { stopwords, informal: [] }));
  const shapes = numberedShapes(occurrences);
  const postings = terms.map((term) => flatten(occurrences.get(term)!, shapes));

  const termNo = new Map(terms.map((t, i) => [t, i]));
  // A title or question as the numbers of its distinct terms: the answer's own, and its translation's.
  const phrasingTerms = (texts: readonly string[]) => texts.map((text) => [...new Set(analyzer.terms(text))].flatMap((t) => termNo.get(t) ?? []));
  const phrasings = docs.map((doc) => phrasingTerms([doc.title, ...doc.questions]));

  return {
    format: INDEX_FORMAT,
    lang,
    docs: docs.map((d) => [d.id, d.category]),
    guides: docs.flatMap((d, i) => (d.checker ? [i] : [])),
    terms: frontCode(terms),
    postings,
    shapes: [...shapes.keys()].map((key) => key.split(',').map(Number)),
    lengths: perDoc.map((fields) => fields.map((f) => f.length)),
    fieldWeights,
    phrasings,
    translatedTerms: docs.map((doc) => {
      const t = translationOf.get(doc.id);
      return t ? phrasingTerms([t.title, ...t.questions]) : [];
    }),
    decision: { ...TUNED_DECISION, weights: [...TUNED_DECISION.weights] },
    synonyms,
    stopwords: frontCode(stopwords),
    informal,
    scope: {
      elsewhere: singleTerms(analyzer, SCOPE.elsewhere),
      immigration: singleTerms(analyzer, SCOPE.immigration),
      documents: singleTerms(analyzer, SCOPE.documents),
      places: singleTerms(analyzer, SCOPE.places),
      countries: [...countryNames()],
      countryAbbreviations: [...countryAbbreviations()],
      consular: SCOPE.consular.map((w) => words(w).join(' ')),
    },
  };
}

/**
 * Each shape a term takes in a doc (its count per field, as "0,0,0,1,0"), numbered by how many
 * postings have it, most first: most postings are one word once in the body, so most shapes
 * written are 0 and 1, which gzip packs tightly. Exact weights, by contrast, differ in their last
 * digits from doc to doc, since each doc's length normalises them.
 */
function numberedShapes(occurrences: ReadonlyMap<string, ReadonlyMap<number, string>>): Map<string, number> {
  const uses = new Map<string, number>();
  for (const byDoc of occurrences.values()) {
    for (const key of byDoc.values()) {
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const ranked = [...uses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(ranked.map(([key], i) => [key, i]));
}

/** [docGap, shape] pairs, as `postings` in index-format.ts (the docs were counted in order). */
function flatten(byDoc: ReadonlyMap<number, string>, shapes: ReadonlyMap<string, number>): number[] {
  const flat: number[] = [];
  let previous = 0;
  for (const [docNo, shape] of byDoc) {
    flat.push(docNo - previous, shapes.get(shape)!);
    previous = docNo;
  }
  return flat;
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
