/**
 * Fetches content bundles. One request per server + language is shared by every instance on the
 * page; the last good bundle is kept in memory and revalidated with `If-None-Match`.
 * The device's saved copy (IndexedDB, `widget/offline/`) answers first when there is one.
 */
import { isContentBundle } from '../search/content-bundle.js';
import type { ContentBundle, Lang } from '../search/types.js';

type OfflineSync = typeof import('../offline/content-sync.js');
/** Without IndexedDB code (it could not load): online only, exactly as before there was a cache. */
const ONLINE_ONLY: OfflineSync = {
  savedBundle: async () => undefined,
  confirmed: (_url, bundle) => bundle,
  wentOffline: (_url, bundle) => bundle,
  keepFresh: () => undefined,
};
let offlineSync: Promise<OfflineSync> | undefined;
/** The device cache loads with the first request, not with the embed (it is not needed before). */
const offline = (): Promise<OfflineSync> =>
  (offlineSync ??= import('../offline/content-sync.js').catch(() => ONLINE_ONLY));

export class ContentLoadError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the network failed. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'ContentLoadError';
  }
}

interface Shared {
  promise: Promise<ContentBundle>;
  controller: AbortController;
  /** Callers still waiting; the request is aborted only when all of them gave up. */
  waiting: number;
}

const inflight = new Map<string, Shared>();
const remembered = new Map<string, ContentBundle>();

/** `https://host/` → `https://host`; '' means the page's own origin. */
export function serverBase(server: string | null | undefined): string {
  return (server ?? '').trim().replace(/\/+$/, '');
}

export function contentUrl(server: string, lang: Lang): string {
  return `${serverBase(server)}/api/content/${lang}`;
}

async function request(url: string, lang: Lang, signal: AbortSignal): Promise<ContentBundle> {
  const { confirmed, keepFresh, savedBundle, wentOffline } = await offline();
  const saved = remembered.has(url) ? undefined : await savedBundle(url);
  const refresh = () => void share(url, lang).promise.catch(() => undefined);
  if (saved) {
    // Answer at once from this device's copy; the network only confirms or replaces it.
    remembered.set(url, saved);
    keepFresh(url, refresh);
    setTimeout(refresh);
    return saved;
  }
  const known = remembered.get(url);
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: known ? { 'If-None-Match': `"${known.version}"` } : {},
    });
  } catch (err) {
    if (signal.aborted) throw err;
    if (known) return wentOffline(url, known);
    throw new ContentLoadError(`network error loading ${url}`, 0);
  }
  if (response.status === 304 && known) return confirmed(url, known);
  // A failing server is, to the citizen, as unreachable as a lost network: keep answering, say so.
  if (response.status >= 500 && known) return wentOffline(url, known);
  if (!response.ok) throw new ContentLoadError(`${url} answered ${response.status}`, response.status);
  const bundle: unknown = await response.json().catch(() => undefined);
  if (!isContentBundle(bundle, lang)) {
    // Another release's bundle (its index in a format this widget cannot read), or not one at all:
    // the copy in hand still answers, so it is kept, neither replaced nor marked as confirmed.
    if (known) return known;
    throw new ContentLoadError(`${url} did not return a content bundle this widget can read`, response.status);
  }
  remembered.set(url, bundle);
  keepFresh(url, refresh);
  return confirmed(url, bundle);
}

/** The request for `url` in flight, or a new one. */
function share(url: string, lang: Lang): Shared {
  let shared = inflight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = {
      controller,
      waiting: 0,
      promise: request(url, lang, controller.signal).finally(() => {
        if (inflight.get(url) === entry) inflight.delete(url);
      }),
    };
    inflight.set(url, entry);
    shared = entry;
  }
  return shared;
}

/**
 * Loads (or revalidates) the bundle. Concurrent callers share one request; aborting `signal`
 * rejects this caller's promise, and aborts the request once nobody else waits for it.
 */
export function loadBundle(server: string, lang: Lang, signal?: AbortSignal): Promise<ContentBundle> {
  const url = contentUrl(server, lang);
  const mine = share(url, lang);
  mine.waiting++;
  if (!signal) return mine.promise;
  return new Promise<ContentBundle>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason ?? new DOMException('aborted', 'AbortError'));
      if (--mine.waiting === 0) {
        mine.controller.abort();
        if (inflight.get(url) === mine) inflight.delete(url);
      }
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    mine.promise.then(
      (b) => {
        signal.removeEventListener('abort', onAbort);
        resolve(b);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
