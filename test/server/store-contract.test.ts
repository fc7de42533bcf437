/**
 * The Store contract, one suite run on every backend (SQLite always, PostgreSQL whenever reachable):
 * what the routes rely on, through the same data functions the routes call.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteGroup,
  listUnanswered,
  logFeedback,
  logSearch,
  logUnanswered,
  overview,
  purgeExpired,
  setGroupStatus,
} from '../../server/store/query-log.js';
import { CLEANUP_BATCH } from '../../server/store/auth-failures-sql.js';
import type { AuthFailureWindow, Store } from '../../server/store/types.js';
import { backends, postgresNote, testDatabaseUrl, type OpenedStore } from './store-backends.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 5, 1, 12);
const MINUTE = 60_000;
const limit = (at: number, maxFailures = 3): AuthFailureWindow => ({ at, windowMs: MINUTE, maxFailures });
const ask = (q: string, eventId?: string, lang: 'id' | 'en' = 'id') => ({ q, lang, reason: 'no-match' as const, eventId });

if (testDatabaseUrl() === null) {
  describe('Store contract on postgres', () => {
    it.skip(`not run: ${postgresNote()}`, () => {});
  });
}

describe.each(backends())('Store contract on $name', (backend) => {
  let opened: OpenedStore;
  let store: Store;
  beforeEach(async () => {
    opened = await backend.open();
    store = opened.store;
  });
  afterEach(() => opened.dispose());

  it('names its kind and answers a ping', async () => {
    expect(store.kind).toBe(backend.name);
    expect(await store.ping()).toBe(true);
  });

  it('counts an event once however often its eventId is retried', async () => {
    expect(await logUnanswered(store, ask('paspor hilang', 'retry-event-1'), T0)).toBe(true);
    expect(await logUnanswered(store, ask('paspor hilang', 'retry-event-1'), T0 + 5)).toBe(false);
    expect(await logFeedback(store, { entryId: 'a', lang: 'id', helpful: true, eventId: 'fb-event-1' }, T0)).toBe(true);
    expect(await logFeedback(store, { entryId: 'a', lang: 'id', helpful: true, eventId: 'fb-event-1' }, T0)).toBe(false);
    expect(await logSearch(store, { lang: 'id', answered: true, eventId: 'search-event-1' }, T0)).toBe(true);
    expect(await logSearch(store, { lang: 'id', answered: true, eventId: 'search-event-1' }, T0)).toBe(false);
    const [group] = await listUnanswered(store, {});
    expect(group).toMatchObject({ query: 'paspor hilang', count: 1 });
    expect((await overview(store, { from: T0 - DAY, to: T0 + DAY })).totals).toMatchObject({ searches: 1, helpful: 1, unansweredQuestions: 1 });
  });

  it('stores every event of a burst, each retry in the same burst counted once', async () => {
    const sends = Array.from({ length: 300 }, (_, i) => logUnanswered(store, ask(`visa nomor ${i % 30}`, `burst-${i % 250}`), T0 + i));
    sends.push(logUnanswered(store, ask('tanpa nomor'), T0), logUnanswered(store, ask('tanpa nomor'), T0));
    const inserted = await Promise.all(sends);
    expect(inserted.filter(Boolean)).toHaveLength(252);
    // The first copy of each id is the one counted.
    expect(inserted.slice(0, 250).every(Boolean)).toBe(true);
    const groups = await listUnanswered(store, {});
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(252);
    expect(groups.find((g) => g.query === 'tanpa nomor')?.count).toBe(2);
  });

  it('keeps text exactly as typed, whatever characters it holds', async () => {
    const texts = ['NULL', 'visa "NULL" {a,b} \\ back\\slash', "it's 'quoted', (paren) [x]", 'emoji 🛂 dan ñ', 'x'];
    for (const [i, q] of texts.entries()) await logUnanswered(store, ask(q, `chars-${i}`), T0 + i);
    const examples = (await listUnanswered(store, {})).flatMap((g) => g.examples);
    expect(examples.sort()).toEqual([...texts].sort());
  });

  it('groups by normalised text: counts, first and last seen, languages, five latest distinct examples', async () => {
    const texts = ['Gmn bikin PASPOR?', 'gmn bikin paspor', 'GMN BIKIN PASPOR!!', 'gmn  bikin paspor', 'Gmn bikin paspor.', 'gmn bikin paspor?'];
    for (const [i, q] of texts.entries()) await logUnanswered(store, ask(q, undefined, i === 2 ? 'en' : 'id'), T0 + i * 1000);
    await logUnanswered(store, ask('gmn bikin paspor'), T0 + 10_000);
    await logUnanswered(store, ask('visa on arrival berapa', undefined, 'en'), T0 + 20_000);
    const groups = await listUnanswered(store, {});
    expect(groups.map((g) => g.count)).toEqual([7, 1]);
    const [paspor] = groups;
    expect(paspor).toMatchObject({
      firstSeen: new Date(T0).toISOString(),
      lastSeen: new Date(T0 + 10_000).toISOString(),
      langs: ['en', 'id'],
      status: 'open',
      entryId: null,
      statusChangedAt: null,
    });
    expect(paspor!.examples).toEqual(['gmn bikin paspor', 'gmn bikin paspor?', 'Gmn bikin paspor.', 'gmn  bikin paspor', 'GMN BIKIN PASPOR!!']);
  });

  it('filters groups by time, language, status and text, and limits them', async () => {
    await logUnanswered(store, ask('kitas hilang'), T0);
    await logUnanswered(store, ask('kitas hilang'), T0 + DAY);
    await logUnanswered(store, ask('visa kerja', undefined, 'en'), T0 + 2 * DAY);
    await logUnanswered(store, ask('paspor anak'), T0 + 3 * DAY);
    await setGroupStatus(store, 'paspor anak', 'resolved', 'paspor-baru', T0 + 4 * DAY);
    const keys = async (q: Parameters<typeof listUnanswered>[1]) => (await listUnanswered(store, q)).map((g) => g.query);
    // Equal counts: the latest first.
    expect(await keys({ from: T0 + DAY })).toEqual(['paspor anak', 'visa kerja', 'kitas hilang']);
    expect(await keys({ from: T0 + DAY, to: T0 + 2 * DAY })).toEqual(['kitas hilang']);
    expect(await keys({ lang: 'en' })).toEqual(['visa kerja']);
    expect(await keys({ status: 'resolved' })).toEqual(['paspor anak']);
    expect(await keys({ status: 'open' })).toEqual(['kitas hilang', 'visa kerja']);
    expect(await keys({ q: 'HILANG' })).toEqual(['kitas hilang']);
    expect(await keys({ q: '50%_' })).toEqual([]);
    expect(await keys({ limit: 1 })).toEqual(['kitas hilang']);
  });

  it('says which kinds of events a group holds, and filters by kind', async () => {
    await logUnanswered(store, ask('biaya visa'), T0);
    await logUnanswered(store, { q: 'biaya visa', lang: 'id', reason: 'not-helpful', entryId: 'visa-fee' }, T0 + 1);
    await logUnanswered(store, ask('kitas kerja'), T0 + 2);
    expect((await listUnanswered(store, {})).map((g) => [g.query, g.count, g.reasons])).toEqual([
      ['biaya visa', 2, ['no-match', 'not-helpful']],
      ['kitas kerja', 1, ['no-match']],
    ]);
    expect((await listUnanswered(store, { reason: 'not-helpful' })).map((g) => [g.query, g.count, g.reasons])).toEqual([['biaya visa', 1, ['not-helpful']]]);
  });

  it('resolves and reopens a group by its key or by a raw question, and reports unknown groups', async () => {
    await logUnanswered(store, ask('perpanjang paspor'), T0);
    expect(await setGroupStatus(store, 'Perpanjang PASPOR??', 'resolved', 'paspor-perpanjang', T0 + 100)).toBe(true);
    expect((await listUnanswered(store, {}))[0]).toMatchObject({
      status: 'resolved',
      entryId: 'paspor-perpanjang',
      statusChangedAt: new Date(T0 + 100).toISOString(),
    });
    expect(await setGroupStatus(store, 'perpanjang paspor', 'open', 'ignored', T0 + 200)).toBe(true);
    expect((await listUnanswered(store, {}))[0]).toMatchObject({ status: 'open', entryId: null });
    expect(await setGroupStatus(store, 'tidak ada', 'resolved', null, T0)).toBe(false);
    expect(await listUnanswered(store, { status: 'resolved' })).toEqual([]);
  });

  it('deletes a group, and a retry of a deleted event stays deleted', async () => {
    await logUnanswered(store, ask('hapus ini', 'deleted-event-1'), T0);
    await logUnanswered(store, ask('hapus ini'), T0 + 1);
    await logUnanswered(store, ask('simpan ini'), T0 + 2);
    await setGroupStatus(store, 'hapus ini', 'resolved', null, T0 + 3);
    expect(await deleteGroup(store, 'hapus ini', T0 + 4)).toBe(2);
    expect(await deleteGroup(store, 'hapus ini', T0 + 5)).toBe(0);
    expect(await logUnanswered(store, ask('hapus ini', 'deleted-event-1'), T0 + 6)).toBe(false);
    expect((await listUnanswered(store, {})).map((g) => g.query)).toEqual(['simpan ini']);
    // A new question with the same text starts a fresh, open group.
    await logUnanswered(store, ask('hapus ini', 'new-event-2'), T0 + 7);
    expect((await listUnanswered(store, { q: 'hapus' }))[0]).toMatchObject({ count: 1, status: 'open' });
  });

  it('summarises feedback per entry and language, least helpful first, with the latest questions', async () => {
    for (let i = 0; i < 3; i++) await logFeedback(store, { entryId: 'visa-on-arrival', lang: 'en', helpful: false, q: `voa price ${i}` }, T0 + i);
    await logFeedback(store, { entryId: 'visa-on-arrival', lang: 'en', helpful: true, q: 'voa price 0' }, T0 + 10);
    await logFeedback(store, { entryId: 'visa-on-arrival', lang: 'id', helpful: true }, T0);
    await logFeedback(store, { entryId: 'paspor-baru', lang: 'id', helpful: false, q: '  ' }, T0);
    await logFeedback(store, { entryId: 'paspor-baru', lang: 'id', helpful: true }, T0 - 2 * DAY);
    expect(await store.feedbackSummary({})).toEqual([
      { entryId: 'visa-on-arrival', lang: 'en', helpful: 1, notHelpful: 3, questions: ['voa price 0', 'voa price 2', 'voa price 1'] },
      { entryId: 'paspor-baru', lang: 'id', helpful: 1, notHelpful: 1, questions: [] },
      { entryId: 'visa-on-arrival', lang: 'id', helpful: 1, notHelpful: 0, questions: [] },
    ]);
    expect(await store.feedbackSummary({ from: T0 - DAY, lang: 'id' })).toEqual([
      { entryId: 'paspor-baru', lang: 'id', helpful: 0, notHelpful: 1, questions: [] },
      { entryId: 'visa-on-arrival', lang: 'id', helpful: 1, notHelpful: 0, questions: [] },
    ]);
  });

  it('counts per day in the requested time zone, every day present', async () => {
    const midnightUtc = Date.UTC(2024, 5, 2);
    await logSearch(store, { lang: 'id', answered: true }, midnightUtc - 60_000); // 23:59 UTC, 06:59 WIB next day
    await logSearch(store, { lang: 'id', answered: false }, midnightUtc + 60_000);
    await logUnanswered(store, ask('x y z'), midnightUtc + 60_000);
    await logFeedback(store, { entryId: 'a', lang: 'id', helpful: false }, midnightUtc + 60_000);
    await logSearch(store, { lang: 'en', answered: true }, midnightUtc + 120_000);
    const utc = await overview(store, { from: Date.UTC(2024, 5, 1), to: Date.UTC(2024, 5, 4) });
    expect(utc.days.map((d) => [d.day, d.searches, d.answered, d.unanswered, d.unansweredQuestions, d.notHelpful])).toEqual([
      ['2024-06-01', 1, 1, 0, 0, 0],
      ['2024-06-02', 2, 1, 1, 1, 1],
      ['2024-06-03', 0, 0, 0, 0, 0],
    ]);
    const wib = await store.dailyCounts({ from: Date.UTC(2024, 5, 1), to: Date.UTC(2024, 5, 4), tzOffsetMinutes: 420, lang: 'id' });
    expect(wib).toEqual([{ day: '2024-06-02', searches: 2, answered: 1, unansweredEvents: 1, helpful: 0, notHelpful: 1 }]);
  });

  it('purges events older than the retention period, with their deletions and orphaned statuses', async () => {
    const now = Date.UTC(2024, 11, 31);
    await logUnanswered(store, ask('lama sekali', 'old-event-1'), now - 200 * DAY);
    await logUnanswered(store, ask('baru saja'), now - 10 * DAY);
    await logFeedback(store, { entryId: 'a', lang: 'id', helpful: true }, now - 181 * DAY);
    await logSearch(store, { lang: 'en', answered: false }, now - 181 * DAY);
    await logSearch(store, { lang: 'en', answered: true }, now - 179 * DAY);
    await setGroupStatus(store, 'lama sekali', 'resolved', null, now - 100 * DAY);
    expect(await purgeExpired(store, 180, now)).toEqual({ unanswered: 1, feedback: 1, searches: 1 });
    expect((await listUnanswered(store, {})).map((g) => g.query)).toEqual(['baru saja']);
    // The purged event's id is forgotten with it: retention bounds every table.
    expect(await logUnanswered(store, ask('lama sekali', 'old-event-1'), now)).toBe(true);
    expect((await listUnanswered(store, { q: 'lama' }))[0]?.status).toBe('open');
  });

  it('counts wrong admin tokens per client within a window, and starts afresh once it has passed', async () => {
    expect(await store.recordAuthFailure('198.51.100.7', limit(T0))).toEqual({ failures: 1, endsAt: T0 + MINUTE });
    expect(await store.recordAuthFailure('198.51.100.7', limit(T0 + 10))).toEqual({ failures: 2, endsAt: T0 + MINUTE });
    expect(await store.recordAuthFailure('2001:db8::1', limit(T0 + 20))).toEqual({ failures: 1, endsAt: T0 + 20 + MINUTE });
    expect(await store.authFailures('198.51.100.7', T0 + 30)).toEqual({ failures: 2, endsAt: T0 + MINUTE });
    expect(await store.authFailures('203.0.113.9', T0 + 30)).toBeNull();
    // The window is half-open: at its end the count is gone, and the next failure is the first again.
    expect(await store.authFailures('198.51.100.7', T0 + MINUTE)).toBeNull();
    expect(await store.recordAuthFailure('198.51.100.7', limit(T0 + MINUTE))).toEqual({ failures: 1, endsAt: T0 + 2 * MINUTE });
  });

  it('locks a client out for a whole window from the failure that reaches the limit, not longer', async () => {
    await store.recordAuthFailure('a', limit(T0));
    await store.recordAuthFailure('a', limit(T0 + 40_000));
    expect(await store.recordAuthFailure('a', limit(T0 + 50_000))).toEqual({ failures: 3, endsAt: T0 + 50_000 + MINUTE });
    // Failures past the limit (another instance that had not seen the lock-out yet) do not prolong it.
    expect(await store.recordAuthFailure('a', limit(T0 + 60_000))).toEqual({ failures: 4, endsAt: T0 + 50_000 + MINUTE });
    expect(await store.authFailures('a', T0 + 50_000 + MINUTE - 1)).toEqual({ failures: 4, endsAt: T0 + 50_000 + MINUTE });
    expect(await store.authFailures('a', T0 + 50_000 + MINUTE)).toBeNull();
  });

  it('deletes expired counts as new ones are written, so a flood of addresses does not grow the table', async () => {
    const flood = 2 * CLEANUP_BATCH + 200;
    await Promise.all(Array.from({ length: flood }, (_, i) => store.recordAuthFailure(`10.0.${i >> 8}.${i & 255}`, limit(T0))));
    await store.recordAuthFailure('still-counting', limit(T0 + 30_000));
    expect(await opened.countRows('auth_failures')).toBe(flood + 1);
    // A minute on, every write deletes a batch of the expired rows, never a live one.
    for (const client of ['late-1', 'late-2', 'late-3']) await store.recordAuthFailure(client, limit(T0 + MINUTE));
    expect(await opened.countRows('auth_failures')).toBe(4);
    expect(await store.authFailures('still-counting', T0 + MINUTE)).toEqual({ failures: 1, endsAt: T0 + 30_000 + MINUTE });
  });

  it('loses no count when two instances record failures of one client at the same moment', async () => {
    const other = await opened.openAnother();
    const sends = Array.from({ length: 100 }, (_, i) => (i % 2 ? other : store).recordAuthFailure('198.51.100.7', limit(T0, 10)));
    const counts = (await Promise.all(sends)).map((c) => c.failures);
    // Each failure saw its own count: none was read and written back over another's.
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(await other.authFailures('198.51.100.7', T0 + 1)).toEqual({ failures: 100, endsAt: T0 + MINUTE });
  });
});
