/**
 * What every widget on the page needs to know about a content bundle after it first loaded: a newer
 * version arrived (swap it in without a reload), or the server cannot be reached (say that the
 * answers are the ones saved on a date). One record per bundle URL, shared by all instances.
 */
import type { ContentBundle } from '../search/types.js';

export interface ContentStatus {
  /** The bundle's URL, as `contentUrl(server, lang)` makes it. */
  url: string;
  bundle: ContentBundle;
  /** True while the last attempt to reach the server failed and the saved copy is in use. */
  offline: boolean;
  /** When the server last confirmed this copy (ms since the epoch). */
  checkedAt: number;
}

const statuses = new Map<string, ContentStatus>();
const bus = new EventTarget();
const EVENT = 'status';

export function contentStatus(url: string): ContentStatus | undefined {
  return statuses.get(url);
}

/** Records a change and tells the listeners, only when something they show actually changed. */
export function setContentStatus(status: ContentStatus): void {
  const old = statuses.get(status.url);
  statuses.set(status.url, status);
  if (old && old.bundle === status.bundle && old.offline === status.offline && old.checkedAt === status.checkedAt) return;
  bus.dispatchEvent(new CustomEvent<ContentStatus>(EVENT, { detail: status }));
}

/** Calls `listener` on every change until `signal` aborts (the element's disconnect). */
export function onContentStatus(listener: (status: ContentStatus) => void, signal: AbortSignal): void {
  bus.addEventListener(EVENT, (e) => listener((e as CustomEvent<ContentStatus>).detail), { signal });
}
