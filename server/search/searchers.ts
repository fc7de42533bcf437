/** Loads a content folder and gives one searcher per language: what the CLI tools share. */
import { formatProblem } from '../content/problems.js';
import { hasErrors, loadContent, type LoadedContent } from '../content/load.js';
import { searchableOf } from '../content/bundle.js';
import type { BuildOptions } from '../../widget/search/build-index.js';
import { createSearcher, type Searcher } from '../../widget/search/index.js';
import { LANGS, type Lang } from '../../widget/search/types.js';

export interface LoadedSearch {
  content: LoadedContent;
  searchers: Record<Lang, Searcher>;
}

/** Exits with the problems listed when the folder has errors: a tool must not measure half the content. */
export async function loadSearchers(dir: string, options: Omit<BuildOptions, 'translations'> = {}): Promise<LoadedSearch> {
  const content = await loadCheckedContent(dir);
  return { content, searchers: searchersOf(content, options) };
}

/** The folder's content, or an exit with its problems listed. */
export async function loadCheckedContent(dir: string): Promise<LoadedContent> {
  const content = await loadContent(dir, { requireSite: false });
  if (hasErrors(content)) {
    for (const p of content.problems) console.error(formatProblem(p));
    console.error(`content in ${dir} has errors; fix them first (npm run content:check)`);
    process.exit(1);
  }
  return content;
}

/**
 * One searcher per language, over indexes built with `options`, each built when first asked for:
 * `ask` searches one language, and building the other's index was a tenth of its run.
 */
export function searchersOf(content: LoadedContent, options: Omit<BuildOptions, 'translations'> = {}): Record<Lang, Searcher> {
  const built = new Map<Lang, Searcher>();
  const searcherFor = (lang: Lang): Searcher => {
    let searcher = built.get(lang);
    if (!searcher) {
      const { index, entries } = searchableOf(content, lang, options);
      built.set(lang, (searcher = createSearcher(index, entries)));
    }
    return searcher;
  };
  return Object.defineProperties({} as Record<Lang, Searcher>, Object.fromEntries(LANGS.map((lang) => [lang, { get: () => searcherFor(lang), enumerable: true }])));
}
