/**
 * Sends the widget's anonymous events to the server. Each carries an `eventId` so a retry (or the
 * offline queue behind `postEvent`, `widget/offline/event-queue.ts`) is counted once. Question
 * text is redacted first.
 */
import { deliver, resumeQueue } from '../offline/event-queue.js';
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

// Events left queued by an earlier visit go out now, and queued ones whenever the page comes online.
resumeQueue();

/**
 * POSTs one event, or queues it when the server cannot take it now; resolves false instead of
 * throwing, because analytics must never break the UI.
 */
export function postEvent(server: string, path: string, body: object): Promise<boolean> {
  return deliver(`${serverBase(server)}${path}`, { ...body, eventId: crypto.randomUUID() });
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
