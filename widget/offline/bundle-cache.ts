/**
 * The content bundle kept in this page's IndexedDB (idb-keyval), one record per server + language
 * (keyed by the bundle's URL), so that an embed answers with no network once it has loaded once.
 *
 * Every read is validated: a record of another format, a truncated or corrupt one (storage quota,
 * a crash mid-write, a host page's script writing into our database) is deleted and treated as
 * absent. The caller then fetches a fresh copy: a bad cache costs one download, never an error.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { isContentBundle } from '../search/content-bundle.js';
import type { ContentBundle } from '../search/types.js';

/** Bump when the record's shape changes: older records are then discarded on read, not migrated. */
export const CACHE_FORMAT = 1;
export const CACHE_DB = 'faq-assistant-content';
export const CACHE_STORE = 'bundles';

export interface CachedBundle {
  format: typeof CACHE_FORMAT;
  bundle: ContentBundle;
  /** When this copy was downloaded (ms since the epoch). */
  savedAt: number;
  /** When the server last confirmed it (a 200 or a 304). */
  checkedAt: number;
}

let store: UseStore | undefined;
/** Opened lazily: a host page that never shows the widget gets no database. */
const db = (): UseStore => (store ??= createStore(CACHE_DB, CACHE_STORE));

function isCachedBundle(value: unknown, lang?: string): value is CachedBundle {
  const r = value as CachedBundle | null;
  return (
    !!r &&
    typeof r === 'object' &&
    r.format === CACHE_FORMAT &&
    Number.isFinite(r.savedAt) &&
    Number.isFinite(r.checkedAt) &&
    isContentBundle(r.bundle, lang)
  );
}

/**
 * The saved copy for `url`, or undefined when there is none, it is unusable (then it is deleted),
 * or storage is unavailable (private mode, blocked): never throws, never logs an error.
 */
export async function readCachedBundle(url: string, lang?: string): Promise<CachedBundle | undefined> {
  let value: unknown;
  try {
    value = await get(url, db());
  } catch {
    return undefined; // no IndexedDB here: the widget simply works online only
  }
  if (value === undefined) return undefined;
  if (isCachedBundle(value, lang)) return value;
  // Expected, not an error: a new release changed the format, or the record was damaged.
  await del(url, db()).catch(() => undefined);
  return undefined;
}

/** Replaces the saved copy in one write, so a reader sees the old bundle or the new one, never a mix. */
export async function saveCachedBundle(url: string, bundle: ContentBundle, now = Date.now()): Promise<void> {
  const record: CachedBundle = { format: CACHE_FORMAT, bundle, savedAt: now, checkedAt: now };
  await set(url, record, db()).catch(() => undefined);
}
