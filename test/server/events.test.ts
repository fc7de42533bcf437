import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { admin, errorOf, makeTestApp, postJson, preflight, type TestApp } from './helpers.js';

let t: TestApp;
afterEach(() => t?.close());

const question = (over: Record<string, unknown> = {}) => ({ q: 'bagaimana perpanjang kitas', lang: 'id', reason: 'no-match', ...over });

describe('POST /api/unanswered', () => {
  it('accepts an event with 202 and stores it', async () => {
    t = await makeTestApp();
    const res = await t.app.request(
      '/api/unanswered',
      postJson(question({ entryId: 'passport-new', reason: 'not-helpful', eventId: 'evt-00000001', site: 'https://www.imigrasi.example/layanan?nik=1' })),
    );
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: true });
    expect(t.rows('SELECT event_id, lang, reason, query, norm, entry_id, site FROM unanswered')).toEqual([
      {
        event_id: 'evt-00000001',
        lang: 'id',
        reason: 'not-helpful',
        query: 'bagaimana perpanjang kitas',
        norm: 'bagaimana perpanjang kitas',
        entry_id: 'passport-new',
        site: 'www.imigrasi.example',
      },
    ]);
  });

  it('counts a retried eventId once', async () => {
    t = await makeTestApp();
    for (let i = 0; i < 3; i++) {
      expect((await t.app.request('/api/unanswered', postJson(question({ eventId: 'retry-0001' })))).status).toBe(202);
    }
    expect(t.rows('SELECT COUNT(*) AS n FROM unanswered')).toEqual([{ n: 1 }]);
  });

  it('stores exactly 150 rows from 200 concurrent posts with 50 duplicate eventIds', async () => {
    t = await makeTestApp();
    const ids = Array.from({ length: 150 }, (_, i) => `event-${String(i).padStart(4, '0')}`);
    const all = [...ids, ...ids.slice(0, 50)];
    const responses = await Promise.all(
      all.map((eventId, i) => t.app.request('/api/unanswered', postJson(question({ q: `pertanyaan nomor ${i}`, eventId })))),
    );
    expect(responses.every((r) => r.status === 202)).toBe(true);
    expect(t.rows('SELECT COUNT(*) AS n, COUNT(DISTINCT event_id) AS d FROM unanswered')).toEqual([{ n: 150, d: 150 }]);
  });

  it('redacts personal data before it reaches the database file', async () => {
    t = await makeTestApp();
    const secrets = ['0812-3456-7890', '3174012501990003', 'budi@example.com'];
    await t.app.request('/api/unanswered', postJson(question({ q: `hp 0812-3456-7890 nik 3174012501990003 email budi@example.com paspor hilang` })));
    await t.app.request('/api/feedback', postJson({ entryId: 'passport-new', lang: 'id', helpful: false, q: 'wa sy 0812-3456-7890 ya, budi@example.com' }));
    const [row] = t.rows('SELECT query, norm FROM unanswered');
    expect(row).toEqual({ query: 'hp [phone] nik [nik] email [email] paspor hilang', norm: 'hp phone nik nik email email paspor hilang' });
    await t.store.close(); // checkpoint: everything is in the main file now
    const raw = readFileSync(t.store.file).toString('latin1');
    for (const s of [...secrets, '81234567890', '3456-7890', 'budi@']) expect(raw).not.toContain(s);
  });

  it('redacts foreign and Indonesian numbers with spaces or dashes from the log, the admin API and the CSV', async () => {
    t = await makeTestApp();
    const secrets = ['+1 202 555 0143', '+44 20 7946 0958', '+1-202-555-0143', '+62 812-3456-7890', '0812 3456 7890', '(021) 5225028'];
    for (const s of secrets) await t.app.request('/api/unanswered', postJson(question({ q: `tolong hubungi ${s} soal visa, bayar Rp 350.000 tgl 17/08/2025` })));
    const stored = t.rows('SELECT query FROM unanswered').map((r) => r.query);
    expect(stored).toEqual(secrets.map(() => 'tolong hubungi [phone] soal visa, bayar Rp 350.000 tgl 17/08/2025'));
    const api = await (await t.app.request('/api/admin/unanswered', admin())).text();
    const csv = await (await t.app.request('/api/admin/unanswered.csv', admin())).text();
    for (const s of [...secrets, '555 0143', '7946 0958', '3456-7890', '5225028']) {
      expect(api).not.toContain(s);
      expect(csv).not.toContain(s);
    }
    expect(csv).toContain('Rp 350.000');
  });

  it('stores markup as text and returns it JSON-escaped to admins', async () => {
    t = await makeTestApp();
    const xss = '<img src=x onerror=alert(1)>';
    await t.app.request('/api/unanswered', postJson(question({ q: xss })));
    expect(t.rows('SELECT query FROM unanswered')).toEqual([{ query: xss }]);
    const res = await t.app.request('/api/admin/unanswered', admin());
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const raw = await res.text();
    expect(raw).not.toContain('<img');
    expect(raw).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
    expect((JSON.parse(raw) as { groups: { examples: string[] }[] }).groups[0]!.examples).toEqual([xss]);
  });

  it.each([
    [{ lang: 'id', reason: 'no-match' }, 'q'],
    [question({ q: '   ' }), 'q'],
    [question({ q: 'x'.repeat(1001) }), 'q'],
    [question({ lang: 'fr' }), 'lang'],
    [question({ reason: 'bored' }), 'reason'],
    [question({ entryId: '../etc/passwd' }), 'entryId'],
    [question({ eventId: 'short' }), 'eventId'],
    [question({ eventId: 'has spaces in it' }), 'eventId'],
  ])('400s an invalid body %# naming the field', async (body, field) => {
    t = await makeTestApp();
    const res = await t.app.request('/api/unanswered', postJson(body));
    expect(res.status).toBe(400);
    const err = await errorOf(res);
    expect(err.code).toBe('invalid');
    expect(err.field).toBe(field);
    expect(err.message).toMatch(new RegExp(`^${field}: `));
  });

  it('400s malformed JSON', async () => {
    t = await makeTestApp();
    const res = await t.app.request('/api/unanswered', postJson('{"q": "paspor",'));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid');
  });

  it('415s a body that is not JSON', async () => {
    t = await makeTestApp();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await t.app.request('/api/unanswered', {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
        body: JSON.stringify(question()),
      });
      expect(res.status, String(type)).toBe(415);
      expect((await errorOf(res)).code).toBe('unsupported-media-type');
    }
    const charset = await t.app.request('/api/unanswered', postJson(question(), { 'Content-Type': 'application/json; charset=utf-8' }));
    expect(charset.status).toBe(202);
  });

  it('413s a body over 8 KiB, by Content-Length or by counting a stream', async () => {
    t = await makeTestApp();
    const big = JSON.stringify(question({ site: 'x'.repeat(9000) }));
    const res = await t.app.request('/api/unanswered', postJson(big));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('too-large');

    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await t.app.request('/api/unanswered', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(t.rows('SELECT COUNT(*) AS n FROM unanswered')).toEqual([{ n: 0 }]);
  });
});

