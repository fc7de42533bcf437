/** Ranking for the feedback view: the entries people most often found unhelpful come first. */
import type { FeedbackRow } from './api.js';

export interface RankedFeedback extends FeedbackRow {
  total: number;
  /** Not-helpful share, 0..1. */
  share: number;
}

/**
 * By not-helpful share, then by not-helpful count (at equal share, 9 of 10 matters more than 1 of
 * 1). Entries with fewer than `minVotes` votes sink below the rest, since one vote is noise, but
 * they stay listed.
 */
export function rankFeedback(rows: readonly FeedbackRow[], minVotes = 1): RankedFeedback[] {
  return rows
    .map((r) => {
      const total = r.helpful + r.notHelpful;
      return { ...r, total, share: total ? r.notHelpful / total : 0 };
    })
    .sort(
      (a, b) =>
        Number(b.total >= minVotes) - Number(a.total >= minVotes) ||
        b.share - a.share ||
        b.notHelpful - a.notHelpful ||
        a.entryId.localeCompare(b.entryId),
    );
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;
