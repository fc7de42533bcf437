/**
 * What an answer's editors wrote for people to ask (its title, each alternative question, its tags),
 * read from a bundle's entries as shipped: unknown data, so checked here, and an entry without the
 * shape of one has nothing to say.
 */

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
 * The sentences of the entry's body as shown (its sanitised HTML), as plain text: tags and
 * character references read as spaces, since only the words count. A sentence ends at . ! or ?
 * followed by a space, or at the end of a paragraph or list item ("Rp 1.000.000" stays whole).
 */
export function bodySentences(entry: unknown): string[] {
  const html = (entry as { html?: unknown } | null | undefined)?.html;
  if (typeof html !== 'string') return [];
  return html
    .replace(/<\/(?:p|li|h[1-6]|td|th|tr|dt|dd|blockquote|pre)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>|&[#a-z0-9]+;/gi, ' ')
    .replace(/([.!?])\s+/g, '$1\n')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 12);
}