describe('POST /api/feedback and /api/searches', () => {
  it('accepts feedback and searches with 202, idempotent by eventId', async () => {
    t = await makeTestApp();
    const fb = { entryId: 'passport-new', lang: 'en', helpful: true, eventId: 'feedback-01' };
    expect((await t.app.request('/api/feedback', postJson(fb))).status).toBe(202);
    expect((await t.app.request('/api/feedback', postJson(fb))).status).toBe(202);
    const s = { lang: 'id', answered: true, entryId: 'office-hours', eventId: 'search-0001' };
    expect((await t.app.request('/api/searches', postJson(s))).status).toBe(202);
    expect((await t.app.request('/api/searches', postJson(s))).status).toBe(202);
    expect((await t.app.request('/api/searches', postJson({ lang: 'en', answered: false }))).status).toBe(202);
    expect(t.rows('SELECT entry_id, lang, helpful, query FROM feedback')).toEqual([
      { entry_id: 'passport-new', lang: 'en', helpful: 1, query: null },
    ]);
    expect(t.rows('SELECT lang, answered, entry_id FROM searches ORDER BY id')).toEqual([
      { lang: 'id', answered: 1, entry_id: 'office-hours' },
      { lang: 'en', answered: 0, entry_id: null },
    ]);
  });

  it('400s invalid feedback and searches', async () => {
    t = await makeTestApp();
    const fb = await t.app.request('/api/feedback', postJson({ entryId: 'passport-new', lang: 'id', helpful: 'yes' }));
    expect(await errorOf(fb)).toMatchObject({ code: 'invalid', field: 'helpful' });
    const s = await t.app.request('/api/searches', postJson({ lang: 'id' }));
    expect(await errorOf(s)).toMatchObject({ code: 'invalid', field: 'answered' });
    // No question text is ever taken with a search count.
    await t.app.request('/api/searches', postJson({ lang: 'id', answered: false, q: 'nik 3174012501990003' }));
    expect(JSON.stringify(t.rows('SELECT * FROM searches'))).not.toContain('3174');
  });
});

