/**
 * When is the best result an answer, and when must the assistant say it has none?
 * A wrong confident answer about a visa costs a citizen far more than an honest "I don't know"
 * with a WhatsApp handoff. No single signal decides that well: a long, chatty message covers
 * little of its own words yet can match one answer clearly, and a short one can cover all its
 * words and still sit between two answers. So the decision is a small logistic model over the
 * signals below, fitted by `npm run tune` on labelled questions (k-fold, see server/search/tune.ts)
 * and shipped in each index (`decision` in index-format.ts).
 */
import type { DecisionModel } from './index-format.js';

export interface Evidence {
  /** Share (0–1) of the question's informative weight that the best answer matches. */
  coverage: number;
  /** The same share, counting only words some answer knows (a chatty message's backstory is left out). */
  knownCoverage: number;
  /** Share of the question's weight in words that no answer knows. */
  unknown: number;
  /** The best answer's score divided by the question's total informative weight. */
  strength: number;
  /** How far the best answer is ahead of the second: (first − second) / first, 1 when alone. */
  margin: number;
  /** How close the best answer's closest title or question is to the whole question (0–1). */
  phrasing: number;
  /** Share of the question's weight found in the best answer's own title and questions, not only its body. */
  asked: number;
  /** How much closer the best answer's phrasing is than the closest phrasing of the others shown. */
  phrasingLead: number;
  /** Informative terms in the question. */
  terms: number;
  /** 1 when a second, independent ranking (the answers' tags and other-language phrasings, see `aside` in index-format.ts) puts the same answer first. */
  agree: number;
  /** 1 when that ranking has the best answer among its first three. */
  agreeTop3: number;
  /** 1 when a third opinion, the letters of the question against the answers' phrasing as written (letters-opinion.ts), puts the best answer first among the index's first candidates. */
  lettersAgree: number;
  /** 1 when that opinion has it among its first three. */
  lettersTop3: number;
  /** 1 when the message is one sentence, or its question's own sentence (focus-sentence.ts), ranked alone, puts the same answer first. */
  focusAgree: number;
  /** 1 when the message has several sentences. */
  chatty: number;
  /** Share of the question's own sentence (the whole message when it is one) that its best answer matches. */
  focusCoverage: number;
  /** Share of that sentence's weight in words no answer knows: a chatty message can tell its backstory in the answers' words and ask about something else ("my KITAS came; do I need a tax number?"). */
  focusUnknown: number;
  /** How likely the phrasing model (phrasing-model.ts) finds the best answer for the question's own sentence alone (the whole message when it is one). */
  focusLikely: number;
  /**
   * How richly the index's answers are phrased: log(1 + their mean number of titles and questions) ÷ 4,
   * about 0.9 at 40 questions each, 0.45 at 4. The same closeness means more where answers have few
   * phrasings to be close to, so the other signals are read through it (paired): on the bench's
   * content (4 questions each) the decision answers more, on ours (40) it answers less and wrong less.
   */
  richness: number;
  /** 1 when the question names another country next to a visa or an embassy ("visa Jepang", "the US embassy"): usually that country's business, sometimes ours (visa-free entry for its citizens). See foreign-visa.ts. */
  foreignVisa: number;
  /**
   * The weight of the question's most informative word that some answer knows and the best one
   * does not match, as a share of its most informative word's (0: it matches every known word, 1:
   * it misses the one that counts most). Coverage adds up what is matched; this is the word the
   * question may turn on that belongs to something else.
   */
  missedWord: number;
  /** The question names another office's document or service (a KTP, a tax number) and nothing of immigration's. */
  elsewhere: boolean;
}

