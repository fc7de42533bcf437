/** Pages carry a Permissions-Policy that turns off the powerful features none of them use. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('Permissions-Policy', () => {
  it.each(['/?lang=id', '/a/passport-new?lang=id', '/demo', '/admin'])('is sent on %s', async (path) => {
    const res = await t.app.request(path);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = res.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) expect(policy).toContain(feature);
  });

  it('is not needed on JSON answers', async () => {
    const res = await t.app.request('/api/content/id');
    expect(res.headers.get('permissions-policy')).toBeNull();
  });
});
