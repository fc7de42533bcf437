/** Object.prototype's names ("constructor", "__proto__", …) through each route that takes citizens' text (issue 11, item 1). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOTYPE_WORDS } from '../support/naughty-strings.js';
import { admin, makeTestApp, postJson, type TestApp } from './helpers.js';
import { httpSuite } from './naughty-http-suite.js';

httpSuite("Object.prototype's names", PROTOTYPE_WORDS);

describe('a group called "constructor"', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is an ordinary group: listed, charted and resolvable', async () => {
    expect((await t.app.request('/api/unanswered', postJson({ q: 'constructor', lang: 'en', reason: 'no-match' }))).status).toBe(202);
    const list = await t.app.request('/api/admin/unanswered?q=constructor', admin());
    expect(list.status).toBe(200);
    const { groups } = (await list.json()) as { groups: { query: string }[] };
    expect(groups.map((g) => g.query)).toContain('constructor');
    const daily = await t.app.request('/api/admin/insights/daily?days=7', admin());
    expect(daily.status).toBe(200);
    const { series } = (await daily.json()) as { series: Record<string, number[]> };
    expect(Object.hasOwn(series, 'constructor')).toBe(true);
    expect(series.constructor).toHaveLength(7);
    expect((await t.app.request('/api/admin/unanswered/resolve', admin(postJson({ query: 'constructor' })))).status).toBe(200);
    expect((await t.app.request('/api/admin/unanswered.csv', admin())).status).toBe(200);
  });
});
