/**
 * The element's content: when to load it (focus, hover, scrolled into view, or at once), each
 * language's bundle (loaded once, retried after a failure), the searcher over the current one, and
 * newer versions swapped in as the offline half announces them.
 */
import type { ContentStatus } from '../offline/content-status.js';
import type { Searcher } from '../search/index.js';
import type { BundleEntry, ContentBundle, Lang } from '../search/types.js';
import { contentUrl, loadBundle } from '../services/content-client.js';
import { onDemand } from '../services/on-demand.js';
import { searcherFor } from '../services/searchers.js';
import { HostController, type AssistantHost } from './host.js';

export type Browse = typeof import('../components/browse.js').browseTemplate;
export type ContentState = 'idle' | 'loading' | 'ready' | 'error';

const loadBrowse = onDemand(() => import('../components/browse.js'), 'the topic list');

export class ContentController extends HostController {
  /** Called after each (re)load of the current language, to redo what is on screen with it. */
  private readonly _loaded: () => void;
  private _bundles: Partial<Record<Lang, ContentBundle>> = {};
  private _pending = new Map<Lang, Promise<ContentBundle>>();
  private _searcher?: Searcher;
  private _entries = new Map<string, BundleEntry>();
  private _state: ContentState = 'idle';
  private _offline = false;
  private _savedOn?: number;
  private _browse?: Browse;
  private _abort?: AbortController;
  private _visibility?: IntersectionObserver;

  constructor(host: AssistantHost, loaded: () => void) {
    super(host);
    this._loaded = loaded;
  }

  get state(): ContentState {
    return this._state;
  }
  /** Whether the last failure happened with the browser offline. */
  get offline(): boolean {
    return this._offline;
  }
  /** When the answers in use were last confirmed, while the server cannot be reached (ms). */
  get savedOn(): number | undefined {
    return this._savedOn;
  }
  get entries(): ReadonlyMap<string, BundleEntry> {
    return this._entries;
  }
  /** The topic list's template, loaded beside the content. */
  get browse(): Browse | undefined {
    return this._browse;
  }
  /** The searcher of the language shown, when it is loaded. */
  get searcher(): Searcher | undefined {
    return this._state === 'ready' && this._searcher?.lang === this._host.uiLang ? this._searcher : undefined;
  }

  bundle(lang: Lang): ContentBundle | undefined {
    return this._bundles[lang];
  }

  override hostConnected(): void {
    const host = this._host;
    this._abort = new AbortController();
    const { signal } = this._abort;
    const load = () => void this.ensure();
    host.addEventListener('focusin', load, { signal });
    host.addEventListener('pointerenter', load, { signal });
    window.addEventListener('online', () => this._state === 'error' && load(), { signal });
    // From the content client's offline half (loaded on demand): see widget/offline/content-status.ts.
    window.addEventListener('faq-assistant-content', (e) => this._statusChanged(e.detail), { signal });
    if (host.eager || host.answer) {
      load();
    } else if (host.mode !== 'launcher' && 'IntersectionObserver' in window) {
      // Inline: load when it scrolls into view. A launcher's button is always visible, so it waits for use.
      this._visibility = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && load());
      this._visibility.observe(host);
    }
  }

  override hostDisconnected(): void {
    this._abort?.abort();
    this._visibility?.disconnect();
    this._visibility = undefined;
    this._pending.clear();
    if (this._state === 'loading') this._set('idle');
  }

  /** A language's bundle, loaded once (a failed load is tried again on the next call). */
  bundleFor(lang: Lang): Promise<ContentBundle> {
    let promise = this._pending.get(lang);
    if (!promise) {
      promise = loadBundle(this._host.server, lang, this._abort?.signal).then((bundle) => {
        this._bundles[lang] = bundle;
        return bundle;
      });
      promise.catch(() => this._pending.delete(lang));
      this._pending.set(lang, promise);
    }
    return promise;
  }

  /** Loads the current language's bundle (once) and switches the searcher to it. */
  async ensure(): Promise<Searcher | undefined> {
    this._loadBrowse();
    const host = this._host;
    const lang = host.uiLang;
    if (this.searcher) return this._searcher;
    if (!this._bundles[lang]) this._set('loading');
    try {
      const bundle = await this.bundleFor(lang);
      if (lang !== host.uiLang) return undefined; // the language changed meanwhile; that load takes over
      if (this.searcher) return this._searcher;
      this._use(bundle);
      this._offline = false;
      this._set('ready');
      this._loaded();
      return this._searcher;
    } catch (err) {
      if (this._abort?.signal.aborted) return undefined;
      this._offline = !navigator.onLine;
      this._set('error');
      console.warn('[faq-assistant] could not load content', err);
      return undefined;
    }
  }

  private _set(state: ContentState): void {
    this._state = state;
    this._update();
  }

  /**
   * The topic list (browse by category) shows once the content is there, so its code is requested
   * beside the content instead of with the embed; a failed load is tried again on the next call.
   */
  private _loadBrowse(): void {
    if (this._browse) return;
    void loadBrowse((m) => {
      this._browse = m.browseTemplate;
      this._update();
    });
  }

  /** A newer bundle arrived (swap it in, no reload), or the server became (un)reachable. */
  private _statusChanged(s: ContentStatus): void {
    const host = this._host;
    const lang = s.bundle.lang;
    if (s.url !== contentUrl(host.server, lang)) return;
    if (lang === host.uiLang) {
      this._savedOn = s.offline ? s.checkedAt : undefined;
      this._update();
    }
    const old = this._bundles[lang];
    if (!old || old === s.bundle) return;
    this._bundles[lang] = s.bundle;
    this._pending.set(lang, Promise.resolve(s.bundle));
    if (lang !== host.uiLang || this._state !== 'ready') return;
    this._use(s.bundle);
    this._update();
    this._loaded();
  }

  private _use(bundle: ContentBundle): void {
    this._searcher = searcherFor(bundle);
    this._entries = new Map(bundle.entries.map((e) => [e.id, e]));
  }
}
