/**
 * How much each part of an answer counts. A question matching the title or one of the
 * alternative phrasings is a far stronger signal than a word somewhere in the body.
 */
export const FIELDS = [
  { name: 'title', weight: 2, b: 0.5 },
  { name: 'questions', weight: 2.2, b: 0.6 },
  { name: 'tags', weight: 2, b: 0.3 },
  { name: 'text', weight: 0.3, b: 0.75 },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];

/** BM25 term-frequency saturation. */
export const K1 = 1.2;
