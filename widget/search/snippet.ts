/**
 * A short excerpt of an answer's text around the words a search matched, those words marked.
 *
 * The excerpt is one sentence or list item: the one holding the most matched words (the first when
 * none holds any). An answer's plain text (server/content/render.ts `toPlainText`) has one block per
 * line and a table row as tab-separated cells; a row is never an excerpt, since flattened cells
 * read as word soup ("Masuk dengan Bisa diperpanjang? Bebas visa …").
 */
import { foldText } from './normalize.js';
import type { SearchHit } from './types.js';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

interface Token {
  start: number;
  end: number;
  mark: boolean;
}

// Between sentences: after . ! ? and before a capital or digit ("… 60 hari. Perpanjangan …"),
// so "Rp 350.000" and "e.g. the" stay whole.
const SENTENCE_BREAK = /(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"“(])/u;

/** `termOfWord` is the searcher's analyzer, so a word is marked exactly when it is one of the hit's matched terms. */
export function snippetOf(text: string, hit: SearchHit, termOfWord: (word: string) => string | undefined, maxChars = 160): SnippetPart[] {
  const wanted = new Set(hit.matched);
  let best: { unit: string; tokens: Token[]; count: number } | undefined;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) continue;
    for (const unit of sentencesOf(line)) {
      const tokens = [...unit.matchAll(/[\p{L}\p{N}]+/gu)].map((m): Token => {
        const folded = foldText(m[0]);
        const term = folded && !folded.includes(' ') ? termOfWord(folded) : undefined;
        return { start: m.index!, end: m.index! + m[0].length, mark: !!term && wanted.has(term) };
      });
      const count = tokens.filter((t) => t.mark).length;
      if (!best || count > best.count) best = { unit, tokens, count };
    }
  }
  // An answer that is nothing but a table: its first row, cells apart.
  if (!best) return [{ text: (text.split('\n')[0] ?? '').split('\t').filter((c) => c.trim()).join(' · ').slice(0, maxChars), mark: false }];
  return excerpt(best.unit, best.tokens, maxChars);
}

/** The sentences of one line of an answer's plain text, trimmed, none empty. */
export function sentencesOf(line: string): string[] {
  return line
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** At most `maxChars` of `unit`: from its start, unless a later word starts a window with more marks. */
function excerpt(unit: string, tokens: Token[], maxChars: number): SnippetPart[] {
  let bestStart = 0;
  let bestCount = -1;
  let j = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (j < tokens.length && tokens[j].end - tokens[i].start <= maxChars) count += tokens[j++].mark ? 1 : 0;
    if (count > bestCount) [bestCount, bestStart] = [count, i];
    count -= tokens[i].mark ? 1 : 0;
  }
  const from = bestStart ? tokens[bestStart].start : 0;
  let to = unit.length;
  if (to - from > maxChars) {
    to = Math.min(unit.length, from + maxChars);
    for (const t of tokens) if (t.start >= from && t.end - from <= maxChars) to = t.end;
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const t of tokens) {
    if (!t.mark || t.start < from || t.end > to) continue;
    if (t.start > at) parts.push({ text: unit.slice(at, t.start), mark: false });
    parts.push({ text: unit.slice(t.start, t.end), mark: true });
    at = t.end;
  }
  if (at < to) parts.push({ text: unit.slice(at, to), mark: false });
  if (from) parts.unshift({ text: '… ', mark: false });
  if (to < unit.length) parts.push({ text: ' …', mark: false });
  return parts;
}
