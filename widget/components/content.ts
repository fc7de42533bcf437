/** The element's content: loading a language's bundle (once), the searcher over it, newer versions swapped in. */
import type { FaqAssistant } from '../faq-assistant.js';
import type { ContentStatus } from '../offline/content-status.js';
import type { Searcher } from '../search/index.js';
import type { ContentBundle, Lang } from '../search/types.js';
import { contentUrl, loadBundle } from '../services/content-client.js';
import { searcherFor } from '../services/searchers.js';
import { showEntry, type HistoryState } from './answer.js';
import { runSearch } from './search.js';

export type Browse = typeof import('./browse.js').browseTemplate;

let browseModule: Promise<typeof import('./browse.js')> | undefined;

/**
 * The topic list (browse by category) shows once the content is there, so its code is requested
 * beside the content instead of with the embed; a failed load is tried again on the next call.
 */
function loadBrowse(host: FaqAssistant): void {
  if (host.browse) return;
  (browseModule ??= import('./browse.js')).then(
    (m) => (host.browse = m.browseTemplate),
    () => (browseModule = undefined),
  );
}

export function bundleFor(host: FaqAssistant, lang: Lang): Promise<ContentBundle> {
  let promise = host.pending.get(lang);
  if (!promise) {
    promise = loadBundle(host.server, lang, host.abort?.signal).then((bundle) => {
      host.bundles[lang] = bundle;
      return bundle;
    });
    // A failed load must be retryable.
    promise.catch(() => host.pending.delete(lang));
    host.pending.set(lang, promise);
  }
  return promise;
}

/** Loads the current language's bundle (once) and switches the searcher to it. */
export async function ensureContent(host: FaqAssistant): Promise<Searcher | undefined> {
  loadBrowse(host);
  const lang = host.uiLang;
  if (host.status === 'ready' && host.searcher?.lang === lang) return host.searcher;
  if (!host.bundles[lang]) host.status = 'loading';
  try {
    const bundle = await bundleFor(host, lang);
    if (lang !== host.uiLang) return undefined; // the language changed meanwhile; that load takes over
    if (host.searcher && host.searcher.lang === lang && host.status === 'ready') return host.searcher;
    use(host, bundle);
    host.status = 'ready';
    host.offline = false;
    afterLoad(host);
    return host.searcher;
  } catch (err) {
    if (host.abort?.signal.aborted) return undefined;
    host.status = 'error';
    host.offline = !navigator.onLine;
    console.warn('[faq-assistant] could not load content', err);
    return undefined;
  }
}

/** A newer bundle arrived (swap it in, no reload), or the server became (un)reachable. */
export function contentStatusChanged(host: FaqAssistant, s: ContentStatus): void {
  const lang = s.bundle.lang;
  if (s.url !== contentUrl(host.server, lang)) return;
  if (lang === host.uiLang) host.savedOn = s.offline ? s.checkedAt : undefined;
  const old = host.bundles[lang];
  if (!old || old === s.bundle) return;
  host.bundles[lang] = s.bundle;
  host.pending.set(lang, Promise.resolve(s.bundle));
  if (lang !== host.uiLang || host.status !== 'ready') return;
  use(host, s.bundle);
  afterLoad(host);
}

function use(host: FaqAssistant, bundle: ContentBundle): void {
  host.searcher = searcherFor(bundle);
  host.entries = new Map(bundle.entries.map((e) => [e.id, e]));
}

/** After a (re)load: redo the current question, reopen the current answer in this language. */
function afterLoad(host: FaqAssistant): void {
  if (host.shown) {
    void showEntry(host, host.shown.entry.id, host.shown.query, { push: false });
  } else if (host.answer) {
    const id = host.answer;
    host.answer = undefined;
    if (host.useHistory) history.replaceState({ faq: 'answer', id } satisfies HistoryState, '');
    void showEntry(host, id, '', { push: false, focus: false });
  }
  if (host.queryText.trim()) runSearch(host);
}
