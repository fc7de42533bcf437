/** Types shared by the search core, the server's bundle builder, the CLI and the widget. */
import type { Checker } from '../checker/types.js';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

export function isLang(value: string | undefined): value is Lang {
  return !!value && (LANGS as readonly string[]).includes(value);
}

/** The searchable fields of one answer, as the index builder reads them. */
export interface SearchDoc {
  id: string;
  title: string;
  questions: string[];
  tags: string[];
  /** Plain text of the rendered body (no markup). */
  text: string;
  category: string;
  /** Set for a requirement checker: a guide shown beside the answers, never the answer itself. */
  checker?: unknown;
}

/** One answer as shipped to the browser in a content bundle. */
export interface BundleEntry extends SearchDoc {
  lang: Lang;
  /** `YYYY-MM-DD`: when the facts were last checked. */
  updated: string;
  source?: string;
  /** Sanitised HTML of the body; the only HTML the widget ever renders unescaped. */
  html: string;
  /** Languages this id exists in (always includes `lang`). */
  translations: Lang[];
  /** Set when the entry is a requirement checker (a `checker:` block in its front matter). */
  checker?: Checker;
}

export interface LocalisedText {
  id: string;
  en: string;
}

export interface ContactChannel {
  kind: 'whatsapp' | 'phone' | 'email' | 'web' | 'instagram' | 'facebook' | 'x' | 'office';
  label: LocalisedText;
  /** What is shown: a number, an address, a handle. */
  value: string;
  /** Where it leads (tel:, mailto:, https:). */
  url: string;
}

/** `content/site.yml`, validated. */
export interface SiteConfig {
  name: LocalisedText;
  description: LocalisedText;
  /** Digits only, international format without `+` (e.g. `6281234567890`), for `https://wa.me/<n>`. */
  whatsapp: string;
  contacts: ContactChannel[];
  hours?: LocalisedText;
  /** Extra categories beyond the built-in ones, with their labels. */
  categories: Record<string, LocalisedText>;
}

/** `GET /api/content/:lang`. `index` is the search core's serialised index (opaque to everyone else). */
export interface ContentBundle {
  version: string;
  lang: Lang;
  entries: BundleEntry[];
  index: unknown;
  synonyms: string[][];
  site: SiteConfig;
}

export interface SearchHit {
  id: string;
  title: string;
  /** Higher is better; comparable within one query only. */
  score: number;
  category: string;
  /** Normalised query terms (and their expansions) that matched this entry, for highlighting. */
  matched: string[];
}

export interface SearchOutcome {
  query: string;
  answered: boolean;
  results: SearchHit[];
}
