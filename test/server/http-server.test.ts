/**
 * The real Node server: the 304 fast path for unchanged bundles answers exactly what the Hono
 * route would, and everything else still reaches the app.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/http-server.js';
import { makeTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let server: Server;
let base: string;

beforeAll(async () => {
  t = await makeTestApp();
  server = createHttpServer(t.app.fetch, t.content);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

describe('the HTTP server', () => {
  it('answers a revalidation of an unchanged bundle with 304 and the same headers as the route', async () => {
    const first = await fetch(`${base}/api/content/id`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();

    const fast = await fetch(`${base}/api/content/id`, { headers: { 'If-None-Match': etag } });
    expect(fast.status).toBe(304);
    const viaRoute = await t.app.request('/api/content/id', { headers: { 'If-None-Match': etag } });
    expect(viaRoute.status).toBe(304);
    for (const name of ['etag', 'cache-control', 'vary', 'access-control-allow-origin', 'access-control-expose-headers', 'x-content-type-options']) {
      expect(fast.headers.get(name), name).toBe(viaRoute.headers.get(name));
    }
  });

  it('passes a stale ETag, an unknown language and everything else to the app', async () => {
    const stale = await fetch(`${base}/api/content/id`, { headers: { 'If-None-Match': '"old-version"' } });
    expect(stale.status).toBe(200);
    expect((await stale.json()).lang).toBe('id');
    const unknown = await fetch(`${base}/api/content/fr`, { headers: { 'If-None-Match': '"x"' } });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBeTruthy();
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
  });
});
