/**
 * What an answer's editors wrote for people to ask (its title, each alternative question, its tags),
 * read from a bundle's entries as shipped: unknown data, so checked here, and an entry without the
 * shape of one has nothing to say.
 */
import { sentencesOf } from './snippet.js';

export interface Phrased {
  id: string;
  title: string;
  questions: readonly string[];
  tags: readonly string[];
}

/** Entries by id; anything without a string id is left out. */
export function entriesById(entries: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!Array.isArray(entries)) return out;
  for (const e of entries) {
    const id = (e as Partial<Phrased> | null)?.id;
    if (typeof id === 'string') out.set(id, e);
  }
  return out;
}

/** The entry's title, as results show it; empty when it has none. */
export function titleOf(entry: unknown): string {
  const title = (entry as Partial<Phrased> | null | undefined)?.title;
  return typeof title === 'string' ? title : '';
}

/** The title, each question, and the tags as one text; none when the entry has no title. */
export function phrasedTexts(entry: unknown): string[] {
  const o = entry as Partial<Phrased> | null | undefined;
  if (!o || typeof o.title !== 'string') return [];
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  const tags = strings(o.tags);
  return [o.title, ...strings(o.questions), ...(tags.length ? [tags.join(' ')] : [])];
}

/**
 * The sentences of the entry's body, from its plain text as the bundle ships it (`text`: a block
 * per line, a table row's cells tab-separated, see server/content/render.ts `toPlainText`), split
 * as snippets split them; each table cell stands alone. Fragments of a few letters say nothing.
 */
export function bodySentences(entry: unknown): string[] {
  const text = (entry as { text?: unknown } | null | undefined)?.text;
  if (typeof text !== 'string') return [];
  return text
    .split(/[\n\t]/)
    .flatMap(sentencesOf)
    .filter((s) => s.length > 12);
}
