import { TUNED_RANKING } from './tuned.js';

/**
 * How much each part of an answer counts. A question matching the title or one of the
 * alternative phrasings is a far stronger signal than a word somewhere in the body.
 */
export const FIELDS = [
  { name: 'title', weight: 2, b: 0.5 },
  // All of an answer's questions as one field. A question is asked one way, not all of them at once:
  // the closest single phrasing counts on its own (phrasingBoost in decision.ts), and this union,
  // weighed heavily, favours answers with many questions over the one asked. Chosen by k-fold.
  { name: 'questions', weight: TUNED_RANKING.questionsWeight as number, b: 0.6 },
  { name: 'tags', weight: 2, b: 0.3, aside: true },
  // The body says far more than the title, in an editor's words rather than a citizen's: chosen by k-fold (npm run tune).
  { name: 'text', weight: TUNED_RANKING.bodyWeight as number, b: 0.75 },
  // The same answer's title and questions in the other language: citizens mix languages
  // ("worth it ga sih e-paspor"), and every topic exists in both under one id.
  { name: 'translation', weight: 0.8, b: 0.5, aside: true },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];

/**
 * The fields that say what an answer is called outside its own wording: its tags, and its title and
 * questions in the other language. The answers naming a term there are a second, independent
 * ranking (aside-opinion.ts): when it picks another best answer than the field scores do, the
 * question sits between answers (see `agree` in decision.ts).
 */
export const isAsideField = (f: (typeof FIELDS)[number]): boolean => 'aside' in f && f.aside;

/** BM25 term-frequency saturation. */
export const K1 = 1.2;
