/**
 * The query log's storage interface. Routes and data functions only see this, so a PostgreSQL
 * backend (several server instances behind a load balancer) can be added without touching them.
 * Every method is async for that reason, even though SQLite answers synchronously.
 *
 * Rows hold text that is ALREADY redacted: redaction is the data functions' job (query-log.ts),
 * not the backend's. Times are milliseconds since the epoch.
 */
import type { Lang } from '../../widget/search/types.js';

import type { GroupStatus, Reason } from '../../widget/services/api-types.js';

export type { GroupStatus, Reason };

export interface UnansweredRow {
  eventId: string | null;
  at: number;
  lang: Lang;
  reason: Reason;
  /** Redacted question as typed. */
  query: string;
  /** Grouping key: the search core's normalised form of `query`. */
  norm: string;
  entryId: string | null;
  site: string | null;
}

export interface FeedbackRow {
  eventId: string | null;
  at: number;
  entryId: string;
  lang: Lang;
  helpful: boolean;
  query: string | null;
  norm: string | null;
}

export interface SearchRow {
  eventId: string | null;
  at: number;
  lang: Lang;
  answered: boolean;
  entryId: string | null;
}

/** Half-open time range `[from, to)`; either end may be open. */
export interface TimeRange {
  from?: number;
  to?: number;
}

/** Events of a time range, in one language or all. */
export interface EventRange extends TimeRange {
  lang?: Lang;
}

export interface GroupFilter extends EventRange {
  /** Only events of this kind: searches that found nothing, or answers voted "not helpful". */
  reason?: Reason;
  status?: GroupStatus;
  /** Normalised text that must occur in the group's key. */
  contains?: string;
  limit: number;
}

export interface UnansweredGroup {
  query: string;
  count: number;
  firstSeen: number;
  lastSeen: number;
  langs: Lang[];
  /** The kinds of events in the group (of those the filter kept), sorted. */
  reasons: Reason[];
  /** Up to 5 distinct (redacted) texts, most recent first. */
  examples: string[];
  status: GroupStatus;
  entryId: string | null;
  /** When the status last changed; null if never. */
  statusAt: number | null;
}

export interface FeedbackSummaryRow {
  entryId: string;
  lang: Lang;
  helpful: number;
  notHelpful: number;
  /** Up to 5 distinct (redacted) questions that led to this entry, most recent first. */
  questions: string[];
}

export interface DayCount {
  /** `YYYY-MM-DD` in the requested time zone. */
  day: string;
  searches: number;
  answered: number;
  /** Unanswered questions logged (no-match or not-helpful events). */
  unansweredEvents: number;
  helpful: number;
  notHelpful: number;
}

export interface DailyFilter extends EventRange {
  /** Minutes east of UTC for day boundaries (Jakarta: 420). */
  tzOffsetMinutes: number;
}

export interface PurgeResult {
  unanswered: number;
  feedback: number;
  searches: number;
}

/** A client's wrong admin tokens within its current window. */
export interface AuthFailureCount {
  failures: number;
  /** When the window ends, in ms; once `failures` reached the limit, when the lock-out ends. */
  endsAt: number;
}

/** How wrong admin tokens are counted: `maxFailures` per window of `windowMs`, at time `at`. */
export interface AuthFailureWindow {
  at: number;
  windowMs: number;
  /** The failure that reaches this restarts the window: the lock-out lasts a whole window from it. */
  maxFailures: number;
}

export interface Store {
  /** `'sqlite'`, `'postgres'`, ...: shown in `/api/health`. */
  readonly kind: string;
  /** False when `eventId` was seen before (the event is then ignored). */
  addUnanswered(row: UnansweredRow): Promise<boolean>;
  addFeedback(row: FeedbackRow): Promise<boolean>;
  addSearch(row: SearchRow): Promise<boolean>;

  unansweredGroups(filter: GroupFilter): Promise<UnansweredGroup[]>;
  hasGroup(norm: string): Promise<boolean>;
  /** Sets a group's status; false when the group has no events. */
  setGroupStatus(norm: string, status: GroupStatus, entryId: string | null, at: number): Promise<boolean>;
  /** Deletes a group's events (and status); their event ids are remembered so retries stay deleted. */
  deleteGroup(norm: string, at: number): Promise<number>;

  feedbackSummary(filter: EventRange): Promise<FeedbackSummaryRow[]>;
  dailyCounts(filter: DailyFilter): Promise<DayCount[]>;

  /** Removes events (and remembered deletions) older than `before`. */
  purge(before: number): Promise<PurgeResult>;
  /**
   * Counts one wrong admin token against `client` and returns the count after it, atomically, so
   * that instances sharing the store share one limit (no count is lost when two add at once). A
   * window that has ended starts afresh. Also deletes some rows whose window has ended, which keeps
   * the table to the clients seen within about one window.
   */
  recordAuthFailure(client: string, window: AuthFailureWindow): Promise<AuthFailureCount>;
  /** `client`'s count in a window still open at `at`; null when it has none. */
  authFailures(client: string, at: number): Promise<AuthFailureCount | null>;

  /** Cheap liveness check for `/api/health`. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
