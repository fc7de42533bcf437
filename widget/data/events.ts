/**
 * Sends the widget's anonymous events to the server. Each carries an `eventId` so a retry (or the
 * offline queue that will sit behind `postEvent`) is counted once. Question text is redacted first.
 */
import { redact } from '../privacy/redact.js';
import type { Lang } from '../search/types.js';
import { serverBase } from './content-client.js';

export interface UnansweredEvent {
  q: string;
  lang: Lang;
  reason: 'no-match' | 'not-helpful';
  entryId?: string;
  site?: string;
}

export interface FeedbackEvent {
  entryId: string;
  lang: Lang;
  helpful: boolean;
  q?: string;
}

export interface SearchEvent {
  lang: Lang;
  answered: boolean;
  entryId?: string;
}

/** POSTs one event; resolves false instead of throwing, because analytics must never break the UI. */
export async function postEvent(server: string, path: string, body: object): Promise<boolean> {
  try {
    const response = await fetch(`${serverBase(server)}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, eventId: crypto.randomUUID() }),
      // Survives the page being closed right after the citizen's last action.
      keepalive: true,
    });
    if (!response.ok) console.warn(`[faq-assistant] ${path} answered ${response.status}`);
    return response.ok;
  } catch {
    // Offline or blocked: the offline queue will take over here; nothing the citizen needs to see.
    return false;
  }
}

export function sendUnanswered(server: string, event: UnansweredEvent): Promise<boolean> {
  return postEvent(server, '/api/unanswered', { ...event, q: redact(event.q) });
}

export function sendFeedback(server: string, event: FeedbackEvent): Promise<boolean> {
  return postEvent(server, '/api/feedback', event.q === undefined ? event : { ...event, q: redact(event.q) });
}

export function sendSearch(server: string, event: SearchEvent): Promise<boolean> {
  return postEvent(server, '/api/searches', event);
}
