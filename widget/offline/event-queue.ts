/**
 * Events the server could not take yet (offline, or a 5xx) wait in this page's IndexedDB and are
 * sent later: when the connection comes back (`online`), on the next page load, and by retries
 * with exponential backoff and jitter. Each keeps the `eventId` it was made with, so a retry of
 * an event the server did store (the answer was lost on the way back) is counted once.
 *
 * Personal data is redacted before anything is written to the device. The queue is bounded: past
 * `QUEUE_LIMIT` events the oldest are dropped, and counted, so a phone offline for weeks does not
 * fill its storage. (`widget/services/events.ts` loads this module on demand, off the embed's first load.)
 */
import { clear, createStore, del, delMany, get, keys, set, update, type UseStore } from 'idb-keyval';
import { redact } from '../privacy/redact.js';

export const QUEUE_DB = 'faq-assistant-outbox';
export const QUEUE_STORE = 'events';
export const QUEUE_LIMIT = 500;
const QUEUE_FORMAT = 1;
const DROPPED_KEY = 'dropped';
/** Event keys sort by the time they were queued: `e:<ms, 15 digits>:<eventId>`. */
const EVENT_PREFIX = 'e:';
const RETRY_BASE_MS = 1_000;
const RETRY_MAX_MS = 5 * 60_000;
const LOCK_NAME = 'faq-assistant-outbox';

export interface EventBody {
  eventId: string;
  q?: string;
  [field: string]: unknown;
}

export type Outcome = 'sent' | 'retry' | 'refused';

interface QueuedEvent {
  format: typeof QUEUE_FORMAT;
  /** Absolute or page-relative endpoint, e.g. `https://tanya.example.go.id/api/unanswered`. */
  url: string;
  body: EventBody;
  queuedAt: number;
}

let store: UseStore | undefined;
const db = (): UseStore => (store ??= createStore(QUEUE_DB, QUEUE_STORE));

let flushing: Promise<void> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;
let started = false;

function isQueued(value: unknown): value is QueuedEvent {
  const v = value as QueuedEvent | null;
  return !!v && v.format === QUEUE_FORMAT && typeof v.url === 'string' && !!v.body && typeof v.body.eventId === 'string';
}

/**
 * Delay before retry number `failures` (1, 2, …): doubling from 1 s up to 5 min, then "equal
 * jitter" (half fixed, half random) so that many phones coming back online do not retry in step.
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** What to do after an answer: 408 and 429 are "later", other 4xx will never succeed. */
export function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'refused';
}

export async function send(url: string, body: EventBody): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      // Survives the page being closed right after the citizen's last action.
      keepalive: true,
    });
    const outcome = outcomeOf(response.status);
    if (outcome === 'refused') console.warn(`[faq-assistant] ${url} refused an event (${response.status}); it is dropped`);
    return outcome;
  } catch {
    return 'retry'; // offline, DNS, server down: nothing the citizen needs to see
  }
}

/** Keeps an event the server could not take now, and schedules a retry. */
export async function enqueue(url: string, body: EventBody): Promise<void> {
  const record: QueuedEvent = { format: QUEUE_FORMAT, url, body, queuedAt: Date.now() };
  try {
    await set(`${EVENT_PREFIX}${String(record.queuedAt).padStart(15, '0')}:${body.eventId}`, record, db());
    const queued = (await keys<string>(db())).filter((k) => typeof k === 'string' && k.startsWith(EVENT_PREFIX)).sort();
    const over = queued.length - QUEUE_LIMIT;
    if (over > 0) {
      await delMany(queued.slice(0, over), db());
      await update<number>(DROPPED_KEY, (n) => (Number.isFinite(n) ? n! : 0) + over, db());
    }
  } catch {
    // No IndexedDB (private mode, blocked): the event is lost, as it would be with no queue at all.
  }
  scheduleRetry();
}

/** At most one retry is pending; a flush that has to stop sets the next one, further away. */
function scheduleRetry(): void {
  if (retryTimer !== undefined) return;
  retryTimer = setTimeout(() => void flushQueue(), retryDelay(++failures));
}

/** Sends queued events oldest first; stops at the first one that must wait, and schedules a retry. */
async function drain(): Promise<void> {
  let queued: string[];
  try {
    queued = (await keys(db())).filter((k): k is string => typeof k === 'string' && k.startsWith(EVENT_PREFIX));
  } catch {
    return;
  }
  queued.sort();
  for (const key of queued) {
    // Gone meanwhile (another tab sent it) or unreadable (an older release, damage): skip or drop.
    const current: unknown = await get(key, db()).catch(() => undefined);
    if (current === undefined) continue;
    if (isQueued(current)) {
      if ((await send(current.url, current.body)) === 'retry') return scheduleRetry();
    }
    await del(key, db()).catch(() => undefined);
  }
  failures = 0;
}

/**
 * Sends what is queued now (one flush at a time per page; per browser too, where Web Locks exist).
 * `fresh`: the connection just came back, so the backoff starts over.
 */
export function flushQueue(fresh = false): Promise<void> {
  if (fresh) failures = 0;
  clearTimeout(retryTimer);
  retryTimer = undefined;
  if (flushing) return flushing;
  const run: Promise<void> = navigator.locks
    ? navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
        if (lock) await drain();
        else scheduleRetry(); // another tab is sending; look again later
      }).then(() => undefined)
    : drain();
  const current = run.finally(() => (flushing = undefined));
  flushing = current;
  return current;
}

/** How many events were dropped because the queue was full (for diagnostics and tests). */
export async function droppedCount(): Promise<number> {
  const n = await get<number>(DROPPED_KEY, db()).catch(() => undefined);
  return Number.isFinite(n) ? n! : 0;
}

/** Events waiting to be sent (for diagnostics and tests). */
export async function queuedCount(): Promise<number> {
  const all = await keys(db()).catch(() => []);
  return all.filter((k) => typeof k === 'string' && k.startsWith(EVENT_PREFIX)).length;
}

/** Empties the queue and its counter (tests; a "forget this device" action). */
export async function clearQueue(): Promise<void> {
  await clear(db()).catch(() => undefined);
}

/**
 * Sends an event now if possible, else queues it (redacted first: raw personal data is never
 * stored on the device). Resolves true when the server took it, false when it was queued or
 * refused; never rejects, because analytics must never break the UI.
 */
export async function deliver(url: string, body: EventBody): Promise<boolean> {
  const safe = typeof body.q === 'string' ? { ...body, q: redact(body.q) } : body;
  const outcome = await send(url, safe);
  if (outcome !== 'retry') return outcome === 'sent';
  await enqueue(url, safe);
  return false;
}

/**
 * Flushes now if an earlier visit left events behind (a page that never queued anything has no
 * outbox database, and none is created just to look), and whenever the page comes back online.
 */
export function resumeQueue(): void {
  if (started || typeof window === 'undefined' || typeof indexedDB === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void flushQueue(true));
  const check = indexedDB.databases
    ? indexedDB.databases().then((dbs) => dbs.some((d) => d.name === QUEUE_DB))
    : Promise.resolve(true);
  void check.then(
    (exists) => (exists ? flushQueue(true) : undefined),
    () => undefined,
  );
}
