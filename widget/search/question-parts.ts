/**
 * What a question's words become before any answer is scored: parts, each with the index terms it
 * may mean (itself, a completion of a half-typed last word, a typo's corrections, a multi-word
 * synonym still being typed), how much it counts for answering, and how much in ranking.
 */
import type { Analyzer, QueryTerm } from './analyzer.js';
import { TUNING } from './decision.js';
import { words } from './normalize.js';
import type { Expansion, Vocabulary } from './vocabulary.js';

/** Synonym phrases are matched up to this many words (as in the analyzer). */
const MAX_PHRASE_WORDS = 4;
/** The shortest word a run-together word is split into: shorter pieces ("di", "ke") fit too many words by chance. */
const MIN_PART = 4;

export interface TermGroup {
  query: QueryTerm;
  expansions: Expansion[];
  /** How much this part of the question counts in the answered decision. */
  weight: number;
  /** How much it counts in ranking, relative to an ordinary word (a number less, a document's name more). */
  factor: number;
}

export interface PartsContext {
  analyzer: Analyzer;
  vocabulary: Vocabulary;
  /** Whether the index has the term. */
  known(term: string): boolean;
  /** The term's idf; a word found nowhere gets `unknownIdf`. */
  idf(term: string): number;
  unknownIdf: number;
  /** Towns (the asker's own detail) and immigration's documents (the question's subject). */
  places: ReadonlySet<string>;
  immigrationTerms: ReadonlySet<string>;
}

/** The parts of `query`, from its terms as the analyzer gives them (`analyzer.queryTerms(query)`, which the searcher reads too). */
export type QuestionParts = (query: string, analysed: readonly QueryTerm[]) => TermGroup[];

export function createQuestionParts(context: PartsContext): QuestionParts {
  const { analyzer, vocabulary, known, idf, unknownIdf, places, immigrationTerms } = context;

  function expand(q: QueryTerm, endsMidWord: boolean): Expansion[] {
    const out = new Map<string, number>();
    const add = (e: Expansion) => out.set(e.term, Math.max(out.get(e.term) ?? 0, e.weight));
    const isKnown = known(q.term);
    if (isKnown) add({ term: q.term, weight: 1 });
    // Complete a half-typed last word, but never let a completion outrank a word already typed in full.
    if (q.last && endsMidWord && !isKnown) {
      for (const e of vocabulary.completions(q.term)) add(e);
      if (q.word !== q.term && !q.word.includes(' ')) for (const e of vocabulary.completions(q.word)) add(e);
    }
    if (!out.size) {
      for (const e of vocabulary.corrected(q.term)) add(e);
      // A typo can also defeat the stemmer ("perpanjnag"): try the word as typed.
      if (!out.size && q.word !== q.term && !q.word.includes(' ')) {
        const asTyped = analyzer.termOfWord(q.word);
        for (const e of vocabulary.corrected(q.word)) add(e);
        if (asTyped && asTyped !== q.term) for (const e of vocabulary.corrected(asTyped)) add(e);
      }
    }
    return [...out].map(([term, weight]) => ({ term, weight }));
  }

  /**
   * Two words typed without the space between them ("biayapaspor", "bikinpaspor"), as thumbs on a
   * small keyboard do: a word that nothing completes or corrects (`expand` found nothing), that
   * splits into two words the index knows, or one and a stop word (each of at least MIN_PART
   * letters), is read as those. The split that keeps the rarer words wins.
   */
  function splitRunTogether(q: QueryTerm): QueryTerm[] | undefined {
    const w = q.word;
    if (w.includes(' ') || w.length < 2 * MIN_PART) return undefined;
    let best: QueryTerm[] | undefined;
    let bestIdf = 0;
    for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
      // A side that is a stop word ("bikin", "gimana") counts for nothing, as when typed apart.
      const sides = [w.slice(0, i), w.slice(i)].map((word) => ({ word, term: analyzer.termOfWord(word) }));
      if (sides.some((side) => side.term !== undefined && !known(side.term))) continue;
      const terms = sides.flatMap(({ word, term }, n) => (term === undefined ? [] : [{ term, word, last: q.last && n === 1 }]));
      if (!terms.length) continue;
      const rarer = Math.min(...terms.map((t) => idf(t.term)));
      if (rarer > bestIdf) [best, bestIdf] = [terms, rarer];
    }
    return best;
  }

  return function partsOf(query, analysed) {
    const endsMidWord = /[\p{L}\p{N}]$/u.test(query);
    const seen = new Set<string>();
    const groups: TermGroup[] = [];
    const addPart = (q: QueryTerm): void => {
      if (seen.has(q.term)) return;
      seen.add(q.term);
      // A town no answer names is neither corrected into another word nor held against answering.
      const unknownPlace = places.has(q.term) && !known(q.term);
      const expansions = unknownPlace ? [] : expand(q, endsMidWord);
      const parts = expansions.length || unknownPlace ? undefined : splitRunTogether(q);
      if (parts) {
        for (const part of parts) addPart(part);
        return;
      }
      // A bare number or a town is usually the asker's own detail (an age, where they live), rarely
      // the topic; the name of a document ("e-VoA", "KITAS") is what the question is about.
      const termFactor = /^\d+$/.test(q.term)
        ? TUNING.numberWeight
        : places.has(q.term)
          ? TUNING.placeWeight
          : immigrationTerms.has(q.term)
            ? TUNING.subjectWeight
            : 1;
      const best = expansions.reduce((m, e) => Math.max(m, idf(e.term) * termFactor), 0);
      // A word found nowhere is probably the topic, so it counts against answering; only a last word of
      // one or two letters is surely still being typed and counts for nothing yet.
      const stillTyping = q.last && endsMidWord && q.word.length < 3;
      const weight = expansions.length ? best : stillTyping || unknownPlace ? 0 : unknownIdf * TUNING.unknownWeight;
      groups.push({ query: q, expansions, weight, factor: termFactor });
    };
    for (const q of analysed) addPart(q);
    // The last words may be the start of a multi-word synonym ("jam bu" → "jam buka", "visa on
    // arriva" → "visa on arrival"), which no single-word completion finds, all the more when one of
    // them is a stop word on its own. Longest first, as the analyzer matches whole phrases.
    if (endsMidWord) {
      const ws = words(query);
      for (let n = Math.min(MAX_PHRASE_WORDS, ws.length); n >= 2; n--) {
        const tail = ws.slice(-n);
        const expansions = analyzer
          .completePhrase(tail.join(' '))
          .filter((c) => known(c.term))
          .map((c) => ({ term: c.term, weight: 0.55 + 0.35 * c.typed }));
        if (!expansions.length) continue;
        const inTail = new Set(tail);
        const kept = groups.filter((g) => !g.query.word.split(' ').every((w) => inTail.has(w)));
        const weight = expansions.reduce((m, e) => Math.max(m, idf(e.term)), 0);
        kept.push({ query: { term: expansions[0].term, word: tail.join(' '), last: true }, expansions, weight, factor: 1 });
        return kept;
      }
    }
    return groups;
  };
}
