/**
 * The offline side of the content client (`widget/services/content-client.ts` calls these at the
 * points where a bundle is looked up, confirmed, replaced or could not be fetched):
 * answer from the device's saved copy at once, revalidate in the background, replace the copy in
 * one step when the server has a newer one, and say when the saved copy is all there is.
 */
import type { ContentBundle } from '../search/types.js';
import { readCachedBundle, saveCachedBundle } from './bundle-cache.js';
import { contentStatus, setContentStatus } from './content-status.js';

/** An open page checks for new answers this often while visible (and on `online`, and when shown again). */
const REVALIDATE_MS = 5 * 60_000;

const watched = new Map<string, () => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** The saved copy for `url` (validated; a bad one is dropped), without touching the network. */
export async function savedBundle(url: string): Promise<ContentBundle | undefined> {
  const saved = await readCachedBundle(url);
  if (!saved) return undefined;
  setContentStatus({ url, bundle: saved.bundle, offline: false, checkedAt: saved.checkedAt });
  return saved.bundle;
}

/**
 * The server answered 200 or 304: save and tell the widgets; returns `bundle`. Either
 * way the bundle in hand is the server's current one, so it is written as is (with the new "checked"
 * date) rather than the saved copy read back and validated again just to move its date.
 */
export function confirmed(url: string, bundle: ContentBundle): ContentBundle {
  const now = Date.now();
  void saveCachedBundle(url, bundle, now);
  setContentStatus({ url, bundle, offline: false, checkedAt: now });
  return bundle;
}

/** The server could not be reached: keep answering from `known`, and say since when it is saved. */
export function wentOffline(url: string, known: ContentBundle): ContentBundle {
  const previous = contentStatus(url);
  const checkedAt = previous?.bundle === known ? previous.checkedAt : Date.now();
  setContentStatus({ url, bundle: known, offline: true, checkedAt });
  return known;
}

function revalidateAll(): void {
  for (const refresh of watched.values()) refresh();
}

/**
 * Keeps `url` fresh for as long as the page is open: `refresh` runs when the connection comes
 * back, when the page is shown again, and every few minutes while it is visible.
 */
export function keepFresh(url: string, refresh: () => void): void {
  if (typeof window === 'undefined' || watched.has(url)) return;
  watched.set(url, refresh);
  if (timer !== undefined) return;
  window.addEventListener('online', revalidateAll);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && revalidateAll());
  timer = setInterval(() => document.visibilityState === 'visible' && revalidateAll(), REVALIDATE_MS);
}