describe('cross-origin event POSTs', () => {
  it('accepts any origin by default', async () => {
    t = await makeTestApp();
    const res = await t.app.request('/api/unanswered', postJson(question(), { Origin: 'https://any.example' }));
    expect(res.status).toBe(202);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('accepts only ALLOWED_ORIGINS (and the server itself) when configured', async () => {
    t = await makeTestApp({ allowedOrigins: ['https://www.imigrasi.example'] });
    const ok = await t.app.request('/api/unanswered', postJson(question(), { Origin: 'https://www.imigrasi.example' }));
    expect(ok.status).toBe(202);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://www.imigrasi.example');
    expect(ok.headers.get('vary')).toContain('Origin');

    const evil = await t.app.request('/api/unanswered', postJson(question(), { Origin: 'https://evil.example' }));
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await errorOf(evil)).code).toBe('forbidden');

    const self = await t.app.request('http://tanya.example/api/unanswered', postJson(question(), { Origin: 'http://tanya.example', Host: 'tanya.example' }));
    expect(self.status).toBe(202);

    const answer = await t.app.request('/api/feedback', preflight('https://www.imigrasi.example', 'POST', 'content-type'));
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://www.imigrasi.example');
    expect(answer.headers.get('access-control-allow-headers')).toBe('Content-Type');
    expect(t.rows('SELECT COUNT(*) AS n FROM unanswered')).toEqual([{ n: 2 }]);
  });
});

describe('rate limit on POST routes', () => {
  it('429s with Retry-After once the burst is spent, across all event routes', async () => {
    t = await makeTestApp({ rateLimit: { burst: 3, perMinute: 6 } });
    const codes: number[] = [];
    for (const path of ['/api/unanswered', '/api/unanswered', '/api/searches', '/api/feedback']) {
      const body = path === '/api/unanswered' ? question() : path === '/api/searches' ? { lang: 'id', answered: true } : { entryId: 'passport-new', lang: 'id', helpful: true };
      const res = await t.app.request(path, postJson(body));
      codes.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(10);
        expect((await errorOf(res)).code).toBe('rate-limited');
      }
    }
    expect(codes).toEqual([202, 202, 202, 429]);
    // GETs are not limited.
    expect((await t.app.request('/api/content/id')).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
    t = await makeTestApp({ rateLimit: { burst: 1, perMinute: 1 } });
    const from = (ip: string) => t.app.request('/api/unanswered', postJson(question(), { 'X-Forwarded-For': ip }));
    expect((await from('10.0.0.1')).status).toBe(202);
    expect((await from('10.0.0.2')).status).toBe(429); // same socket (none), forged header ignored
    await t.close();

    t = await makeTestApp({ rateLimit: { burst: 1, perMinute: 1 }, trustProxy: 1 });
    expect((await from('1.1.1.1, 10.0.0.1')).status).toBe(202);
    expect((await from('1.1.1.1, 10.0.0.2')).status).toBe(202);
    // The client can forge the left part only; the proxy's entry (right) decides.
    expect((await from('9.9.9.9, 10.0.0.1')).status).toBe(429);
  });
});
