/** Guessing the admin token is limited per client, whatever the request rate limit says. */
import { afterEach, describe, expect, it } from 'vitest';
import { AuthFailures } from '../../server/middleware/auth-failures.js';
import { admin, errorOf, makeTestApp, type TestApp } from './helpers.js';

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
});

describe('AuthFailures', () => {
  it('lets a client try again once the lock-out has passed', () => {
    let now = 1_000_000;
    const f = new AuthFailures({ maxFailures: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(f.lockedFor('a')).toBe(0);
      f.fail('a');
    }
    expect(f.lockedFor('a')).toBe(60);
    now += 30_000;
    expect(f.lockedFor('a')).toBe(30);
    now += 30_001;
    expect(f.lockedFor('a')).toBe(0);
  });

  it('forgets failures older than the window', () => {
    let now = 0;
    const f = new AuthFailures({ maxFailures: 3, windowMs: 60_000, now: () => now });
    f.fail('a');
    f.fail('a');
    now += 61_000;
    f.fail('a');
    expect(f.lockedFor('a')).toBe(0);
  });
});
