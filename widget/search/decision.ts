/**
 * When is the best result an answer, and when must the assistant say it has none?
 * A wrong confident answer about a visa costs a citizen far more than an honest "I don't know"
 * with a WhatsApp handoff, so the bar is on how much of the question the answer covers.
 */
export interface Evidence {
  /** Share (0–1) of the question's informative weight that the best answer matches. */
  coverage: number;
  /** The best answer's score divided by the question's total informative weight. */
  strength: number;
  /** Informative terms in the question. */
  terms: number;
  /** The question names another office's document or service (a KTP, a tax number) and nothing of immigration's. */
  elsewhere: boolean;
}

/** Ranking knobs, tuned on the public benchmark questions only (npm run eval). */
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
};

export const THRESHOLDS = {
  coverage: 0.2,
  strength: 0.54,
};

export function isConfident(e: Evidence): boolean {
  if (e.terms === 0 || e.elsewhere) return false;
  return e.coverage >= THRESHOLDS.coverage && e.strength >= THRESHOLDS.strength;
}
