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
/** How many words apart the country and the visa may be ("visa turis China", "Japan student visa"); k-fold (4 draws): 2 answered 77.0 %, 3 and 5 77.3 %, wrong 3.2 % each. */
const NEAR = 3;

export function createForeignVisaCheck(scope: SerializedIndex['scope']): (query: string) => boolean {
  const countries = new Set(scope.countries ?? []);
  const consular = new Set(scope.consular ?? []);
  const abbreviations = new Set(scope.countryAbbreviations ?? []);
  const nearConsular = (ws: readonly string[], from: number, to: number) => {
    for (let j = Math.max(0, from - NEAR); j < Math.min(ws.length, to + NEAR); j++) if (consular.has(ws[j])) return true;
    return false;
  };
  return (query) => {
    const ws = words(query);
    for (let i = 0; i < ws.length; i++) {
      for (let n = 1; n <= LONGEST_NAME && i + n <= ws.length; n++) {
        if (countries.has(ws.slice(i, i + n).join(' ')) && nearConsular(ws, i, i + n)) return true;
      }
    }
    // "US", "UK", "AS" only as capitals: folded, they are words ("us", "as").
    if (!abbreviations.size) return false;
    const typed = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const folded = typed.map((w) => w.toLowerCase());
    return typed.some((w, i) => abbreviations.has(w) && nearConsular(folded, i, i + 1));
  };
}

/**
 * Every country's name in English and in Indonesian, as folded words, but Indonesia's: from the
 * runtime's own region names (CLDR), at build time, so the widget ships them inside the index and
 * every browser reads the same list.
 */
export const countryNames = once(() =>
  regionNames('long', (name) => {
    const folded = words(name).join(' ');
    return folded && folded !== 'indonesia' ? folded : undefined;
  }),
);

/** Countries' short names in capitals ("US", "UK", Indonesian "AS"), from CLDR's short style; the United Nations is no country. */
export const countryAbbreviations = once(() => regionNames('short', (name, code) => (code !== 'UN' && /^[A-Z]{2,3}$/.test(name) ? name : undefined)));

/** Read once: tuning builds an index per ranking setting and language. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

/** Each region's name in English and in Indonesian, in `style`, as `keep` keeps it (undefined: left out); sorted, each once. */
function regionNames(style: 'long' | 'short', keep: (name: string, code: string) => string | undefined): string[] {
  const out = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const lang of ['en', 'id']) {
    const names = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        let name: string | undefined;
        try {
          name = names.of(a + b);
        } catch {
          continue; // a runtime without this code's data
        }
        const kept = name && keep(name, a + b);
        if (kept) out.add(kept);
      }
    }
  }
  return [...out].sort();
}
