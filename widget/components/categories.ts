/** Answers grouped by category in the topic order, for the widget's topic list and the pages' links. */
import type { BundleEntry } from '../search/types.js';

/** The built-in categories first, in this order; others after them, alphabetically. */
const ORDER = ['passport', 'visa', 'stay-permit', 'services', 'general'];

export function groupByCategory(entries: readonly BundleEntry[]): [string, BundleEntry[]][] {
  const groups = new Map<string, BundleEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.category);
    if (list) list.push(e);
    else groups.set(e.category, [e]);
  }
  const rank = (c: string) => (ORDER.includes(c) ? ORDER.indexOf(c) : ORDER.length);
  return [...groups].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}
