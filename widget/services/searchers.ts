/**
 * One searcher per loaded bundle, shared by every instance on the page (creating one decodes the
 * index). fuse.js, for typo correction only, is ~6 KB gzipped: it loads when a first word needs
 * correcting, not before the first answer, and each search controller searches again once it is here.
 */
import { createSearcher, type Searcher } from '../search/searcher.js';
import type { ContentBundle } from '../search/types.js';
import { hasFuse, provideFuse, whenFuseWanted } from '../search/vocabulary.js';
import { onDemand } from './on-demand.js';

const searchers = new WeakMap<ContentBundle, Searcher>();
const waiting = new Set<() => void>();
const loadFuse = onDemand(() => import('fuse.js'), 'typo matching');

// Every word that needs correcting before fuse.js is here asks again: one load, and each controller
// searches again once. After a failed load the next word tries again.
let loading: Promise<unknown> | undefined;
whenFuseWanted(() => {
  loading ??= loadFuse(({ default: fuse }) => {
    provideFuse(fuse);
    for (const again of waiting) again();
  }).then(() => {
    if (!hasFuse()) loading = undefined;
  });
});

export function searcherFor(bundle: ContentBundle): Searcher {
  let searcher = searchers.get(bundle);
  if (!searcher) {
    const created = (searcher = createSearcher(bundle.index, bundle.entries));
    searchers.set(bundle, created);
    // What the first keystroke would build (tens of milliseconds for a few hundred answers on a
    // slow phone, seconds for ten thousand), built while nobody is typing instead, in slices that
    // never hold up a keystroke for long.
    prepareWhenIdle(created);
  }
  return searcher;
}

/** The slice of building done when the browser gives no idle time (a busy page, or no requestIdleCallback), in milliseconds. */
const SLICE = 10;

function prepareWhenIdle(searcher: Searcher): void {
  whenIdle((ms) => {
    if (!searcher.prepare(Math.max(ms, SLICE))) prepareWhenIdle(searcher);
  });
}

/** `work` gets the idle milliseconds the browser offers (none when it ran on the timeout). */
function whenIdle(work: (ms: number) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback((deadline) => work(deadline.timeRemaining()), { timeout: 2000 });
  else setTimeout(() => work(0), 0);
}

/** `again` runs once typo matching has arrived (a search made without it may have missed a misspelt word). */
export function onTypoMatching(again: () => void): () => void {
  waiting.add(again);
  return () => waiting.delete(again);
}
