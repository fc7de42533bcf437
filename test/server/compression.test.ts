/**
 * Compression and cache headers of the pages and of the built files in `dist/`
 * (server/http/compression.ts, server/routes/pages.ts). The built files come from a
 * temp `dist/` made here, so the test needs no `vite build`.
 */
import { Hono } from 'hono';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding, staticFiles } from '../../server/http/compression.js';
import { createPageRoutes } from '../../server/routes/pages.js';
import { makeTestApp, tempDir, type TestApp } from './helpers.js';

const WIDGET = `export class FaqAssistant extends HTMLElement {}\n${'customElements.define("faq-assistant-x", class extends HTMLElement {});\n'.repeat(60)}`;
const CHUNK_PATH = '/chunks/content-sync-AbC_d-12.js';
const CHUNK = `export const saved = async () => undefined;\n${'export const x = "offline content sync";\n'.repeat(40)}`;
const BR = { 'Accept-Encoding': 'gzip, deflate, br' };

let t: TestApp;
let dist: string;
let pages: Hono;

beforeAll(async () => {
  t = await makeTestApp();
  dist = join(tempDir('tanya-dist-'), 'dist');
  mkdirSync(join(dist, 'chunks'), { recursive: true });
  mkdirSync(join(dist, 'icons'), { recursive: true });
  writeFileSync(join(dist, 'widget.js'), WIDGET);
  writeFileSync(join(dist, `.${CHUNK_PATH}`), CHUNK);
  writeFileSync(join(dist, 'page.css'), `body { margin: 0 }\n${'.x { color: red }\n'.repeat(60)}`);
  writeFileSync(join(dist, 'icons', 'icon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(200)}</svg>`);
  pages = new Hono();
  pages.route('/', createPageRoutes({ store: t.store, content: t.content, config: t.config }, { distDir: dist }));
});

afterAll(() => t.close());

const decode = async (res: Response) => {
  const body = Buffer.from(await res.arrayBuffer());
  const encoding = res.headers.get('content-encoding');
  return (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');
};

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, honours q=0, else identity', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pickEncoding('*')).toBe('gzip');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});

describe('GET /widget.js (stable name: the embed contract)', () => {
  it('is compressed by Accept-Encoding, short-lived and revalidated with a strong ETag', async () => {
    const br = await pages.request('/widget.js', { headers: BR });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(br.headers.get('access-control-allow-origin')).toBe('*');
    expect(Number(br.headers.get('content-length'))).toBeLessThan(WIDGET.length / 3);
    expect(await decode(br)).toBe(WIDGET);
    const etag = br.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const gz = await pages.request('/widget.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('etag')).toBe(etag);
    expect(await decode(gz)).toBe(WIDGET);

    const plain = await pages.request('/widget.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(WIDGET.length));
    expect(await plain.text()).toBe(WIDGET);
  });

  it('answers 304 without a body to a matching If-None-Match (also weak)', async () => {
    const etag = (await pages.request('/widget.js')).headers.get('etag')!;
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const res = await pages.request('/widget.js', { headers: { ...BR, 'If-None-Match': inm } });
      expect(res.status).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toContain('max-age=300');
      expect((await res.arrayBuffer()).byteLength).toBe(0);
    }
  });

  it('compresses once per version, and serves a rebuilt file at once (new mtime)', async () => {
    const file = join(dist, 'widget.js');
    const a = await staticFiles.get(file, 'text/javascript');
    expect(await staticFiles.get(file, 'text/javascript')).toBe(a);
    expect(await a!.encoded('br')).toBe(await a!.encoded('br'));

    const rebuilt = `${WIDGET}// rebuilt\n`;
    writeFileSync(file, rebuilt);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const res = await pages.request('/widget.js', { headers: BR });
    expect(await decode(res)).toBe(rebuilt);
    expect(res.headers.get('etag')).not.toBe(a!.etag);
  });
});

describe('GET /chunks/<name>-<hash>.js', () => {
  it('is compressed and cached for a year as immutable', async () => {
    const res = await pages.request(CHUNK_PATH, { headers: BR });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await decode(res)).toBe(CHUNK);
  });
});

describe('other files of dist/', () => {
  it('keeps icons a day and the page stylesheet briefly (stable name), both compressed', async () => {
    const icon = await pages.request('/icons/icon.svg', { headers: BR });
    expect(icon.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(icon.headers.get('content-encoding')).toBe('br');
    const css = await pages.request('/page.css', { headers: BR });
    expect(css.headers.get('cache-control')).toContain('max-age=300');
    expect(css.headers.get('content-encoding')).toBe('br');
  });

  it('never serves what is outside dist/ or not a known type', async () => {
    expect((await pages.request('/..%2Fpackage.json')).status).toBe(404);
    expect((await pages.request('/chunks/../../etc/passwd')).status).toBe(404);
    expect((await pages.request('/.vite/manifest.json')).status).toBe(404);
  });
});

describe('GET / (the page)', () => {
  // ?lang= decides the language, so the Accept-Language header does not matter (nor belongs in Vary).
  it('is compressed per request, varies on Accept-Encoding and keeps its security headers', async () => {
    const res = await t.app.request('/?lang=en', { headers: BR });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("style-src 'self'");
    const html = await decode(res);
    expect(Number(res.headers.get('content-length'))).toBeLessThan(html.length / 2);
    expect(html).toContain('<faq-assistant lang="en" use-history eager>');
    expect(html).toContain('<link rel="modulepreload" href="/widget.js" />');

    const gz = await t.app.request('/?lang=en', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await decode(gz)).toBe(html);
    const plain = await t.app.request('/?lang=en');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(html);
  });

  it('compresses the answer permalink too, which defines the element after the first paint', async () => {
    const id = t.content.current!.bundles.en.bundle.entries[0]!.id;
    const res = await t.app.request(`/a/${id}?lang=en`, { headers: BR });
    expect(res.headers.get('content-encoding')).toBe('br');
    const html = await decode(res);
    expect(html).toContain('<link rel="modulepreload" href="/widget.js" />');
    expect(html).toContain('<script type="module" src="/app.js"></script>');
    expect(html).not.toContain('<script type="module" src="/widget.js"></script>');
  });
});
