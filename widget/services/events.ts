/**
 * Sends the widget's anonymous events to the server. Each carries an `eventId` so a retry (or the
 * offline queue behind `postEvent`, `widget/offline/event-queue.ts`) is counted once. Question
 * text is redacted first: by the outbox's `deliver`, the only way an event leaves the page (or is
 * written to the device), so the redaction code loads with the outbox, not with the embed.
 */
import type { FeedbackEvent, SearchEvent, UnansweredEvent } from './api-types.js';
import { serverBase } from './content-client.js';

export type { FeedbackEvent, SearchEvent, UnansweredEvent };

/**
 * The outbox (IndexedDB queue) is not needed to show an answer, so it loads on demand: with the
 * first event, or a few seconds after the widget loaded, to send what an earlier visit left queued
 * (and from then on, whenever the page comes back online). Keeps it out of the embed's first load.
 */
let outboxModule: Promise<typeof import('../offline/event-queue.js')> | undefined;
function outbox(): Promise<typeof import('../offline/event-queue.js')> {
  if (!outboxModule) {
    outboxModule = import('../offline/event-queue.js');
    void outboxModule.then((q) => q.resumeQueue(), () => (outboxModule = undefined));
  }
  return outboxModule;
}
const RESUME_AFTER_MS = 4000;
if (typeof window !== 'undefined') setTimeout(() => void outbox().catch(() => {}), RESUME_AFTER_MS);

/**
 * POSTs one event, or queues it when the server cannot take it now; resolves false instead of
 * throwing, because analytics must never break the UI.
 */
export async function postEvent(server: string, path: string, body: object): Promise<boolean> {
  const eventId = crypto.randomUUID();
  try {
    const { deliver } = await outbox();
    return await deliver(`${serverBase(server)}${path}`, { ...body, eventId });
  } catch (err) {
    console.warn('[faq-assistant] could not send an event', err);
    return false;
  }
}

export function sendUnanswered(server: string, event: UnansweredEvent): Promise<boolean> {
  return postEvent(server, '/api/unanswered', event);
}

export function sendFeedback(server: string, event: FeedbackEvent): Promise<boolean> {
  return postEvent(server, '/api/feedback', event);
}

export function sendSearch(server: string, event: SearchEvent): Promise<boolean> {
  return postEvent(server, '/api/searches', event);
}
