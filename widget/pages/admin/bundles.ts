/**
 * The content bundles the console searches with, kept fresh: revalidated with `If-None-Match`
 * when the page regains focus and every 30 s, so an entry an editor just saved shows up in
 * "What does it answer now?" without a reload. Listeners hear about every new version.
 */
import { createSearcher, type Searcher } from '../../search/index.js';
import type { BundleEntry, ContentBundle, Lang } from '../../search/types.js';

export interface LoadedBundle {
  bundle: ContentBundle;
  searcher: Searcher;
}

export class BundleWatcher {
  private readonly loaded = new Map<Lang, LoadedBundle>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private refreshing: Promise<void> | null = null;
  private readonly onFocus = () => void this.refresh();
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };
  /** The last load error, shown instead of answers; cleared by the next success. */
  error: string | null = null;

  constructor(
    readonly langs: readonly Lang[],
    private readonly base = '',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  get(lang: Lang): LoadedBundle | undefined {
    return this.loaded.get(lang);
  }

  /** Every entry of every loaded language. */
  entries(): BundleEntry[] {
    return [...this.loaded.values()].flatMap((l) => l.bundle.entries);
  }

  ids(): Set<string> {
    return new Set(this.entries().map((e) => e.id));
  }

  /** A version string covering every language, for "checked against content X". */
  version(): string {
    return this.langs.map((l) => this.loaded.get(l)?.bundle.version ?? '-').join(' / ');
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts revalidating on focus and every `intervalMs`; loads now. */
  start(intervalMs = 30_000): Promise<void> {
    this.stop();
    window.addEventListener('focus', this.onFocus);
    document.addEventListener('visibilitychange', this.onVisible);
    this.timer = setInterval(this.onFocus, intervalMs);
    return this.refresh();
  }

  stop(): void {
    window.removeEventListener('focus', this.onFocus);
    document.removeEventListener('visibilitychange', this.onVisible);
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Revalidates every language; concurrent calls share one round. */
  refresh(): Promise<void> {
    this.refreshing ??= this.refreshAll().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshAll(): Promise<void> {
    const results = await Promise.allSettled(this.langs.map((l) => this.refreshOne(l)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const changed = results.some((r) => r.status === 'fulfilled' && r.value);
    const error = failed ? String((failed.reason as Error)?.message ?? failed.reason) : null;
    const errorChanged = error !== this.error;
    this.error = error;
    if (changed || errorChanged) for (const l of this.listeners) l();
  }

  /** True when a new version was loaded. */
  private async refreshOne(lang: Lang): Promise<boolean> {
    const known = this.loaded.get(lang);
    const res = await this.fetchImpl(`${this.base}/api/content/${lang}`, {
      headers: known ? { 'If-None-Match': `"${known.bundle.version}"` } : {},
      cache: 'no-cache',
    });
    if (res.status === 304 && known) return false;
    if (!res.ok) throw new Error(`content bundle (${lang}) could not be loaded: ${res.status}`);
    const bundle = (await res.json()) as ContentBundle;
    if (known && known.bundle.version === bundle.version) return false;
    this.loaded.set(lang, { bundle, searcher: createSearcher(bundle.index, bundle.entries) });
    return true;
  }
}
