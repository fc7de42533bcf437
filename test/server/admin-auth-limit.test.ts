/**
 * Guessing the admin token is limited per client, whatever the request rate limit says; the counts
 * are in the store (here SQLite; test/e2e/multi-instance.test.ts has two instances on PostgreSQL),
 * and when the store cannot count, the limit fails closed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../server/log.js';
import { AuthFailures } from '../../server/middleware/auth-failures.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { admin, errorOf, makeTestApp, TOKEN, type TestApp } from './helpers.js';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const as = (client: string, token: string): RequestInit => ({
  headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': client },
});

describe('failed admin authentication', () => {
  it('locks a client out after 10 wrong tokens a minute, with RATE_LIMIT_PER_MINUTE=0', async () => {
    t = await makeTestApp({ rateLimit: false, trustProxy: 1 });
    for (let i = 0; i < 10; i++) {
      const res = await t.app.request('/api/admin/unanswered', as('198.51.100.7', `wrong-token-${i}`));
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    const locked = await t.app.request('/api/admin/unanswered', as('198.51.100.7', 'wrong-token-10'));
    expect(locked.status).toBe(429);
    expect((await errorOf(locked)).code).toBe('rate-limited');
    const retry = Number(locked.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);

    // Not even the right token gets through while locked out: otherwise guessing could go on.
    expect((await t.app.request('/api/admin/unanswered', as('198.51.100.7', 'test-admin-token-0123456789'))).status).toBe(429);
    // Another client is not affected.
    expect((await t.app.request('/api/admin/unanswered', as('203.0.113.9', 'test-admin-token-0123456789'))).status).toBe(200);

    const warnings = t.log.lines.filter((l) => l.msg === 'admin authentication locked out');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 'warn', client: '198.51.100.7' });
  });

  it('does not count requests that carry no token, nor right ones', async () => {
    t = await makeTestApp();
    for (let i = 0; i < 15; i++) expect((await t.app.request('/api/admin/unanswered')).status).toBe(401);
    for (let i = 0; i < 15; i++) expect((await t.app.request('/api/admin/unanswered', admin())).status).toBe(200);
  });

  it('answers 503 and holds the client for a minute when a wrong token cannot be counted', async () => {
    t = await makeTestApp({ trustProxy: 1 });
    // Reads still work, writes fail: a disk that is full, a database failed over to a read-only copy.
    t.store.db.pragma('query_only = ON');
    const res = await t.app.request('/api/admin/unanswered', as('198.51.100.7', 'wrong-token'));
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('unavailable');
    expect(res.headers.get('retry-after')).toBe('60');
    // The guess went uncounted, so this client gets no more, not even with the right token, while
    // one whose tokens need no counting goes on working.
    t.store.db.pragma('query_only = OFF');
    expect((await t.app.request('/api/admin/unanswered', as('198.51.100.7', TOKEN))).status).toBe(503);
    expect((await t.app.request('/api/admin/unanswered', as('203.0.113.9', TOKEN))).status).toBe(200);
    expect(t.log.lines.filter((l) => l.msg === 'admin authentication: cannot count a wrong token')).toMatchObject([{ level: 'error', client: '198.51.100.7' }]);
  });

  it('answers 503 without checking the token while the counts cannot be read, and recovers', async () => {
    t = await makeTestApp();
    t.store.db.exec('ALTER TABLE auth_failures RENAME TO auth_failures_away');
    const res = await t.app.request('/api/admin/unanswered', admin());
    expect(res.status).toBe(503);
    expect((await errorOf(res)).message).toMatch(/cannot be counted/);
    expect(res.headers.get('retry-after')).toBeNull();
    t.store.db.exec('ALTER TABLE auth_failures_away RENAME TO auth_failures');
    expect((await t.app.request('/api/admin/unanswered', admin())).status).toBe(200);
  });
});

describe('AuthFailures', () => {
  let store: SqliteStore;
  afterEach(() => store.close());
  const counter = (now: () => number, log = memoryLogger()) => {
    store = new SqliteStore(':memory:');
    return new AuthFailures(store, { maxFailures: 3, windowMs: 60_000, now, log });
  };

  it('lets a client try again once the lock-out has passed', async () => {
    let now = 1_000_000;
    const f = counter(() => now);
    for (let i = 0; i < 3; i++) {
      expect(await f.check('a')).toEqual({ kind: 'free' });
      expect(await f.fail('a')).toEqual({ kind: 'free' });
    }
    expect(await f.check('a')).toEqual({ kind: 'locked', seconds: 60 });
    expect(await f.check('b')).toEqual({ kind: 'free' });
    now += 30_000;
    expect(await f.check('a')).toEqual({ kind: 'locked', seconds: 30 });
    now += 30_001;
    expect(await f.check('a')).toEqual({ kind: 'free' });
  });

  it('forgets failures older than the window', async () => {
    let now = 0;
    const f = counter(() => now);
    await f.fail('a');
    await f.fail('a');
    now += 61_000;
    await f.fail('a');
    expect(await f.check('a')).toEqual({ kind: 'free' });
  });

  it('logs the lock-out once, at the failure that reaches the limit', async () => {
    const log = memoryLogger();
    const f = counter(() => 0, log);
    for (let i = 0; i < 5; i++) await f.fail('a');
    expect(log.lines.filter((l) => l.msg === 'admin authentication locked out')).toMatchObject([{ client: 'a', failures: 3, seconds: 60 }]);
  });

  it('holds a client it could not count for one window, then asks the store again', async () => {
    let now = 0;
    const f = counter(() => now);
    store.db.pragma('query_only = ON');
    expect(await f.fail('a')).toEqual({ kind: 'unavailable', seconds: 60 });
    store.db.pragma('query_only = OFF');
    now += 59_500;
    expect(await f.check('a')).toEqual({ kind: 'unavailable', seconds: 1 });
    now += 500;
    expect(await f.check('a')).toEqual({ kind: 'free' });
  });
});
