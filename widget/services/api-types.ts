/**
 * The shapes that cross HTTP between the browser and the server (DESIGN.md, "HTTP API"): one
 * declaration that the widget, the admin console and the server's query log all import, so the
 * two sides cannot drift apart.
 */
import type { Lang } from '../search/types.js';

export type Reason = 'no-match' | 'not-helpful';
export type GroupStatus = 'open' | 'resolved';

/** `POST /api/unanswered`. */
export interface UnansweredEvent {
  q: string;
  lang: Lang;
  reason: Reason;
  entryId?: string;
  /** Makes a retry count once; the widget's sender adds it. */
  eventId?: string;
  site?: string;
}

/** `POST /api/feedback`. */
export interface FeedbackEvent {
  entryId: string;
  lang: Lang;
  helpful: boolean;
  q?: string;
  eventId?: string;
}

/** `POST /api/searches`: an anonymous count of settled searches, no question text. */
export interface SearchEvent {
  lang: Lang;
  answered: boolean;
  entryId?: string;
  eventId?: string;
}

/** One group of unanswered questions, as `GET /api/admin/unanswered` sends it. */
export interface UnansweredGroup {
  /** The normalised question: the group's key. */
  query: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  langs: Lang[];
  /** `not-helpful` when citizens voted an answer down with this question; `no-match` when nothing was found. */
  reasons: Reason[];
  examples: string[];
  status: GroupStatus;
  entryId: string | null;
  statusChangedAt: string | null;
}

/** One answer file as `GET /api/admin/entries` lists it: served, draft or broken, with what needs care. */
export interface EntrySummary {
  id: string;
  lang: Lang;
  title: string;
  category: string;
  /** `YYYY-MM-DD`, or '' when the file is too broken to say. */
  updated: string;
  draft: boolean;
  /** `updated` is older than `STALE_AFTER_DAYS`: the facts are due a check. */
  stale: boolean;
  /** The same id exists in every other language. */
  translated: boolean;
  /** Errors in the file: it is not served until they are fixed. */
  errors: number;
}
