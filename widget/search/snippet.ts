/** A short excerpt of an answer's text around the words a search matched, those words marked. */
import { foldText } from './normalize.js';
import type { SearchHit } from './types.js';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** `termOfWord` is the searcher's analyzer, so a word is marked exactly when it is one of the hit's matched terms. */
export function snippetOf(text: string, hit: SearchHit, termOfWord: (word: string) => string | undefined, maxChars = 160): SnippetPart[] {
  const wanted = new Set(hit.matched);
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => {
    const folded = foldText(m[0]);
    const term = folded && !folded.includes(' ') ? termOfWord(folded) : undefined;
    return { start: m.index!, end: m.index! + m[0].length, mark: !!term && wanted.has(term) };
  });
  // The window of at most maxChars that holds the most marked words, starting at a word.
  let bestStart = 0;
  let bestCount = -1;
  let j = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (j < tokens.length && tokens[j].end - tokens[i].start <= maxChars) count += tokens[j++].mark ? 1 : 0;
    if (count > bestCount) [bestCount, bestStart] = [count, i];
    count -= tokens[i].mark ? 1 : 0;
  }
  if (!tokens.length) return [{ text: text.slice(0, maxChars), mark: false }];
  const from = tokens[bestStart].start;
  const inWindow = tokens.filter((t) => t.start >= from && t.end - from <= maxChars);
  const to = inWindow.length ? inWindow[inWindow.length - 1].end : Math.min(text.length, from + maxChars);
  const parts: SnippetPart[] = [];
  let at = from;
  for (const t of inWindow) {
    if (!t.mark) continue;
    if (t.start > at) parts.push({ text: text.slice(at, t.start), mark: false });
    parts.push({ text: text.slice(t.start, t.end), mark: true });
    at = t.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  if (from > 0) parts.unshift({ text: '… ', mark: false });
  if (to < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}
