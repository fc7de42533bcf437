/** UI strings and language choice for the widget. */
import type { Lang, SiteConfig } from '../search/types.js';
import { onDemand } from '../services/on-demand.js';
import { isLang } from '../search/types.js';
import { id } from './id.js';
import { LANGUAGE_NAMES } from './language-names.js';
import type { StringOverrides, UiStrings } from './strings.js';

export { formatDay } from './day.js';
export { format, type StringOverrides, type UiStrings } from './strings.js';

/** Indonesian is built in; English (a minority of citizens ask in it) loads when first shown. */
const TABLES: Partial<Record<Lang, UiStrings>> = { id };
const loadEnglish = onDemand(() => import('./en.js'), 'the English strings');

/**
 * Undefined when the table of `lang` is there, else a promise that settles once it is (or failed to
 * load: `stringsFor` then falls back to Indonesian, and the next call tries again).
 */
export function stringsReady(lang: Lang): Promise<unknown> | undefined {
  return TABLES[lang] ? undefined : loadEnglish((m) => (TABLES.en = m.en));
}

/** The defaults for `lang` (see `stringsReady`), with the host's overrides for that language laid on top. */
export function stringsFor(lang: Lang, overrides?: StringOverrides): UiStrings {
  const table = TABLES[lang] ?? id;
  const own = overrides?.[lang];
  if (!own) return table;
  return { ...table, ...own, categories: { ...table.categories, ...own.categories } };
}

/** What the language switch to `lang` says, with the host's overrides: there before that language's table. */
export function switchStrings(lang: Lang, overrides?: StringOverrides): Pick<UiStrings, 'languageName' | 'switchLanguage'> {
  return { ...LANGUAGE_NAMES[lang], ...overrides?.[lang] };
}

/** `id-ID`, `in`, `en_GB`… → a supported language, or undefined. (`in` is Java's old code for Indonesian.) */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'in') return 'id';
  return isLang(base) ? base : undefined;
}

/** The `lang` attribute, else the page's language, else the browser's, else Indonesian. */
export function resolveLang(attribute: string | null | undefined): Lang {
  return (
    toLang(attribute) ??
    toLang(document.documentElement.lang) ??
    (navigator.languages ?? [navigator.language]).map(toLang).find((l) => l !== undefined) ??
    'id'
  );
}

export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}

/** A category's label: the UI table for built-ins, `site.yml` for declared ones, else the raw key. */
export function categoryLabel(category: string, lang: Lang, strings: UiStrings, site?: SiteConfig): string {
  return site?.categories?.[category]?.[lang] ?? strings.categories[category] ?? category;
}
