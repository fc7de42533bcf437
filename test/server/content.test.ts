import { rmSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../server/content/bundle.js';
import { loadContent } from '../../server/content/index.js';
import type { ContentBundle } from '../../widget/search/types.js';
import { admin, errorOf, makeTestApp, preflight, tempDir, type TestApp } from './helpers.js';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

describe('GET /api/content', () => {
  it('lists the languages with their versions and entry counts', async () => {
    const res = await t.app.request('/api/content');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { languages: { lang: string; version: string; entries: number }[] };
    expect(body.languages).toEqual([
      { lang: 'id', version: expect.stringMatching(/-id$/), entries: 2 },
      { lang: 'en', version: expect.stringMatching(/-en$/), entries: 2 },
    ]);
  });
});

describe('GET /api/content/:lang', () => {
  it('sends the bundle with a strong ETag, no-cache and open CORS', async () => {
    const res = await t.app.request('/api/content/id', { headers: { Origin: 'https://any-office.example' } });
    expect(res.status).toBe(200);
    const bundle = (await res.json()) as ContentBundle;
    expect(res.headers.get('etag')).toBe(`"${bundle.version}"`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(bundle.lang).toBe('id');
    expect(bundle.entries.map((e) => e.id)).toEqual(['office-hours', 'passport-new']);
    expect(bundle.entries[1]!.html).toContain('KTP');
    expect(bundle.index).toBeTruthy();
    expect(bundle.synonyms).toEqual([['paspor', 'passport']]);
    expect(bundle.site.name.id).toBe('Kantor Imigrasi Uji');
  });

  it('answers 304 without a body to a matching If-None-Match (also weak and in lists)', async () => {
    const etag = (await t.app.request('/api/content/en')).headers.get('etag')!;
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await t.app.request('/api/content/en', { headers: { 'If-None-Match': inm } });
      expect(res.status, inm).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    const stale = await t.app.request('/api/content/en', { headers: { 'If-None-Match': '"stale-en"' } });
    expect(stale.status).toBe(200);
  });

  it('names the exact bundle in its ETag: the same files built into another index are another version, never a 304', async () => {
    const served = (await (await t.app.request('/api/content/en')).json()) as ContentBundle;
    const content = await loadContent(t.config.contentDir);
    // What the same release builds from the same files: the same version.
    expect(buildBundle(content, 'en').version).toBe(served.version);
    // What a release that weighs answers' bodies otherwise builds from them (as a new index format would).
    const otherRelease = buildBundle(content, 'en', { bodyWeight: 0.05 });
    expect(otherRelease.index).not.toEqual(served.index);
    expect(otherRelease.version).not.toBe(served.version);
    const revalidated = await t.app.request('/api/content/en', { headers: { 'If-None-Match': `"${otherRelease.version}"` } });
    expect(revalidated.status).toBe(200);
    expect(((await revalidated.json()) as ContentBundle).version).toBe(served.version);
  });

  it('compresses by Accept-Encoding: brotli first, then gzip, else identity', async () => {
    const plain = await (await t.app.request('/api/content/id')).text();

    const br = await t.app.request('/api/content/id', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain);

    const gz = await t.app.request('/api/content/id', { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const gzBytes = Buffer.from(await gz.arrayBuffer());
    expect(gunzipSync(gzBytes).toString()).toBe(plain);
    expect(gzBytes.length).toBeLessThan(Buffer.byteLength(plain));

    const none = await t.app.request('/api/content/id', { headers: { 'Accept-Encoding': 'identity' } });
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(await none.text()).toBe(plain);
  });

  it('compresses once per version, not per request', async () => {
    const a = t.content.current!.bundles.id.br;
    await t.app.request('/api/content/id', { headers: { 'Accept-Encoding': 'br' } });
    await t.app.request('/api/content/id', { headers: { 'Accept-Encoding': 'br' } });
    expect(t.content.current!.bundles.id.br).toBe(a);
  });

  it('answers HEAD with the headers only', async () => {
    const res = await t.app.request('/api/content/id', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(await res.text()).toBe('');
  });

  it('answers a CORS preflight from any origin', async () => {
    const res = await t.app.request('/api/content/id', preflight('https://elsewhere.example', 'GET', 'if-none-match'));
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('404s an unknown language as JSON', async () => {
    const res = await t.app.request('/api/content/fr');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await errorOf(res)).code).toBe('not-found');
  });
});

describe('no valid content at all', () => {
  it('answers 503 on content routes and reports the errors in /api/health', async () => {
    const empty = tempDir();
    const t2 = await makeTestApp({}, { content: empty });
    try {
      const res = await t2.app.request('/api/content/id');
      expect(res.status).toBe(503);
      expect((await errorOf(res)).code).toBe('unavailable');
      expect((await t2.app.request('/api/health')).status).toBe(503);
      const health = await t2.app.request('/api/admin/health', admin());
      const body = (await health.json()) as { ok: boolean; contentVersion: null; contentErrors: string[] };
      expect(body.ok).toBe(false);
      expect(body.contentVersion).toBeNull();
      expect(body.contentErrors.join('\n')).toMatch(/site\.yml:1: /);
    } finally {
      await t2.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('CORS on content errors', () => {
  it('lets any site read a 404 too', async () => {
    const t2 = await makeTestApp();
    try {
      const res = await t2.app.request('/api/content/xx', { headers: { Origin: 'https://any.example' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await t2.close();
    }
  });
});
