/** Turns loaded content into the per-language bundles that `GET /api/content/:lang` serves. */
import { createHash } from 'node:crypto';
import { buildIndex, type BuildOptions } from '../../widget/search/build-index.js';
import { LANGS, type ContentBundle, type Lang } from '../../widget/search/types.js';
import type { LoadedContent } from './load.js';

/** What a language's searcher is made of: its entries and their index (the CLI tools need no more of a bundle). */
export function searchableOf(content: LoadedContent, lang: Lang, options: Omit<BuildOptions, 'translations'> = {}): Pick<ContentBundle, 'entries' | 'index'> {
  const entries = content.entries[lang];
  return { entries, index: buildIndex(entries, content.synonyms, lang, { ...options, translations: content.entries[lang === 'id' ? 'en' : 'id'] }) };
}

export function buildBundle(content: LoadedContent, lang: Lang, options: Omit<BuildOptions, 'translations'> = {}): ContentBundle {
  const { entries, index } = searchableOf(content, lang, options);
  const built = { lang, entries, index, synonyms: content.synonyms, site: content.site };
  return { version: versionOf(content.hash, built), ...built };
}

/**
 * A version names one exact bundle: the content's version (what /api/health reports), then a hash
 * of the bundle as built from it. A new release reads the same files into another index (a new
 * index format, refitted weights) or renders them otherwise, and a browser, a service worker or a
 * proxy revalidating its copy must then get the new one, not a 304 for a bundle its widget can no
 * longer read.
 */
function versionOf(contentVersion: string, built: Omit<ContentBundle, 'version'>): string {
  const build = createHash('sha256').update(JSON.stringify(built)).digest('hex').slice(0, 8);
  return `${contentVersion}-${build}-${built.lang}`;
}

export function buildBundles(content: LoadedContent, options: Omit<BuildOptions, 'translations'> = {}): Record<Lang, ContentBundle> {
  return Object.fromEntries(LANGS.map((lang) => [lang, buildBundle(content, lang, options)])) as Record<Lang, ContentBundle>;
}
