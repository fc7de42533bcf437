/**
 * What every widget on the page needs to know about a content bundle after it first loaded: a newer
 * version arrived (swap it in without a reload), or the server cannot be reached (say that the
 * answers are the ones saved on a date). One record per bundle URL, shared by all instances.
 *
 * Told through a `faq-assistant-content` event on `window` rather than a shared module, so that the
 * element (in `widget.js`) needs only this file's types and all the offline code stays on demand.
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

export const CONTENT_STATUS_EVENT = 'faq-assistant-content';

declare global {
  interface WindowEventMap {
    'faq-assistant-content': CustomEvent<ContentStatus>;
  }
}

const statuses = new Map<string, ContentStatus>();

export function contentStatus(url: string): ContentStatus | undefined {
  return statuses.get(url);
}

/** Records a change and tells the widgets, only when something they show actually changed. */
export function setContentStatus(status: ContentStatus): void {
  const old = statuses.get(status.url);
  statuses.set(status.url, status);
  if (old && old.bundle === status.bundle && old.offline === status.offline && old.checkedAt === status.checkedAt) return;
  window.dispatchEvent(new CustomEvent(CONTENT_STATUS_EVENT, { detail: status }));
}
