/**
 * Is a question another office's business? It is when it names another office's document or
 * service (a KTP, a tax number: `scope.elsewhere` in index-format.ts) and nothing of immigration's;
 * such a question is declined outright (`elsewhere` in decision.ts), however well it matches.
 */
import type { SerializedIndex } from './index-format.js';
import type { TermGroup } from './question-parts.js';

/** `termOfWord`: a single word's term, as the analyzer makes it. */
export function createElsewhereCheck(scope: SerializedIndex['scope'], termOfWord: (word: string) => string | undefined): (groups: readonly TermGroup[]) => boolean {
  const elsewhere = new Set(scope.elsewhere);
  const immigration = new Set(scope.immigration);
  // Each word of a synonym phrase counts too: "foto paspor" folds onto the photo answer's term yet
  // names a passport (a single word's term is already its query term). A typo corrected onto an
  // immigration term ("pspor") keeps a question in scope.
  const names = (groups: readonly TermGroup[], terms: ReadonlySet<string>, corrected: boolean) =>
    groups.some(
      (g) =>
        terms.has(g.query.term) ||
        (g.query.word.includes(' ') && g.query.word.split(' ').some((w) => terms.has(termOfWord(w) ?? ''))) ||
        (corrected && g.expansions.some((e) => terms.has(e.term))),
    );
  return (groups) => names(groups, elsewhere, false) && !names(groups, immigration, true);
}
