/** UI strings and language choice for the widget. */
import type { Lang, SiteConfig } from '../search/types.js';
import { isLang } from '../search/types.js';
import { en } from './en.js';
import { id } from './id.js';
import type { StringOverrides, UiStrings } from './strings.js';

export { formatDay } from './day.js';
export { format, type StringOverrides, type UiStrings } from './strings.js';

const TABLES: Record<Lang, UiStrings> = { id, en };

/** The defaults for `lang`, with the host's overrides for that language laid on top. */
export function stringsFor(lang: Lang, overrides?: StringOverrides): UiStrings {
  const own = overrides?.[lang];
  if (!own) return TABLES[lang];
  return { ...TABLES[lang], ...own, categories: { ...TABLES[lang].categories, ...own.categories } };
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
