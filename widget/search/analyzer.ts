/**
 * Turns text into search terms: normalise, write out abbreviations, fold synonym groups onto one
 * term, drop stop words, stem. The index builder and the searcher share it, so a question and an
 * answer always meet on the same terms.
 */
import { words } from './normalize.js';
import { stemmerFor } from './stem.js';
import type { Lang } from './types.js';

const MAX_PHRASE = 4;

export interface Analyzer {
  /** Terms of a text, in order, duplicates kept. */
  terms(text: string): string[];
  /** Terms of a query with the word each came from, so the last (half-typed) word can be told apart. */
  queryTerms(text: string): QueryTerm[];
  /** The term a single word stands for, or undefined for a stop word (used for highlighting). */
  termOfWord(word: string): string | undefined;
  /**
   * Multi-word synonym phrases that start with `prefix` (folded words, space-separated) but are
   * longer than it: what a citizen half-way through "visa on arriva" may be typing. Each with the
   * term it folds onto and how much of the phrase is typed (0–1).
   */
  completePhrase(prefix: string): { term: string; typed: number }[];
}

export interface QueryTerm {
  term: string;
  /** The query's word as typed (folded), before stemming and synonyms. */
  word: string;
  /** True when this term comes from the final word of the query (it may still be being typed). */
  last: boolean;
}

/** A synonym group's shared term: its first member, spaces joined so it stays one term. */
function canonicalOf(group: readonly string[]): string {
  return words(group[0]).join('_');
}

/** What an analyzer knows of its language beyond synonyms: the words that carry no topic, informal spellings. */
export interface LanguageWords {
  stopwords: readonly string[];
  /** Informal word → its formal form (one or more words). */
  informal: readonly (readonly [string, string])[];
}

export function createAnalyzer(synonyms: readonly (readonly string[])[], lang: Lang, language: LanguageWords): Analyzer {
  const stem = stemmerFor(lang);
  const stopwords = new Set(language.stopwords);
  const isStopword = (word: string) => stopwords.has(word);
  const formal = new Map<string, string[]>();
  for (const [informal, written] of language.informal) {
    const from = words(informal);
    const to = words(written);
    // Only a word that folds to itself: "ke2" folds to "ke", which must not become "kedua".
    if (from.length === 1 && from[0] === informal && to.length && to.join(' ') !== informal) formal.set(informal, to);
  }
  /** Words of a text with informal spellings written formally ("ngurus" → "mengurus"). */
  const formalWords = (text: string): string[] => {
    const out: string[] = [];
    for (const w of words(text)) {
      const f = formal.get(w);
      if (f) out.push(...f);
      else out.push(w);
    }
    return out;
  };
  const phrases = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const group of synonyms) {
    if (!group.length) continue;
    const canonical = canonicalOf(group);
    for (const member of group) {
      const ws = words(member);
      if (!ws.length) continue;
      const key = ws.join(' ');
      if (!phrases.has(key)) phrases.set(key, canonical);
      // A single-word member also matches through its stem ("perpanjangannya" → group of "perpanjang").
      if (ws.length === 1) {
        const s = stem(ws[0]);
        if (!stems.has(s)) stems.set(s, canonical);
      }
    }
  }

  const keepTerm = (term: string) => (isStopword(term) ? undefined : term);
  const multiWord = [...phrases.keys()].filter((k) => k.includes(' ')).sort();
  // Most words start no phrase: only those that do are looked up as one (this runs per keystroke).
  const phraseStarts = new Set(multiWord.map((k) => k.slice(0, k.indexOf(' '))));

  function completePhrase(prefix: string): { term: string; typed: number }[] {
    let lo = 0;
    let hi = multiWord.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (multiWord[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found = new Map<string, number>();
    for (let i = lo; i < multiWord.length && multiWord[i].startsWith(prefix); i++) {
      if (multiWord[i] === prefix) continue;
      const term = keepTerm(phrases.get(multiWord[i])!);
      if (term) found.set(term, Math.max(found.get(term) ?? 0, prefix.length / multiWord[i].length));
    }
    return [...found].map(([term, typed]) => ({ term, typed }));
  }

  /** The term of a word already written formally, or undefined for a stop word. */
  function termOfFormal(word: string): string | undefined {
    const synonym = phrases.get(word);
    if (synonym !== undefined) return keepTerm(synonym);
    if (isStopword(word)) return undefined;
    const s = stem(word);
    return keepTerm(stems.get(s) ?? s);
  }

  function termOfWord(typed: string): string | undefined {
    const f = formal.get(typed);
    if (f && f.length === 1) return termOfFormal(f[0]);
    const term = termOfFormal(typed);
    // An informal word with a suffix ("bikinnya", "ngurusin") is written formally through its stem:
    // once, since a formal word's stem may itself be another informal spelling.
    const viaStem = term === undefined ? undefined : formal.get(term);
    return viaStem?.length === 1 ? termOfFormal(viaStem[0]) : term;
  }

  function analyse(ws: string[]): QueryTerm[] {
    const out: QueryTerm[] = [];
    let i = 0;
    while (i < ws.length) {
      let matched = 0;
      for (let n = phraseStarts.has(ws[i]) ? Math.min(MAX_PHRASE, ws.length - i) : 0; n >= 2; n--) {
        const canonical = phrases.get(ws.slice(i, i + n).join(' '));
        if (canonical !== undefined) {
          const term = keepTerm(canonical);
          if (term) out.push({ term, word: ws.slice(i, i + n).join(' '), last: i + n === ws.length });
          matched = n;
          break;
        }
      }
      if (matched) {
        i += matched;
        continue;
      }
      const term = termOfWord(ws[i]);
      if (term) out.push({ term, word: ws[i], last: i === ws.length - 1 });
      i++;
    }
    return out;
  }

  return {
    terms: (text) => analyse(formalWords(text)).map((t) => t.term),
    queryTerms: (text) => analyse(formalWords(text)),
    termOfWord,
    completePhrase,
  };
}
