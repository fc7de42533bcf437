/**
 * Does a question ask about another country's visa? "syarat visa Jepang buat WNI", "a US embassy
 * appointment", "visa kuliah ke Belanda" are that country's embassy's business, yet they match our
 * visa answers well. Some such questions are ours ("can Bruneians enter visa-free?", "the e-passport
 * visa waiver for Japan"), so this is a signal the decision weighs (`foreignVisa` in decision.ts),
 * not a rule: a country's name within a few words of a visa or an embassy.
 */
import type { SerializedIndex } from './index-format.js';
import { words } from './normalize.js';

/** Country names run to three words ("united arab emirates", "papua nugini"). */
const LONGEST_NAME = 3;
/** How many words apart the country and the visa may be ("visa turis China", "Japan student visa"). */
const NEAR = 3;

export function createForeignVisaCheck(scope: SerializedIndex['scope']): (query: string) => boolean {
  const countries = new Set(scope.countries ?? []);
  const consular = new Set(scope.consular ?? []);
  return (query) => {
    if (!countries.size) return false;
    const ws = words(query);
    for (let i = 0; i < ws.length; i++) {
      for (let n = 1; n <= LONGEST_NAME && i + n <= ws.length; n++) {
        if (!countries.has(ws.slice(i, i + n).join(' '))) continue;
        for (let j = Math.max(0, i - NEAR); j < Math.min(ws.length, i + n + NEAR); j++) if (consular.has(ws[j])) return true;
      }
    }
    return false;
  };
}

/**
 * Every country's name in English and in Indonesian, as folded words, but Indonesia's: from the
 * runtime's own region names (CLDR), at build time, so the widget ships them inside the index and
 * every browser reads the same list.
 */
export function countryNames(): string[] {
  const out = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const lang of ['en', 'id']) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        let name: string | undefined;
        try {
          name = names.of(a + b);
        } catch {
          continue; // a runtime without this code's data
        }
        if (name) out.add(words(name).join(' '));
      }
    }
  }
  out.delete('indonesia');
  out.delete('');
  return [...out].sort();
}
