/**
 * Naughty strings (test/support/naughty-strings.ts) through every route that takes citizens' text:
 * the event POSTs, the admin actions on a group and the admin filter. Never a 5xx. Used by
 * test/server/blns-http.test.ts and test/server/prototype-words-http.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, makeTestApp, postJson, type TestApp } from './helpers.js';

export function httpSuite(name: string, strings: readonly string[]): void {
  describe(`${name} through the HTTP API`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await makeTestApp();
    });
    afterAll(async () => {
      await t.close();
    });

    /** Sends `request(s)` for every string; returns the ones answered with a 5xx. */
    async function serverErrors(request: (s: string) => Response | Promise<Response>): Promise<string[]> {
      const bad: string[] = [];
      for (const s of strings) {
        const res = await request(s);
        if (res.status >= 500) bad.push(`${JSON.stringify(s)}: ${res.status}`);
        await res.body?.cancel();
      }
      return bad;
    }

    it('POST /api/unanswered (as the question and as the site)', async () => {
      expect(await serverErrors((s) => t.app.request('/api/unanswered', postJson({ q: s, lang: 'id', reason: 'no-match', site: s })))).toEqual([]);
    });

    it('POST /api/feedback', async () => {
      expect(await serverErrors((s) => t.app.request('/api/feedback', postJson({ entryId: 'passport-new', lang: 'en', helpful: false, q: s })))).toEqual([]);
    });

    it.each(['resolve', 'reopen', 'delete'])('POST /api/admin/unanswered/%s', async (action) => {
      expect(await serverErrors((s) => t.app.request(`/api/admin/unanswered/${action}`, admin(postJson({ query: s }))))).toEqual([]);
    });

    it('GET /api/admin/unanswered?q=', async () => {
      expect(await serverErrors((s) => t.app.request(`/api/admin/unanswered?q=${encodeURIComponent(s)}`, admin()))).toEqual([]);
    });
  });
}
