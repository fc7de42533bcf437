/** The admin console's server side: the `/admin` shell and `GET /api/admin/insights/daily`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminPageHtml, escapeHtml } from '../../server/routes/admin-page.js';
import { dayWindows, groupDaily } from '../../server/routes/admin-insights.js';
import { logUnanswered } from '../../server/store/query-log.js';
import { normalizeQuery } from '../../widget/search/index.js';
import { TOKEN, admin, errorOf, makeTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 5, 30, 5, 0); // 2024-06-30 12:00 WIB

describe('GET /admin', () => {
  it('serves the shell: the built script, no inline script or style, no caching, the strict CSP', async () => {
    const res = await t.app.request('/admin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const body = await res.text();
    expect(body).toContain('<script type="module" src="/admin.js"></script>');
    expect(body).toContain('<tanya-admin></tanya-admin>');
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(body).not.toMatch(/<style|\sstyle=/);
    expect(body).not.toContain(TOKEN);
  });

  it('escapes the office name it puts in the title', () => {
    const html = adminPageHtml('Kantor <script>alert(1)</script> & "Co"');
    expect(html).toContain('Kantor &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<script>alert');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});

describe('dayWindows', () => {
  it('gives N consecutive days ending today in the given zone', () => {
    const w = dayWindows(3, 420, NOW);
    expect(w.map((d) => d.day)).toEqual(['2024-06-28', '2024-06-29', '2024-06-30']);
    // Midnight in Jakarta is 17:00 UTC the day before.
    expect(new Date(w[2]!.from).toISOString()).toBe('2024-06-29T17:00:00.000Z');
    expect(w[2]!.to - w[2]!.from).toBe(DAY);
    expect(w[1]!.to).toBe(w[2]!.from);
  });
});

describe('GET /api/admin/insights/daily', () => {
  it('401s without the token, 403s cross-site', async () => {
    const res = await t.app.request('/api/admin/insights/daily');
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthorized');
    const cross = await t.app.request('/api/admin/insights/daily', admin({ headers: { 'Sec-Fetch-Site': 'cross-site' } }));
    expect(cross.status).toBe(403);
  });

  it('400s on bad parameters', async () => {
    for (const q of ['days=0', 'days=91', 'tz=9999', 'lang=fr']) {
      const res = await t.app.request(`/api/admin/insights/daily?${q}`, admin());
      expect(res.status, q).toBe(400);
    }
  });

  it('counts each group per day, spellings merged, with zeros and per-language filtering', async () => {
    const ask = (q: string, at: number, lang: 'id' | 'en' = 'id') => logUnanswered(t.store, { q, lang, reason: 'no-match' }, at);
    await ask('Gmn bikin PASPOR??', NOW - 2 * DAY);
    await ask('gmn bikin paspor', NOW - 2 * DAY + 1000);
    await ask('gmn bikin paspor', NOW);
    await ask('how to extend kitas', NOW - DAY, 'en');
    await ask('way too old', NOW - 40 * DAY);

    const all = await groupDaily(t.store, { days: 3, tz: 420, now: NOW });
    expect(all.days).toEqual(['2024-06-28', '2024-06-29', '2024-06-30']);
    expect(all.series).toEqual({
      [normalizeQuery('gmn bikin paspor')]: [2, 0, 1],
      [normalizeQuery('how to extend kitas')]: [0, 1, 0],
    });

    const en = await groupDaily(t.store, { days: 3, tz: 420, lang: 'en', now: NOW });
    expect(Object.keys(en.series)).toEqual([normalizeQuery('how to extend kitas')]);
  });

  it('answers over HTTP with HTML-significant characters escaped in the JSON text', async () => {
    await logUnanswered(t.store, { q: '<img src=x onerror="window.__xss=1">', lang: 'id', reason: 'no-match' });
    const res = await t.app.request('/api/admin/insights/daily?days=30&tz=420', admin());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text).not.toMatch(/[<>]/);
    const body = JSON.parse(text) as { days: string[]; series: Record<string, number[]> };
    expect(body.days).toHaveLength(30);
    const [series] = Object.values(body.series);
    expect(series).toHaveLength(30);
    expect(series!.at(-1)).toBe(1);
  });
});
