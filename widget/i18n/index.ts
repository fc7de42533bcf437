/** UI strings and language choice for the widget. */
import type { Lang, SiteConfig } from '../search/types.js';
import { isLang } from '../search/types.js';
import { en } from './en.js';
import { id } from './id.js';
import { LANGUAGE_NAMES } from './language-names.js';
import type { StringOverrides, UiStrings } from './strings.js';

export { formatDay } from './day.js';
export { format, type StringOverrides, type UiStrings } from './strings.js';

const TABLES: Record<Lang, UiStrings> = { id, en };

/** The defaults for `lang`, with the host's overrides for that language laid on top. */
export function stringsFor(lang: Lang, overrides?: StringOverrides): UiStrings {
  const table = TABLES[lang];
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
