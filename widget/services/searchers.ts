/** One searcher per loaded bundle, shared by every instance on the page (creating one decodes the index). */
import { createSearcher, type Searcher } from '../search/index.js';
import type { ContentBundle } from '../search/types.js';

const searchers = new WeakMap<ContentBundle, Searcher>();

export function searcherFor(bundle: ContentBundle): Searcher {
  let searcher = searchers.get(bundle);
  if (!searcher) searchers.set(bundle, (searcher = createSearcher(bundle.index)));
  return searcher;
}
