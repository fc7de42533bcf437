/**
 * Ticks of an answer's checklist, kept on the device (IndexedDB via idb-keyval) so a citizen can
 * gather documents over several days. Failures (private mode, blocked storage) only lose persistence.
 */
import { del, get, set } from 'idb-keyval';
import type { Lang } from '../search/types.js';

export function checklistKey(lang: Lang, entryId: string): string {
  return `faq-checklist:${lang}:${entryId}`;
}

/** Indexes (in document order) of the ticked items. */
export async function loadTicks(lang: Lang, entryId: string): Promise<number[]> {
  try {
    const value: unknown = await get(checklistKey(lang, entryId));
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
  } catch (err) {
    console.warn('[faq-assistant] checklist storage unavailable', err);
    return [];
  }
}

export async function saveTicks(lang: Lang, entryId: string, ticked: number[]): Promise<void> {
  try {
    await (ticked.length ? set(checklistKey(lang, entryId), ticked) : del(checklistKey(lang, entryId)));
  } catch (err) {
    console.warn('[faq-assistant] checklist storage unavailable', err);
  }
}
