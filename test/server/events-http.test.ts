/**
 * Event POSTs through the real Node server. On a socket the guards read headers and the body from
 * Node's request rather than through Hono (`app.request()` has no socket), so every answer the
 * widget relies on is checked here too: 202, 400, 403, 413, 415, 429, CORS and idempotency.
 */
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../server/config.js';
import { createHttpServer } from '../../server/http-server.js';
import { makeTestApp, type TestApp } from './helpers.js';

let t: TestApp | undefined;
let server: Server | undefined;
let port = 0;

afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r));
  await t?.close();
  server = t = undefined;
});

async function start(overrides: Partial<Config> = {}): Promise<TestApp> {
  t = await makeTestApp(overrides);
  server = createHttpServer(t.app.fetch, t.content);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  return t;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { accepted?: true; error?: { code: string; message: string; field?: string } } | null;
}

/** One request as a client writes it: headers verbatim; a body in `chunks` goes out chunked. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; chunks?: string[] } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    if (options.chunks) for (const c of options.chunks) req.write(c);
    req.end(options.body);
  });
}

const question = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ q: 'bagaimana perpanjang kitas', lang: 'id', reason: 'no-match', ...over });
const json = { 'Content-Type': 'application/json' };

describe('event POSTs over HTTP', () => {
  it('202s and stores an event once per eventId, redacted, with CORS and nosniff', async () => {
    const app = await start();
    const body = question({ q: ' hp 0812-3456-7890 paspor hilang ', eventId: 'http-event-01' });
    for (let i = 0; i < 2; i++) {
      const res = await send('/api/unanswered', { headers: { ...json, Origin: 'https://any.example' }, body });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ accepted: true });
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
    expect(app.rows('SELECT event_id, query FROM unanswered')).toEqual([{ event_id: 'http-event-01', query: 'hp [phone] paspor hilang' }]);
  });

  it('400s invalid fields and malformed JSON with the error shape', async () => {
    await start();
    const empty = await send('/api/unanswered', { headers: json, body: question({ q: '   ' }) });
    expect(empty.status).toBe(400);
    expect(empty.body!.error).toMatchObject({ code: 'invalid', field: 'q' });
    expect(empty.body!.error!.message).toMatch(/^q: /);
    const lang = await send('/api/unanswered', { headers: json, body: question({ lang: 'fr' }) });
    expect(lang.body!.error).toMatchObject({ code: 'invalid', field: 'lang' });
    const broken = await send('/api/unanswered', { headers: json, body: '{"q": "paspor",' });
    expect(broken.status).toBe(400);
    expect(broken.body!.error).toEqual({ code: 'invalid', message: 'Malformed JSON in request body' });
    for (const res of [empty, lang, broken]) {
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeUndefined();
    }
  });

  it('415s a body that is not JSON, and takes JSON with a charset', async () => {
    await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await send('/api/unanswered', { headers: { 'Content-Type': type }, body: question() });
      expect(res.status, type).toBe(415);
      expect(res.body!.error!.code).toBe('unsupported-media-type');
    }
    const none = await send('/api/unanswered', { body: question() });
    expect(none.status).toBe(415);
    const charset = await send('/api/unanswered', { headers: { 'Content-Type': 'Application/JSON; charset=utf-8' }, body: question() });
    expect(charset.status).toBe(202);
  });

  it('413s a body over 8 KiB, by Content-Length or counted while it streams in', async () => {
    const app = await start();
    const big = question({ site: 'x'.repeat(9000) });
    const declared = await send('/api/unanswered', { headers: json, body: big });
    expect(declared.status).toBe(413);
    expect(declared.body!.error!.code).toBe('too-large');
    const streamed = await send('/api/unanswered', { headers: json, chunks: [big.slice(0, 5000), big.slice(5000)] });
    expect(streamed.status).toBe(413);
    // The connection still works after a refused body.
    expect((await send('/api/unanswered', { headers: json, chunks: [question().slice(0, 10), question().slice(10)] })).status).toBe(202);
    expect(app.rows('SELECT COUNT(*) AS n FROM unanswered')).toEqual([{ n: 1 }]);
  });

  it('takes events only from ALLOWED_ORIGINS and from the server itself', async () => {
    await start({ allowedOrigins: ['https://www.imigrasi.example'] });
    const ok = await send('/api/unanswered', { headers: { ...json, Origin: 'https://www.imigrasi.example' }, body: question() });
    expect(ok.status).toBe(202);
    expect(ok.headers['access-control-allow-origin']).toBe('https://www.imigrasi.example');
    expect(ok.headers.vary).toContain('Origin');
    const evil = await send('/api/unanswered', { headers: { ...json, Origin: 'https://evil.example' }, body: question() });
    expect(evil.status).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(evil.body!.error!.code).toBe('forbidden');
    expect(evil.headers['x-content-type-options']).toBe('nosniff');
    const self = await send('/api/unanswered', { headers: { ...json, Origin: 'http://tanya.example', Host: 'tanya.example' }, body: question() });
    expect(self.status).toBe(202);
    const preflight = await send('/api/feedback', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.imigrasi.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://www.imigrasi.example');
    expect(preflight.headers.vary).toContain('Origin');
    expect(preflight.headers['x-content-type-options']).toBe('nosniff');
    const refused = await send('/api/unanswered', { headers: { 'Content-Type': 'text/plain', Origin: 'https://www.imigrasi.example' }, body: 'x' });
    expect(refused.status).toBe(415);
    expect(refused.headers['access-control-allow-origin']).toBe('https://www.imigrasi.example');
    expect(refused.headers.vary).toContain('Origin');
  });

  it('429s with Retry-After per client address once the burst is spent', async () => {
    await start({ rateLimit: { burst: 2, perMinute: 6 } });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await send('/api/unanswered', { headers: { ...json, 'X-Forwarded-For': `10.0.0.${i}` }, body: question() });
      codes.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(res.headers['access-control-allow-origin']).toBe('*');
        expect(res.body!.error!.code).toBe('rate-limited');
      }
    }
    expect(codes).toEqual([202, 202, 429]);
  });
});
