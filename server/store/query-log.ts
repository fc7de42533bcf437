/**
 * The query log's data functions: what routes call. Each takes the store first, so tests pass a
 * temp SQLite store. This is where personal data is redacted, before anything reaches a backend.
 */
import { redact } from '../../widget/privacy/redact.js';
import { DAY_MS } from '../../widget/i18n/day.js';
import { normalizeQuery } from '../../widget/search/query-key.js';
import type { Lang } from '../../widget/search/types.js';
import type { Logger } from '../log.js';
import type { FeedbackEvent, SearchEvent, UnansweredEvent, UnansweredGroup } from '../../widget/services/api-types.js';
import type { GroupStatus, PurgeResult, Reason, Store, TimeRange } from './types.js';

export type { FeedbackEvent, SearchEvent, UnansweredEvent };


/** Only the host of the embedding page is kept: a path or query string may identify a person. */
function siteHost(site: string | undefined): string | null {
  if (!site) return null;
  try {
    return new URL(site).host || null;
  } catch {
    const host = redact(site.trim()).slice(0, 200);
    return host || null;
  }
}

/** Logs a question the assistant could not answer. False when `eventId` was already logged. */
export function logUnanswered(store: Store, e: UnansweredEvent, now = Date.now()): Promise<boolean> {
  const query = redact(e.q.trim());
  return store.addUnanswered({
    eventId: e.eventId ?? null,
    at: now,
    lang: e.lang,
    reason: e.reason,
    query,
    norm: normalizeQuery(query),
    entryId: e.entryId ?? null,
    site: siteHost(e.site),
  });
}

export function logFeedback(store: Store, e: FeedbackEvent, now = Date.now()): Promise<boolean> {
  const query = e.q?.trim() ? redact(e.q.trim()) : null;
  return store.addFeedback({
    eventId: e.eventId ?? null,
    at: now,
    entryId: e.entryId,
    lang: e.lang,
    helpful: e.helpful,
    query,
    norm: query === null ? null : normalizeQuery(query),
  });
}

export function logSearch(store: Store, e: SearchEvent, now = Date.now()): Promise<boolean> {
  return store.addSearch({
    eventId: e.eventId ?? null,
    at: now,
    lang: e.lang,
    answered: e.answered,
    entryId: e.entryId ?? null,
  });
}

export interface GroupQuery extends TimeRange {
  lang?: Lang;
  reason?: Reason;
  status?: GroupStatus;
  /** Free text; matched against the normalised group key. */
  q?: string;
  limit?: number;
}


/** Unanswered questions grouped by normalised text, most asked first. */
export async function listUnanswered(store: Store, query: GroupQuery): Promise<UnansweredGroup[]> {
  const contains = query.q ? normalizeQuery(redact(query.q)) : undefined;
  const groups = await store.unansweredGroups({
    from: query.from,
    to: query.to,
    lang: query.lang,
    reason: query.reason,
    status: query.status,
    contains: contains || undefined,
    limit: query.limit ?? 500,
  });
  return groups.map((g) => ({
    query: g.query,
    count: g.count,
    firstSeen: new Date(g.firstSeen).toISOString(),
    lastSeen: new Date(g.lastSeen).toISOString(),
    langs: g.langs,
    reasons: g.reasons,
    examples: g.examples,
    status: g.status,
    entryId: g.entryId,
    statusChangedAt: g.statusAt === null ? null : new Date(g.statusAt).toISOString(),
  }));
}

/**
 * The stored key of a group. The console sends back the key it was given, but a raw question
 * ("Gmn bikin PASPOR??") names the same group, so that is accepted too.
 */
export async function findGroup(store: Store, query: string): Promise<string | null> {
  if (await store.hasGroup(query)) return query;
  const norm = normalizeQuery(redact(query));
  return norm && (await store.hasGroup(norm)) ? norm : null;
}

/** Marks a group resolved (optionally answered by `entryId`) or reopens it. False when there is no such group. */
export async function setGroupStatus(
  store: Store,
  query: string,
  status: GroupStatus,
  entryId: string | null = null,
  now = Date.now(),
): Promise<boolean> {
  const key = await findGroup(store, query);
  return key !== null && store.setGroupStatus(key, status, status === 'resolved' ? entryId : null, now);
}

/** Deletes a group's events; returns how many (0 when there is no such group). */
export async function deleteGroup(store: Store, query: string, now = Date.now()): Promise<number> {
  const key = await findGroup(store, query);
  return key === null ? 0 : store.deleteGroup(key, now);
}

export interface OverviewDay {
  day: string;
  /** Settled searches counted by the widget. */
  searches: number;
  answered: number;
  /** Searches that ended without a confident answer (`searches - answered`). */
  unanswered: number;
  /** Unanswered questions logged with their text (no match, or "not helpful"). */
  unansweredQuestions: number;
  helpful: number;
  notHelpful: number;
}

export interface Overview {
  from: string;
  to: string;
  days: OverviewDay[];
  totals: Omit<OverviewDay, 'day'>;
}

/** Day strings `YYYY-MM-DD` from `from` (inclusive) to `to` (exclusive), shifted by `tz` minutes. */
function daysBetween(from: number, to: number, tz: number): string[] {
  const days: string[] = [];
  const shift = tz * 60_000;
  const first = Math.floor((from + shift) / DAY_MS) * DAY_MS;
  for (let t = first; t < to + shift && days.length < 1000; t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Per-day counts over `[from, to)` with every day present (zeros included), plus totals. */
export async function overview(
  store: Store,
  range: { from: number; to: number; lang?: Lang; tzOffsetMinutes?: number },
): Promise<Overview> {
  const tz = range.tzOffsetMinutes ?? 0;
  const counts = await store.dailyCounts({ from: range.from, to: range.to, lang: range.lang, tzOffsetMinutes: tz });
  const byDay = new Map(counts.map((c) => [c.day, c]));
  const totals = { searches: 0, answered: 0, unanswered: 0, unansweredQuestions: 0, helpful: 0, notHelpful: 0 };
  const days = daysBetween(range.from, range.to, tz).map((day): OverviewDay => {
    const c = byDay.get(day);
    const d: OverviewDay = {
      day,
      searches: c?.searches ?? 0,
      answered: c?.answered ?? 0,
      unanswered: (c?.searches ?? 0) - (c?.answered ?? 0),
      unansweredQuestions: c?.unansweredEvents ?? 0,
      helpful: c?.helpful ?? 0,
      notHelpful: c?.notHelpful ?? 0,
    };
    for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += d[k];
    return d;
  });
  return { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString(), days, totals };
}

/** Removes events older than `retentionDays`. */
export function purgeExpired(store: Store, retentionDays: number, now = Date.now()): Promise<PurgeResult> {
  return store.purge(now - retentionDays * DAY_MS);
}

/** Purges now and then once a day; returns a function that stops it. */
export function scheduleRetention(store: Store, retentionDays: number, log: Logger): () => void {
  const run = () =>
    purgeExpired(store, retentionDays).then(
      (r) => {
        if (r.unanswered + r.feedback + r.searches > 0) log.info('retention purge', { retentionDays, ...r });
      },
      (err: unknown) => log.error('retention purge failed', { error: String(err) }),
    );
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
