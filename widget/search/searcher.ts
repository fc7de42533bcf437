/** Searches a prebuilt index. Runs per keystroke in the browser, so it does no work it can cache. */
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { createAsideOpinion } from './aside-opinion.js';
import { bestFirst, type BestFirst } from './best-first.js';
import { FEATURES, isConfident, TUNING, type Evidence } from './decision.js';
import { createElsewhereCheck } from './elsewhere.js';
import { createForeignVisaCheck } from './foreign-visa.js';
import { focusSentence } from './focus-sentence.js';
import { K1 } from './fields.js';
import { frontDecode } from './front-coding.js';
import { isSerializedIndex, type SerializedIndex } from './index-format.js';
import { IndexTerms } from './index-terms.js';
import { LettersOpinion } from './letters-opinion.js';
import { entriesById, titleOf } from './phrased.js';
import { PartMatches } from './part-matches.js';
import { phrasingModelFor } from './phrasing-model.js';
import { createQuestionParts, type TermGroup } from './question-parts.js';
import { snippetOf, type SnippetPart } from './snippet.js';
import type { Lang, SearchHit, SearchOutcome } from './types.js';
import { Vocabulary } from './vocabulary.js';

export type { SnippetPart };

export interface SearchOptions {
  /** How many results at most (default 5). */
  limit?: number;
  /**
   * How the results are ordered: as the answer (the index's order, which the decision weighs), as
   * suggestions to choose from (re-weighed by the letters opinion), or (the default) as the first
   * when the question is answered and the second when it is not. Evaluation asks for each.
   */
  order?: 'decided' | 'answer' | 'suggestions';
}

/** A question's results in both orders `search` may show them in, from one search. */
export interface Rankings {
  answered: boolean;
  evidence: Evidence;
  /** As shown with an answer: the index's order, whose first the decision weighs. */
  answer: SearchHit[];
  /** As shown without one: suggestions, re-weighed by the letters opinion. */
  suggestions: SearchHit[];
}

export interface Searcher {
  readonly lang: Lang;
  search(query: string, options?: SearchOptions): SearchOutcome & { evidence: Evidence };
  /** Both orders at once, for evaluation: what is shown depends on a decision being fitted. */
  rankings(query: string, options?: Pick<SearchOptions, 'limit'>): Rankings;
  /**
   * Builds what the first search would otherwise build (the phrasing model), or about `ms`
   * milliseconds of it: call it when the page is idle, until it returns true.
   */
  prepare(ms?: number): boolean;
  /** A short excerpt of `text` around the words that matched `hit`, those words marked. */
  snippet(text: string, hit: SearchHit, maxChars?: number): SnippetPart[];
}

/** A probability the phrasing model must give an answer for it to be weighed before the index's order reaches it. */
const LIKELY = 0.01;

/** How many results the decision is fitted on (evaluation's default limit): a search ranks at least these. */
const DECISION_DEPTH = 5;

/** How many of the index's first candidates the letters opinion compares (see letters-opinion.ts). */
const LETTERS_CANDIDATES = 10;

/**
 * `entries` are the bundle's entries (their titles, questions and tags): results take their titles
 * from them, and the letters opinion reads them as written, which the index, all stemmed terms, no
 * longer holds.
 */
