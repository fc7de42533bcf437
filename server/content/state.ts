/**
 * The live content: the last good bundles, ready to send (JSON pre-compressed once per version, so
 * requests never compress), and the problems of the latest reload. Editors' changes are picked up
 * by a debounced watcher; a broken edit is logged and the previous bundles keep being served.
 */
import { watch, type FSWatcher } from 'node:fs';
import { LANGS, type ContentBundle, type Lang } from '../../widget/search/types.js';
import type { Logger } from '../log.js';
import { compress, type Bytes } from '../http/compression.js';
import { buildBundles } from './bundle.js';
import { hasErrors, loadContent, type LoadedContent } from './load.js';
import { formatProblem } from './problems.js';

/** Own (unshared, unpooled) memory: what a Response body may be. */
const own = (b: Buffer): Bytes => new Uint8Array(b);

/** One language's bundle, serialised and compressed. */
export interface PreparedBundle {
  bundle: ContentBundle;
  /** Strong ETag: the quoted bundle version. */
  etag: string;
  identity: Bytes;
  gzip: Bytes;
  br: Bytes;
}

export interface ContentSnapshot {
  /** The content hash: names this exact set of files. */
  version: string;
  content: LoadedContent;
  bundles: Record<Lang, PreparedBundle>;
  /**
   * True when the content had errors but nothing better was ever loaded: the valid entries are
   * served rather than nothing, until a clean reload replaces them.
   */
  partial: boolean;
  loadedAt: number;
}

async function prepare(bundle: ContentBundle): Promise<PreparedBundle> {
  const identity = Buffer.from(JSON.stringify(bundle));
  // Compressed once per version, so high levels cost nothing per request. Brotli 10, not 11: on
  // the real content 11 took ~3× as long (150 ms a language) for 0.1 % fewer bytes, and that
  // time is added to every live reload.
  const levels = { gzip: 9, br: 10 };
  const [gz, br] = await Promise.all([compress(identity, 'gzip', levels), compress(identity, 'br', levels)]);
  return { bundle, etag: `"${bundle.version}"`, identity: own(identity), gzip: own(gz), br: own(br) };
}

export class ContentState {
  private snapshot: ContentSnapshot | null = null;
  private latestRead: LoadedContent | null = null;
  private problemLines: { errors: string[]; warnings: string[] } = { errors: [], warnings: [] };
  private running: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(s: ContentSnapshot) => void>();

  constructor(
    readonly dir: string,
    private readonly log: Logger,
  ) {}

  /** Loads `dir` once; the state may still hold no content if the folder is missing or empty of valid entries. */
  static async open(dir: string, log: Logger): Promise<ContentState> {
    const state = new ContentState(dir, log);
    await state.reload();
    return state;
  }

  /** The content being served, or null when nothing valid was ever loaded. */
  get current(): ContentSnapshot | null {
    return this.snapshot;
  }

  /**
   * The content as last read from disk, served or not (it may have errors, and it has the drafts):
   * what the editors' list shows, since they fix what is on disk.
   */
  get latest(): LoadedContent | null {
    return this.latestRead;
  }

  /** Formatted (`path:line: message`) errors of the latest reload; empty when it was clean. */
  get errors(): readonly string[] {
    return this.problemLines.errors;
  }

  get warnings(): readonly string[] {
    return this.problemLines.warnings;
  }

  /** Called with each newly served snapshot. Returns an unsubscribe function. */
  onChange(listener: (s: ContentSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Re-reads the folder. Resolves true when a new snapshot is being served. Calls made while a
   * reload runs are folded into one more run after it, so the last edit always wins.
   */
  reload(): Promise<boolean> {
    if (this.running) {
      this.queued ??= this.running.then(() => {
        this.queued = null;
        return this.reload();
      });
      return this.queued;
    }
    this.running = this.load().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async load(): Promise<boolean> {
    let content: LoadedContent;
    try {
      content = await loadContent(this.dir);
    } catch (err) {
      const line = `${this.dir}:1: could not read content: ${(err as Error).message}`;
      this.problemLines = { errors: [line], warnings: [] };
      this.log.error(line);
      return false;
    }
    this.latestRead = content;
    const errors = content.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    const warnings = content.problems.filter((p) => p.severity === 'warning').map((p) => formatProblem(p));
    this.problemLines = { errors, warnings };
    for (const line of errors) this.log.error(line);
    for (const line of warnings) this.log.warn(line);

    const broken = hasErrors(content);
    if (this.snapshot && content.hash === this.snapshot.version && !this.snapshot.partial) return false;
    if (broken && this.snapshot && !this.snapshot.partial) {
      this.log.warn('content has errors: still serving the last good version', { version: this.snapshot.version });
      return false;
    }
    if (broken && !LANGS.some((l) => content.entries[l].length > 0)) return false;

    const bundles = buildBundles(content);
    const prepared = await Promise.all(LANGS.map((l) => prepare(bundles[l])));
    const snapshot: ContentSnapshot = {
      version: content.hash,
      content,
      bundles: Object.fromEntries(LANGS.map((l, i) => [l, prepared[i]])) as Record<Lang, PreparedBundle>,
      partial: broken,
      loadedAt: Date.now(),
    };
    this.snapshot = snapshot;
    this.log.info('content loaded', {
      version: snapshot.version,
      partial: broken,
      ...Object.fromEntries(LANGS.map((l) => [`entries_${l}`, content.entries[l].length])),
    });
    for (const listener of this.listeners) listener(snapshot);
    return true;
  }

  /**
   * Reloads on any change under `dir` (add, edit, rename, delete), debounced: editors save in
   * bursts (temp file, rename, touch) and one reload per burst is enough.
   */
  watch(debounceMs = 150): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.dir, { recursive: true, persistent: false }, () => this.schedule(debounceMs));
    } catch (err) {
      this.log.error('content watcher could not start: edits need a restart', {
        dir: this.dir,
        error: (err as Error).message,
      });
      return;
    }
    this.watcher.on('error', (err) => {
      this.log.error('content watcher failed: edits need a restart', { dir: this.dir, error: err.message });
      this.unwatch();
    });
  }

  private schedule(debounceMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.reload();
    }, debounceMs);
  }

  /** Stops watching; a reload already running still finishes. */
  unwatch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.watcher?.close();
    this.watcher = null;
  }
}
