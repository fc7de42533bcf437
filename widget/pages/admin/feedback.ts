/** Ranking for the feedback view: the entries people most often found unhelpful come first. */
import type { FeedbackRow } from './api.js';

export interface RankedFeedback extends FeedbackRow {
  total: number;
  /** Not-helpful share, 0..1. */
  share: number;
}

/**
 * By not-helpful share, then by not-helpful count (so 9 of 10 outranks 1 of 1 only when the share
 * ties is NOT what we want: a single vote is noise). Entries with fewer than `minVotes` votes sink
 * below all others but stay listed.
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
