import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../server/log.js';
import { ApiError, errorHandler, notFound } from '../../server/middleware/errors.js';
import { htmlSecurity } from '../../server/middleware/html-security.js';
import { rateLimit } from '../../server/middleware/rate-limit.js';
import { makeTestApp } from './helpers.js';

describe('rateLimit', () => {
  function limited(opts: Parameters<typeof rateLimit>[0]) {
    const app = new Hono();
    app.use(rateLimit(opts));
    app.get('/', (c) => c.text('ok'));
    app.onError(errorHandler(memoryLogger()));
    return app;
  }

  it('refills the bucket over time', async () => {
    let now = 0;
    const app = limited({ burst: 2, perMinute: 60, now: () => now });
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('/')).status).toBe(200);
    const limitedRes = await app.request('/');
    expect(limitedRes.status).toBe(429);
    expect(limitedRes.headers.get('retry-after')).toBe('1');
    now += 1000;
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('/')).status).toBe(429);
    now += 60_000; // never more than the burst
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('/')).status).toBe(429);
  });

  it('keeps a bucket per client key and bounds how many it keeps', async () => {
    let key = 'a';
    const app = limited({ burst: 1, perMinute: 1, keyGenerator: () => key, maxClients: 4 });
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('/')).status).toBe(429);
    key = 'b';
    expect((await app.request('/')).status).toBe(200);
    for (const k of ['c', 'd', 'e', 'f', 'g']) {
      key = k;
      expect((await app.request('/')).status).toBe(200);
    }
  });
});

describe('errors', () => {
  it('answers an unexpected error with a generic 500 and logs it, never the stack', async () => {
    const log = memoryLogger();
    const app = new Hono();
    app.get('/boom', () => {
      throw new Error('secret internals at /srv/app/db.ts:42');
    });
    app.get('/teapot', () => {
      throw new ApiError(400, 'q: too long', { field: 'q' });
    });
    app.onError(errorHandler(log));
    app.notFound(notFound);

    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    expect(text).not.toContain('secret');
    expect(log.lines[0]).toMatchObject({ level: 'error', msg: 'unhandled error', path: '/boom', error: expect.stringContaining('secret') });

    expect(await (await app.request('/teapot')).json()).toEqual({ error: { code: 'invalid', message: 'q: too long', field: 'q' } });
    const api404 = await app.request('/api/nothing');
    expect(api404.status).toBe(404);
    expect(await api404.json()).toMatchObject({ error: { code: 'not-found' } });
    expect((await app.request('/nothing')).status).toBe(404);
  });

  it('answers unknown /api routes of the real app with JSON 404', async () => {
    const t = await makeTestApp();
    try {
      for (const [method, path] of [['GET', '/api/nope'], ['GET', '/api/unanswered'], ['DELETE', '/api/content/id'], ['GET', '/api']] as const) {
        const res = await t.app.request(path, { method });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      }
    } finally {
      await t.close();
    }
  });
});

describe('htmlSecurity', () => {
  const app = new Hono();
  app.use(htmlSecurity({ frameable: (p) => p.startsWith('/embed'), frameAncestors: ['https://www.imigrasi.example'] }));
  app.get('/', (c) => c.html('<!doctype html><title>Tanya</title>'));
  app.get('/embed', (c) => c.html('<!doctype html><title>Tanya</title>'));
  app.get('/api/x', (c) => c.json({ ok: true }));

  it('puts a strict CSP on pages: own scripts and styles only, no framing', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('lets only embed pages be framed, by the allowed origins', async () => {
    const res = await app.request('/embed');
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors https://www.imigrasi.example');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('leaves JSON without a CSP but with nosniff', async () => {
    const res = await app.request('/api/x');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
