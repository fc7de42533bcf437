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

describe('Vary on pages', () => {
  // The service worker precaches `/?lang=id|en` and the Cache API honours Vary: a copy that named
  // Accept-Language would not be found offline once the browser's language changed.
  it.each(['/?lang=id', '/?lang=en', '/a/passport-new?lang=id', '/manifest.webmanifest?lang=en'])('%s does not vary on Accept-Language', async (path) => {
    const res = await t.app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });

  it.each(['/', '/manifest.webmanifest'])('%s, negotiated, does', async (path) => {
    const res = await t.app.request(path, { headers: { 'Accept-Language': 'en-US' } });
    expect(res.headers.get('vary')).toBe('Accept-Language, Accept-Encoding');
  });

  it('links the manifest in the page language', async () => {
    expect(await (await t.app.request('/?lang=en')).text()).toContain('href="/manifest.webmanifest?lang=en"');
  });
});
