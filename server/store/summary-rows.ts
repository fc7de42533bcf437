/**
 * The rows both backends' summary queries return (the same columns, by the same names) and how they
 * become the Store's objects. Counts and times are numbers from SQLite and strings from pg, which
 * sends BIGINT, COUNT and SUM as text since they may exceed 2^53 (ours never do).
 */
import type { Lang } from '../../widget/search/types.js';
import type { DayCount, FeedbackSummaryRow, GroupStatus, Reason, UnansweredGroup } from './types.js';

type Count = number | string;
const num = (v: Count | null): number => Number(v ?? 0);

/** A row of the unanswered-groups query; the lists come apart because each backend aggregates them its own way. */
export interface GroupRow {
  norm: string;
  n: Count;
  first_seen: Count;
  last_seen: Count;
  status: GroupStatus;
  entry_id: string | null;
  status_at: Count | null;
}

export interface GroupLists {
  langs: Lang[];
  reasons: Reason[];
  examples: string[];
}

export function toGroup(r: GroupRow, lists: GroupLists): UnansweredGroup {
  return {
    query: r.norm,
    count: num(r.n),
    firstSeen: num(r.first_seen),
    lastSeen: num(r.last_seen),
    langs: lists.langs,
    reasons: lists.reasons,
    examples: lists.examples,
    status: r.status,
    entryId: r.entry_id,
    statusAt: r.status_at === null ? null : num(r.status_at),
  };
}

/** A row of the feedback-summary query, its questions apart as for groups. */
export interface FeedbackTallyRow {
  entry_id: string;
  lang: Lang;
  helpful: Count;
  not_helpful: Count;
}

export function toFeedbackSummary(r: FeedbackTallyRow, questions: string[]): FeedbackSummaryRow {
  return { entryId: r.entry_id, lang: r.lang, helpful: num(r.helpful), notHelpful: num(r.not_helpful), questions };
}

export type DayRow = { day: string } & Record<'searches' | 'answered' | 'unanswered_events' | 'helpful' | 'not_helpful', Count>;

export function toDayCount(r: DayRow): DayCount {
  return {
    day: r.day,
    searches: num(r.searches),
    answered: num(r.answered),
    unansweredEvents: num(r.unanswered_events),
    helpful: num(r.helpful),
    notHelpful: num(r.not_helpful),
  };
}
