/**
 * Absolute links in pages (canonical, og:url, og:image, the demo's snippet) never come from an
 * arbitrary Host header: PUBLIC_URL when set, else a known host (listen address, ALLOWED_HOSTS),
 * else relative links.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { makeTestApp, tempDir, type TestApp } from './helpers.js';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const PAGES = ['/?lang=id', '/a/passport-new?lang=id', '/demo'];

async function page(path: string, headers: Record<string, string>): Promise<string> {
  const res = await t.app.request(path, { headers });
  expect(res.status, path).toBe(200);
  return res.text();
}

const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
const canonical = (html: string) => attr(html, /<link rel="canonical" href="([^"]*)"/);
const ogUrl = (html: string) => attr(html, /<meta property="og:url" content="([^"]*)"/);
const ogImage = (html: string) => attr(html, /<meta property="og:image" content="([^"]*)"/);

describe('absolute links and the Host header', () => {
  it('never writes a forged Host into a page: links are relative without PUBLIC_URL', async () => {
    t = await makeTestApp();
    for (const path of PAGES) {
      const html = await page(path, { Host: 'evil.example' });
      expect(html, path).not.toContain('evil.example');
    }
    const html = await page('/a/passport-new?lang=id', { Host: 'evil.example' });
    expect(canonical(html)).toBe('/a/passport-new?lang=id');
    expect(ogUrl(html)).toBe('/a/passport-new?lang=id');
    expect(ogImage(html)).toBe('/icons/icon-512.png');
  });

  it('uses PUBLIC_URL for every absolute link, whatever the Host', async () => {
    t = await makeTestApp({ publicUrl: 'https://tanya.example.go.id' });
    for (const path of PAGES) {
      const html = await page(path, { Host: 'evil.example' });
      expect(html, path).not.toContain('evil.example');
    }
    const html = await page('/a/passport-new?lang=id', { Host: 'evil.example' });
    expect(canonical(html)).toBe('https://tanya.example.go.id/a/passport-new?lang=id');
    expect(ogUrl(html)).toBe('https://tanya.example.go.id/a/passport-new?lang=id');
    expect(ogImage(html)).toBe('https://tanya.example.go.id/icons/icon-512.png');
    expect(await page('/demo', {})).toContain('server="https://tanya.example.go.id"');
  });

  it('trusts a Host only when it is in ALLOWED_HOSTS or the listen address', async () => {
    t = await makeTestApp({ host: '127.0.0.1', port: 8787, allowedHosts: ['tanya.example.go.id'] });
    expect(canonical(await page('/?lang=en', { Host: 'tanya.example.go.id' }))).toBe('http://tanya.example.go.id/?lang=en');
    expect(canonical(await page('/?lang=en', { Host: '127.0.0.1:8787' }))).toBe('http://127.0.0.1:8787/?lang=en');
    expect(canonical(await page('/?lang=en', { Host: '127.0.0.1:9999' }))).toBe('/?lang=en');
    expect(canonical(await page('/?lang=en', { Host: 'evil.example' }))).toBe('/?lang=en');
  });

  it('believes X-Forwarded-Host only from a trusted proxy, and only for a known host', async () => {
    t = await makeTestApp({ trustProxy: 1, allowedHosts: ['tanya.example.go.id'] });
    const via = (host: string) => ({ Host: 'internal:8787', 'X-Forwarded-Host': host, 'X-Forwarded-Proto': 'https' });
    expect(canonical(await page('/?lang=id', via('tanya.example.go.id')))).toBe('https://tanya.example.go.id/?lang=id');
    expect(canonical(await page('/?lang=id', via('evil.example')))).toBe('/?lang=id');
  });
});

describe('PUBLIC_URL and ALLOWED_HOSTS settings', () => {
  const base = () => {
    const dir = tempDir();
    return { dir, env: { DATA_DIR: dir, ADMIN_TOKEN: 'a-long-enough-admin-token' } };
  };

  it('reads them', () => {
    const { dir, env } = base();
    try {
      const c = loadConfig({ ...env, PUBLIC_URL: 'https://tanya.example.go.id/', ALLOWED_HOSTS: 'Tanya.example.go.id, localhost:8787' });
      expect(c.publicUrl).toBe('https://tanya.example.go.id');
      expect(c.allowedHosts).toEqual(['tanya.example.go.id', 'localhost:8787']);
      const d = loadConfig(env);
      expect(d.publicUrl).toBeUndefined();
      expect(d.allowedHosts).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a PUBLIC_URL with a path and hosts that are not host names', () => {
    const { dir, env } = base();
    try {
      expect(() => loadConfig({ ...env, PUBLIC_URL: 'https://tanya.example.go.id/app' })).toThrow(ConfigError);
      expect(() => loadConfig({ ...env, PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
      expect(() => loadConfig({ ...env, ALLOWED_HOSTS: 'http://evil.example/' })).toThrow(/ALLOWED_HOSTS/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
