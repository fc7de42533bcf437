/** The event queue's retry policy (the IndexedDB side is exercised in Chromium: test/browser/offline-queue.test.ts). */
import { describe, expect, it } from 'vitest';
import { outcomeOf, retryDelay } from '../../widget/offline/event-queue.js';

describe('event queue retry policy', () => {
  it('doubles from 1 s and stops at 5 minutes, with half of each delay random', () => {
    const low = (n: number) => retryDelay(n, () => 0);
    const high = (n: number) => retryDelay(n, () => 1);
    expect([1, 2, 3, 4].map(high)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3, 4].map(low)).toEqual([500, 1_000, 2_000, 4_000]);
    expect(high(30)).toBe(300_000);
    expect(low(30)).toBe(150_000);
  });

  it('keeps events for 5xx, 408 and 429, drops other 4xx (they will never succeed)', () => {
    expect(outcomeOf(202)).toBe('sent');
    for (const s of [500, 502, 503, 408, 429]) expect(outcomeOf(s)).toBe('retry');
    for (const s of [400, 401, 403, 404, 413, 415]) expect(outcomeOf(s)).toBe('refused');
  });
});
