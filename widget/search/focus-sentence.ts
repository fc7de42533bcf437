/**
 * The sentence a chatty message asks its question in ("Halo kak. Paspor saya hilang kemarin. Gimana
 * cara urus yang baru?"): the last one with a question mark or a question word, else the last one.
 * Undefined for a message of one sentence.
 */
const QUESTION_WORD =
  /(^|[^\p{L}])(apa|apakah|gimana|bagaimana|berapa|kapan|dimana|kemana|mana|siapa|kenapa|mengapa|bisa|bisakah|boleh|bolehkah|perlu|harus|how|what|when|where|which|who|why|can|could|do|does|did|is|are|should|must|need|may|will|would)($|[^\p{L}])/iu;

export function focusSentence(message: string): string | undefined {
  const sentences = message
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  if (sentences.length < 2) return undefined;
  return lastWhere(sentences, (s) => s.includes('?')) ?? lastWhere(sentences, (s) => QUESTION_WORD.test(s)) ?? sentences[sentences.length - 1];
}

function lastWhere(sentences: readonly string[], test: (s: string) => boolean): string | undefined {
  for (let i = sentences.length - 1; i >= 0; i--) if (test(sentences[i])) return sentences[i];
  return undefined;
}