export function createSearcher(input: unknown, entries: unknown): Searcher {
  if (!isSerializedIndex(input)) throw new Error('[faq-assistant] the search index is missing or of an unknown format');
  const index: SerializedIndex = input;
  // The format number changes with the decision's features; a mismatch here is an index built by
  // hand or by a release that forgot to, and would silently ignore some signals.
  if (index.decision.weights.length !== FEATURES.length) throw new Error('[faq-assistant] the search index is damaged: its decision model does not fit this release');
  const stopwords = frontDecode(index.stopwords);
  if (!stopwords) throw new Error('[faq-assistant] the search index is damaged: its stop words cannot be read');
  // The bundle's entries by id, read once: results' titles, the letters opinion and the phrasing model all look them up.
  const entryOf = entriesById(entries);
  const letters = new LettersOpinion(
    index.docs.map(([id]) => id),
    entryOf,
    new Set(stopwords),
  );
  const analyzer: Analyzer = createAnalyzer(index.synonyms, index.lang, { stopwords, informal: index.informal });
  const terms = new IndexTerms(index);
  const vocabulary = new Vocabulary(terms.list);
  // An answer missing from the entries (never so in a bundle as built) is shown by its id.
  const titles = index.docs.map(([id]) => titleOf(entryOf.get(id)) || id);
  const termNo = terms.numbers;
  const idfOfNo = (no: number) => terms.idf(no);
  const termsOf = (text: string): number[] => terms.known(analyzer.terms(text));
  const phrasingModel = phrasingModelFor(index, entryOf, termsOf);
  const docCount = index.docs.length;
  const richness = Math.log(1 + index.phrasings.reduce((n, p) => n + p.length, 0) / Math.max(1, docCount)) / 4;
  const immigrationTerms = new Set(index.scope.immigration);
  const asksElsewhere = createElsewhereCheck(index.scope, (w) => analyzer.termOfWord(w));
  const asksForeignVisa = createForeignVisaCheck(index.scope);
  const documentNos = new Set(terms.known(index.scope.documents));
  const places = new Set(index.scope.places);
  // Per doc, once: the terms of its title and questions, and the documents among them (asked per keystroke).
  const phrasedSets = new Map<number, { terms: Set<number>; documents: number[] }>();
  function phrasedOf(doc: number): { terms: Set<number>; documents: number[] } {
    let p = phrasedSets.get(doc);
    if (!p) {
      const own = new Set(index.phrasings[doc].flat());
      phrasedSets.set(doc, (p = { terms: own, documents: [...own].filter((no) => documentNos.has(no)) }));
    }
    return p;
  }
  const guides = new Set(index.guides);
  const asideRanking = createAsideOpinion(index, terms, guides);

  // Per keystroke scratch, kept between searches so that typing allocates no per-answer arrays: a
  // search resets only the entries it touched. Per part of the question, each doc's best score and
  // the expansion it came through (−1: none yet), put back to −1 once the part is added up.
  const scores = new Float64Array(docCount);
  const covered = new Float64Array(docCount);
  const groupBest = new Float64Array(docCount);
  const groupExpansion = new Int32Array(docCount).fill(-1);
  const matches = new PartMatches(docCount, terms.list.length);

  const groupsOf = createQuestionParts({
    analyzer,
    vocabulary,
    known: (term) => termNo.has(term),
    idf: (term) => terms.idfOfTerm(term),
    unknownIdf: terms.unknownIdf,
    places,
    immigrationTerms,
  });

  /** The best answer and the next answers by raw score, up to LETTERS_CANDIDATES (not a pass over every match: this runs per keystroke). */
  function lettersCandidates(topDoc: number, byScore: BestFirst): number[] {
    const out = [topDoc];
    for (let i = 0, doc = byScore.at(0); doc !== undefined && out.length < LETTERS_CANDIDATES; doc = byScore.at(++i)) {
      if (doc !== topDoc && !guides.has(doc)) out.push(doc);
    }
    return out;
  }

  // A requirement checker is a guide beside the answers, never the answer itself: it is shown
  // second when it would come first, and the decision weighs the best answer against the next.
  function guidesSecond<T extends { doc: number }>(list: T[]): T[] {
    const firstAnswer = list.findIndex((r) => !guides.has(r.doc));
    if (firstAnswer > 0) list.unshift(...list.splice(firstAnswer, 1));
    return list;
  }

  /**
   * The answers for `query`, best first, up to `limit` (0: none, the evidence only). The
   * matches (which answer matched which part) stay readable in `matches` until the next call.
   */
  function order(query: string, limit: number) {
    // Analysed once: the question's parts and the phrasing model's terms both read it.
    const analysed = analyzer.queryTerms(query);
    const groups = groupsOf(query, analysed);
    const totalWeight = groups.reduce((s, g) => s + g.weight, 0);
    const informative = groups.filter((g) => g.weight > 0).length;
    for (const doc of matches.touched) scores[doc] = covered[doc] = 0;
    matches.start(groups, termNo);

    groups.forEach((group, gi) => {
      // A doc scores each part of the question once, through its best-matching expansion.
      const inGroup: number[] = [];
      group.expansions.forEach((e, ei) => {
        const no = termNo.get(e.term);
        if (no === undefined) return;
        const termIdf = idfOfNo(no);
        const { docs, weights } = terms.postings(no);
        for (let i = 0; i < docs.length; i++) {
          const tf = weights[i];
          const score = termIdf * e.weight * group.factor * ((tf * (K1 + 1)) / (tf + K1));
          const doc = docs[i];
          if (groupExpansion[doc] < 0) inGroup.push(doc);
          else if (score <= groupBest[doc]) continue;
          groupBest[doc] = score;
          groupExpansion[doc] = ei;
        }
      });
      for (const doc of inGroup) {
        matches.add(gi, doc, groupExpansion[doc]);
        covered[doc] += group.weight * group.expansions[groupExpansion[doc]].weight;
        groupExpansion[doc] = -1;
        scores[doc] += groupBest[doc];
      }
    });
    const touched = matches.touched;
    // People paraphrase one particular way of asking: reward the answer whose title or alternative
    // question is closest to the whole question (idf-weighted overlap), on top of the field scores.
    const phrasingSimilarity = (doc: number): number => matches.closestPhrasing(doc, index.phrasings[doc], totalWeight, idfOfNo);
    // The document a question names (a passport, a VoA, a KITAS) is what it is about, more than its
    // other words ("how many days for a passport" is not about the VoA's 30 days): an answer whose
    // title and questions name other documents but none of the question's is about something else.
    const subjects = new Set<number>();
    for (const g of groups) {
      const no = termNo.get(g.query.term);
      if (no !== undefined && documentNos.has(no)) subjects.add(no);
    }
    const asksOtherSubject = (doc: number): boolean => {
      const named = phrasedOf(doc).documents;
      return subjects.size > 0 && named.length > 0 && !named.some((no) => subjects.has(no));
    };
    const likelihood = touched.length ? phrasingModel.probabilities({ terms: terms.known(analysed.map((q) => q.term)), text: query }) : undefined;
    // The few answers the phrasing model finds likely are weighed first, whatever their score: the
    // rest it lifts by at most 1 + weight × LIKELY, so the pruning below stays nearly as tight.
    const isLikely = (doc: number) => !!likelihood && likelihood[doc] >= LIKELY;
    const likely = touched.filter(isLikely);
    // Only answers that can still reach the results need their phrasings compared: the boosts
    // multiply a score by at most `ceiling`, so once a candidate's score times that falls below
    // the last kept result, no later (lower-scored) candidate can enter.
    const ceiling = Math.max(1, 1 + TUNING.phrasingBoost) * (1 + TUNING.phrasingModelWeight * LIKELY);
    const candidates = bestFirst(touched, (a, b) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b));
    const ranked: { doc: number; score: number; similarity: number }[] = [];
    const byScore = (a: { doc: number; score: number }, b: { doc: number; score: number }) => b.score - a.score || a.doc - b.doc;
    const scored = (doc: number) => {
      const similarity = phrasingSimilarity(doc);
      const mismatch = asksOtherSubject(doc) ? 1 - TUNING.subjectMismatch : 1;
      const taught = 1 + TUNING.phrasingModelWeight * (likelihood?.[doc] ?? 0);
      return { doc, score: scores[doc] * (1 + TUNING.phrasingBoost * similarity) * mismatch * taught, similarity };
    };
    const keep = (doc: number) => {
      ranked.push(scored(doc));
      ranked.sort(byScore);
      if (ranked.length > limit) ranked.pop();
    };
    if (limit > 0) for (const doc of likely) keep(doc);
    // A doc's own ceiling is lower: its closest phrasing shares at most the words it matched, so
    // its similarity is at most its coverage. One whose ceiling cannot reach the last kept result
    // is not compared at all (most, when a common word gives thousands of answers close scores).
    const ownCeiling = (doc: number) =>
      Math.max(1, 1 + TUNING.phrasingBoost * Math.min(1, totalWeight ? (covered[doc] / totalWeight) * (1 + 1e-9) : 1)) * (1 + TUNING.phrasingModelWeight * LIKELY);
    for (let i = 0, doc = candidates.at(0); doc !== undefined; doc = candidates.at(++i)) {
      if (limit <= 0) break;
      if (ranked.length >= limit && scores[doc] * ceiling < ranked[ranked.length - 1].score) break;
      if (isLikely(doc)) continue;
      if (ranked.length >= limit && scores[doc] * ownCeiling(doc) < ranked[ranked.length - 1].score) continue;
      keep(doc);
    }
    guidesSecond(ranked);
    const answers = ranked.filter((r) => !guides.has(r.doc));
    const top = answers[0];
    return { groups, totalWeight, informative, ranked, answers, top, candidates, scored, byScore, likelihood };
  }

  const unknownWeightOf = (groups: readonly TermGroup[]) => groups.reduce((s, g) => s + (g.expansions.length ? 0 : g.weight), 0);
  // What the question's sentence left in the scratch arrays, kept for the whole message's ranking to
  // read: allocated once, not per keystroke.
  const focusCovered = new Float64Array(docCount);
  const focusLikelihood = new Float64Array(docCount);

  /** One search's work, with either order of its results to be read from it. */
  function rank(query: string, shown: number) {
    // A message of several sentences (greeting, backstory, then the question) is also ranked on its
    // question's sentence alone: whether both put the same answer first tells the decision whether
    // the backstory chose it. Ranked first, since both rankings use the same scratch arrays.
    const focus = focusSentence(query);
    const focusRun = focus === undefined ? undefined : order(focus, DECISION_DEPTH);
    const focusTop = focusRun?.top?.doc;
    // How much of the question's own sentence any answer knows, how much each answer matches, and how
    // likely the phrasing model finds each: a backstory told in the answers' words can pick an answer
    // the question itself does not ask about. Copied now: the whole message's ranking reuses the arrays.
    if (focusRun) focusCovered.set(covered);
    const focusLikely = focusRun?.likelihood ? (focusLikelihood.set(focusRun.likelihood), focusLikelihood) : undefined;
    const focusUnknown = focusRun?.totalWeight ? unknownWeightOf(focusRun.groups) / focusRun.totalWeight : 0;
    // The decision weighs the best answer against the next ones, so it always sees as many as it
    // was fitted with: asking for fewer results must not change whether the question is answered.
    const limit = shown > 0 ? Math.max(shown, DECISION_DEPTH) : 0;
    const { groups, totalWeight, informative, ranked, answers, top, candidates, scored, byScore, likelihood } = order(query, limit);
    // Does the answer's own title or questions hold the question's words, or only its body?
    const askedShare = (doc: number): number => {
      if (!totalWeight) return 0;
      const phrased = phrasedOf(doc).terms;
      let asked = 0;
      for (const m of matches.of(doc)) if (phrased.has(termNo.get(m.term)!)) asked += groups[m.group].weight * m.weight;
      return asked / totalWeight;
    };
    const aside = asideRanking(groups);
    const asideRank = top ? aside.indexOf(top.doc) : -1;
    const compared = top ? lettersCandidates(top.doc, candidates) : [];
    const closeness = letters.closeness(query, compared);
    const lettersOrder = compared
      .filter((doc) => closeness.has(doc))
      .sort((a, b) => closeness.get(b)! - closeness.get(a)! || a - b);
    // The most informative word of the question that some answer knows and the best one lacks,
    // against the question's most informative word: a question can be mostly covered by an answer
    // and still turn on the one word another answer has ("hilang di bandara, kopernya": the
    // luggage, not the passport). Words no answer knows are left out: a backstory is full of them,
    // and `unknown` already counts them.
    const missedWord = (): number => {
      if (!top) return 0;
      const matched = new Set(matches.of(top.doc).map((m) => m.group));
      let peak = 0;
      let missed = 0;
      groups.forEach((g, gi) => {
        peak = Math.max(peak, g.weight);
        if (!matched.has(gi) && g.expansions.length) missed = Math.max(missed, g.weight);
      });
      return peak ? missed / peak : 0;
    };
    const unknownWeight = unknownWeightOf(groups);
    const knownWeight = totalWeight - unknownWeight;
    const second = answers[1];
    const coverage = !top || !totalWeight ? 0 : covered[top.doc] / totalWeight;
    const unknown = totalWeight ? unknownWeight / totalWeight : 0;
    const evidence: Evidence = {
      coverage,
      knownCoverage: !top || !knownWeight ? 0 : covered[top.doc] / knownWeight,
      unknown,
      strength: !top || !totalWeight ? 0 : top.score / totalWeight,
      margin: !top ? 0 : second ? (top.score - second.score) / top.score : 1,
      phrasing: top ? top.similarity : 0,
      asked: top ? askedShare(top.doc) : 0,
      phrasingLead: top ? top.similarity - answers.slice(1).reduce((m, r) => Math.max(m, r.similarity), 0) : 0,
      terms: informative,
      agree: asideRank === 0 ? 1 : 0,
      agreeTop3: asideRank >= 0 && asideRank < 3 ? 1 : 0,
      lettersAgree: top && lettersOrder[0] === top.doc ? 1 : 0,
      lettersTop3: top && lettersOrder.slice(0, 3).includes(top.doc) ? 1 : 0,
      elsewhere: asksElsewhere(groups),
      focusAgree: focus === undefined || (top && focusTop === top.doc) ? 1 : 0,
      chatty: focus === undefined ? 0 : 1,
      // Of one sentence, the message is its own question's sentence.
      focusCoverage: !focusRun ? coverage : !top || !focusRun.totalWeight ? 0 : focusCovered[top.doc] / focusRun.totalWeight,
      focusUnknown: !focusRun ? unknown : focusUnknown,
      focusLikely: !top ? 0 : ((focusRun ? focusLikely : likelihood)?.[top.doc] ?? 0),
      richness,
      foreignVisa: asksForeignVisa(query) ? 1 : 0,
      missedWord: missedWord(),
    };
    const answered = !!top && isConfident(evidence, index.decision);
    // Without an answer, the results are suggestions for the asker to choose from ("Maybe one of
    // these"): there, an answer phrased the way the question is written (its letters as close as
    // the editors wrote them) comes first. The answer itself is the index's own first: letters
    // weighed into that order pick it right more often but make the decision less sure of it (k-fold).
    const suggested = () => {
      const pool = [...ranked];
      for (const doc of compared) if (!ranked.some((r) => r.doc === doc)) pool.push(scored(doc));
      const unread = pool.filter((r) => !compared.includes(r.doc)).map((r) => r.doc);
      for (const [doc, c] of letters.closeness(query, unread)) closeness.set(doc, c);
      const lifted = pool.map((r) => ({ ...r, score: r.score * (1 + TUNING.lettersBoost * (closeness.get(r.doc) ?? 0)) }));
      return guidesSecond(lifted.sort(byScore).slice(0, limit));
    };
    const hits = (list: readonly { doc: number; score: number }[]): SearchHit[] =>
      list.map(({ doc, score }) => {
        const [id, category] = index.docs[doc];
        return { id, title: titles[doc], category, score: Math.round(score * 1000) / 1000, matched: [...new Set(matches.of(doc).map((m) => m.term))] };
      });
    return { answered, evidence, answer: () => hits(ranked.slice(0, shown)), suggestions: () => hits(suggested().slice(0, shown)) };
  }

  function search(query: string, options: SearchOptions = {}): SearchOutcome & { evidence: Evidence } {
    const run = rank(query, options.limit ?? 5);
    const order = options.order ?? 'decided';
    const asAnswer = order === 'answer' || (order === 'decided' && run.answered);
    return { query, answered: run.answered, results: asAnswer ? run.answer() : run.suggestions(), evidence: run.evidence };
  }

  return {
    lang: index.lang,
    search,
    rankings(query, options = {}) {
      const run = rank(query, options.limit ?? 5);
      return { answered: run.answered, evidence: run.evidence, answer: run.answer(), suggestions: run.suggestions() };
    },
    prepare: (ms) => phrasingModel.prepare(ms),
    snippet: (text, hit, maxChars) => snippetOf(text, hit, (w) => analyzer.termOfWord(w), maxChars),
  };
}
