/** Builds the serialised index from answers. Runs on the server (and in tests); browser-safe anyway. */
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { FIELDS } from './fields.js';
import { INDEX_FORMAT, type SerializedIndex } from './index-format.js';
import { mergeSynonyms, SCOPE } from './lexicon.js';
import type { Lang, SearchDoc } from './types.js';

function fieldText(doc: SearchDoc, field: (typeof FIELDS)[number]['name']): string {
  switch (field) {
    case 'title':
      return doc.title;
    case 'questions':
      return doc.questions.join(' . ');
    case 'tags':
      return doc.tags.join(' . ');
    case 'text':
      return doc.text;
  }
}

export function buildIndex(docs: readonly SearchDoc[], contentSynonyms: readonly (readonly string[])[], lang: Lang): SerializedIndex {
  const synonyms = mergeSynonyms(contentSynonyms);
  const analyzer = createAnalyzer(synonyms, lang);
  // Term frequencies per field per doc, and field lengths for length normalisation.
  const perDoc = docs.map((doc) =>
    FIELDS.map((f) => {
      const counts = new Map<string, number>();
      const terms = analyzer.terms(fieldText(doc, f.name));
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      return { counts, length: terms.length };
    }),
  );
  const avgLength = FIELDS.map((_, fi) => perDoc.reduce((sum, d) => sum + d[fi].length, 0) / Math.max(1, docs.length) || 1);

  const weights = new Map<string, Map<number, number>>();
  perDoc.forEach((fields, docNo) => {
    fields.forEach(({ counts, length }, fi) => {
      const { weight, b } = FIELDS[fi];
      const norm = 1 - b + (b * length) / avgLength[fi];
      for (const [term, tf] of counts) {
        let byDoc = weights.get(term);
        if (!byDoc) weights.set(term, (byDoc = new Map()));
        byDoc.set(docNo, (byDoc.get(docNo) ?? 0) + (weight * tf) / norm);
      }
    });
  });

  const terms = [...weights.keys()].sort();
  const postings = terms.map((term) => {
    const flat: number[] = [];
    let previous = 0;
    for (const [docNo, w] of [...weights.get(term)!].sort((a, b) => a[0] - b[0])) {
      flat.push(docNo - previous, Math.max(1, Math.round(w * 100)));
      previous = docNo;
    }
    return flat;
  });

  const termNo = new Map(terms.map((t, i) => [t, i]));
  const phrasings = docs.map((doc) =>
    [doc.title, ...doc.questions].map((text) => [...new Set(analyzer.terms(text))].map((t) => termNo.get(t)!)),
  );

  return {
    format: INDEX_FORMAT,
    lang,
    docs: docs.map((d) => [d.id, d.title, d.category]),
    terms,
    postings,
    phrasings,
    synonyms,
    scope: {
      elsewhere: singleTerms(analyzer, SCOPE.elsewhere),
      immigration: singleTerms(analyzer, SCOPE.immigration),
      places: singleTerms(analyzer, SCOPE.places),
    },
  };
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