/** The signals, before they are combined: each as the number the model reads. */
const SIGNAL_VALUES = {
  coverage: (e: Evidence) => e.coverage,
  knownCoverage: (e: Evidence) => e.knownCoverage,
  unknown: (e: Evidence) => e.unknown,
  strength: (e: Evidence) => Math.min(e.strength, 3),
  margin: (e: Evidence) => e.margin,
  phrasing: (e: Evidence) => e.phrasing,
  fewTerms: (e: Evidence) => 1 / Math.max(1, e.terms),
  asked: (e: Evidence) => e.asked,
  phrasingLead: (e: Evidence) => e.phrasingLead,
  agree: (e: Evidence) => e.agree,
  agreeTop3: (e: Evidence) => e.agreeTop3,
  lettersAgree: (e: Evidence) => e.lettersAgree,
  lettersTop3: (e: Evidence) => e.lettersTop3,
  focusAgree: (e: Evidence) => e.focusAgree,
  chatty: (e: Evidence) => e.chatty,
  focusCoverage: (e: Evidence) => e.focusCoverage,
  focusUnknown: (e: Evidence) => e.focusUnknown,
  focusLikely: (e: Evidence) => e.focusLikely,
  richness: (e: Evidence) => e.richness,
  foreignVisa: (e: Evidence) => e.foreignVisa,
  missedWord: (e: Evidence) => e.missedWord,
};
type Signal = keyof typeof SIGNAL_VALUES;

export const SIGNALS = Object.keys(SIGNAL_VALUES) as readonly Signal[];

/**
 * Signals tell more together than alone (a clear margin means little when the second opinion
 * disagrees, much when it agrees), and a linear model sees that only through their products. All
 * are paired but the letters opinion's two and `chatty`, which add alone: paired as well, they
 * overfit (k-fold; `chatty` paired gave the same answered top-1 over a wider spread of draws).
 */
const ALONE: ReadonlySet<Signal> = new Set(['lettersAgree', 'lettersTop3', 'chatty']);
const PAIRED = SIGNALS.filter((s) => !ALONE.has(s));

/** The model's inputs, in the order of `CONFIDENCE.weights`: each signal, then each pair of the paired ones multiplied. */
export const FEATURES: readonly string[] = [...SIGNALS, ...PAIRED.flatMap((a, i) => PAIRED.slice(i + 1).map((b) => `${a}×${b}`))];

export function featuresOf(e: Evidence): number[] {
  const x = SIGNALS.map((s) => SIGNAL_VALUES[s](e));
  const paired = PAIRED.map((s) => SIGNAL_VALUES[s](e));
  for (let i = 0; i < paired.length; i++) for (let j = i + 1; j < paired.length; j++) x.push(paired[i] * paired[j]);
  return x;
}

/** Probability (0–1) that the best result answers the question. */
export function confidenceOf(e: Evidence, model: Omit<DecisionModel, 'threshold'>): number {
  const x = featuresOf(e);
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Questions no model is asked about: nothing informative, another office's business, or almost all
 * words unknown to every answer ("passport zorblax quintar": one known word does not say what is
 * asked, however clearly it picks an answer). No labelled question over that share was answered right.
 */
export function isDeclinedOutright(e: Evidence): boolean {
  return e.terms === 0 || e.elsewhere || e.unknown > 0.8;
}

export function isConfident(e: Evidence, model: DecisionModel): boolean {
  if (isDeclinedOutright(e)) return false;
  return confidenceOf(e, model) >= model.threshold;
}

/** Ranking knobs: how much each kind of word counts. Chosen by reasoning, checked by k-fold (npm run tune). */
export const TUNING = {
  /** How much the closest alternative phrasing lifts an answer's score. */
  phrasingBoost: 1,
  /** How much a word found in no answer counts against answering, relative to the rarest known word. */
  unknownWeight: 1,
  /** How much a bare number counts, relative to a word. */
  numberWeight: 0.5,
  /** How much a town counts, relative to a word: like a number, usually the asker's own detail. */
  placeWeight: 0.5,
  /** How much an immigration document's name counts ("e-VoA", "KITAS"): it is what the question is about. */
  subjectWeight: 1.3,
  /** How much an answer loses when its title and questions name other documents but none the question names. */
  subjectMismatch: 0.3,
  /** How much, among suggestions, an answer whose phrasing has the question's letters (cosine 1) gains over one sharing none. */
  lettersBoost: 4,
  /**
   * How much an answer the phrasing model is sure of (probability 1) gains over one it rules out:
   * score × (1 + this × p). Worth more as the answers' questions grew (40 each): k-fold over 12
   * draws of the folds, with the chatty tuning set (questions-3.jsonl), answered top-1 69.8 % at 1,
   * 70.9 % at 3, wrong 3.1 / 3.0 % (3 was chosen on those figures among 1–5 before that set was
   * written; without it, 3 had put the fifth sealed set's chatty out-of-scope messages at 8.5 % wrong).
   */
  phrasingModelWeight: 3,
};
