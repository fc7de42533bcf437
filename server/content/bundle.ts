/** Turns loaded content into the per-language bundles that `GET /api/content/:lang` serves. */
import { buildIndex, type BuildOptions } from '../../widget/search/build-index.js';
import { LANGS, type ContentBundle, type Lang } from '../../widget/search/types.js';
import type { LoadedContent } from './load.js';

export function buildBundle(content: LoadedContent, lang: Lang, options: Omit<BuildOptions, 'translations'> = {}): ContentBundle {
  const entries = content.entries[lang];
  return {
    // The content hash changes with any file, so a version names one exact bundle.
    version: `${content.hash}-${lang}`,
    lang,
    entries,
    index: buildIndex(entries, content.synonyms, lang, { ...options, translations: content.entries[lang === 'id' ? 'en' : 'id'] }),
    synonyms: content.synonyms,
    site: content.site,
  };
}

export function buildBundles(content: LoadedContent, options: Omit<BuildOptions, 'translations'> = {}): Record<Lang, ContentBundle> {
  return Object.fromEntries(LANGS.map((lang) => [lang, buildBundle(content, lang, options)])) as Record<Lang, ContentBundle>;
}
