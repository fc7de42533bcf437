import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logFeedback, logSearch, logUnanswered } from '../../server/store/query-log.js';
import { TOKEN, admin, errorOf, makeTestApp, postJson, preflight, type TestApp } from './helpers.js';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 5, 1, 3, 0); // 2024-06-01 03:00 UTC = 10:00 WIB

interface Group {
  query: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  langs: string[];
  examples: string[];
  status: string;
  entryId: string | null;
}

async function groups(query = ''): Promise<Group[]> {
  const res = await t.app.request(`/api/admin/unanswered${query}`, admin());
  expect(res.status).toBe(200);
  return ((await res.json()) as { groups: Group[] }).groups;
}

async function seed() {
  const ask = (q: string, at: number, lang: 'id' | 'en' = 'id') => logUnanswered(t.store, { q, lang, reason: 'no-match' }, at);
  await ask('Gmn bikin PASPOR??', T0);
  await ask('gmn bikin paspor', T0 + 1000);
  await ask('gimana bikin paspor', T0 + 2000);
  await ask('GMN BIKIN PASPOR!!!', T0 + 2 * DAY);
  await ask('how to extend kitas', T0 + DAY, 'en');
  await ask('how to extend KITAS?', T0 + 3 * DAY, 'en');
  await ask('perpanjang kitas', T0 + 3 * DAY);
}

describe('admin auth', () => {
  it('401s without, or with a wrong, bearer token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, 'Bearer ']) {
      const res = await t.app.request('/api/admin/unanswered', { headers: authorization ? { Authorization: authorization } : {} });
      expect(res.status, String(authorization)).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthorized');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    for (const path of ['/api/admin/unanswered.csv', '/api/admin/overview', '/api/admin/feedback']) {
      expect((await t.app.request(path)).status).toBe(401);
    }
    expect((await t.app.request('/api/admin/unanswered/resolve', postJson({ query: 'x' }))).status).toBe(401);
  });

  it('is same-origin only: 403 for other sites, and never CORS headers', async () => {
    const cross = await t.app.request('http://tanya.example/api/admin/unanswered', admin({ headers: { Origin: 'https://evil.example', Host: 'tanya.example' } }));
    expect(cross.status).toBe(403);
    expect(cross.headers.get('access-control-allow-origin')).toBeNull();
    const fetchSite = await t.app.request('/api/admin/unanswered', admin({ headers: { 'Sec-Fetch-Site': 'cross-site' } }));
    expect(fetchSite.status).toBe(403);
    const answer = await t.app.request('/api/admin/unanswered', preflight('https://evil.example', 'GET'));
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();

    const same = await t.app.request('http://tanya.example/api/admin/unanswered', admin({ headers: { Origin: 'http://tanya.example', Host: 'tanya.example', 'Sec-Fetch-Site': 'same-origin' } }));
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GET /api/admin/unanswered', () => {
  it('groups by normalised query with count, first/last seen, languages, examples, status', async () => {
    await seed();
    const g = await groups();
    expect(g.map((x) => [x.query, x.count])).toEqual([
      ['bagaimana buat paspor', 4],
      ['how to extend kitas', 2],
      ['perpanjang kitas', 1],
    ]);
    expect(g[0]).toEqual({
      query: 'bagaimana buat paspor',
      count: 4,
      firstSeen: new Date(T0).toISOString(),
      lastSeen: new Date(T0 + 2 * DAY).toISOString(),
      langs: ['id'],
      reasons: ['no-match'],
      examples: ['GMN BIKIN PASPOR!!!', 'gimana bikin paspor', 'gmn bikin paspor', 'Gmn bikin PASPOR??'],
      status: 'open',
      entryId: null,
      statusChangedAt: null,
    });
  });

  it('keeps at most 5 distinct examples, most recent first', async () => {
    for (let i = 0; i < 8; i++) await logUnanswered(t.store, { q: `paspor hilang${'!'.repeat(i)}`, lang: 'id', reason: 'no-match' }, T0 + i);
    await logUnanswered(t.store, { q: 'paspor hilang', lang: 'en', reason: 'no-match' }, T0 + 100);
    const [g] = await groups();
    expect(g!.count).toBe(9);
    expect(g!.langs).toEqual(['en', 'id']);
    expect(g!.examples).toEqual(['paspor hilang', 'paspor hilang!!!!!!!', 'paspor hilang!!!!!!', 'paspor hilang!!!!!', 'paspor hilang!!!!']);
  });

  it('filters by from, to, lang, status and q', async () => {
    await seed();
    const names = async (q: string) => (await groups(q)).map((g) => `${g.query}:${g.count}`);
    expect(await names('?lang=en')).toEqual(['how to extend kitas:2']);
    expect(await names('?from=2024-06-02')).toEqual(['how to extend kitas:2', 'perpanjang kitas:1', 'bagaimana buat paspor:1']);
    expect(await names('?to=2024-06-01')).toEqual(['bagaimana buat paspor:3']);
    expect(await names('?from=2024-06-02&to=2024-06-03')).toEqual(['bagaimana buat paspor:1', 'how to extend kitas:1']);
    expect(await names(`?from=${new Date(T0 + 1500).toISOString()}&to=${new Date(T0 + DAY).toISOString()}`)).toEqual(['bagaimana buat paspor:1']);
    expect(await names('?q=KITAS')).toEqual(['how to extend kitas:2', 'perpanjang kitas:1']);
    expect(await names('?q=gmn')).toEqual(['bagaimana buat paspor:4']);
    expect(await names('?limit=1')).toEqual(['bagaimana buat paspor:4']);
    await t.app.request('/api/admin/unanswered/resolve', admin(postJson({ query: 'perpanjang kitas' })));
    expect(await names('?status=resolved')).toEqual(['perpanjang kitas:1']);
    expect(await names('?status=open')).toEqual(['bagaimana buat paspor:4', 'how to extend kitas:2']);
  });

  it('marks "not helpful" votes apart from searches that found nothing, and filters by kind', async () => {
    await seed();
    await logUnanswered(t.store, { q: 'gmn bikin paspor', lang: 'id', reason: 'not-helpful', entryId: 'passport-new' }, T0 + 5000);
    await logUnanswered(t.store, { q: 'paspor anak', lang: 'id', reason: 'not-helpful', entryId: 'passport-new' }, T0 + 6000);
    const kinds = async (q: string) => (await groups(q)).map((g) => `${g.query}:${g.count}:${(g as Group & { reasons: string[] }).reasons.join('+')}`);
    expect(await kinds('?lang=id')).toEqual([
      'bagaimana buat paspor:5:no-match+not-helpful',
      'perpanjang kitas:1:no-match',
      'paspor anak:1:not-helpful',
    ]);
    expect(await kinds('?reason=not-helpful')).toEqual(['paspor anak:1:not-helpful', 'bagaimana buat paspor:1:not-helpful']);
    expect(await kinds('?reason=no-match&lang=id')).toEqual(['bagaimana buat paspor:4:no-match', 'perpanjang kitas:1:no-match']);
    expect((await t.app.request('/api/admin/unanswered?reason=bad', admin())).status).toBe(400);
  });

  it.each([
    ['?from=yesterday', 'from'],
    ['?to=2024-02-30', 'to'],
    ['?lang=fr', 'lang'],
    ['?status=done', 'status'],
    ['?limit=0', 'limit'],
    ['?tz=9999', 'tz'],
    ['?from=2024-06-05&to=2024-06-01', 'from'],
  ])('400s %s', async (query, field) => {
    const res = await t.app.request(`/api/admin/unanswered${query}`, admin());
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'invalid', field });
  });
});

describe('resolve, reopen, delete', () => {
  it('resolves a group, optionally linking an existing answer, and reopens it', async () => {
    await seed();
    const res = await t.app.request('/api/admin/unanswered/resolve', admin(postJson({ query: 'bagaimana buat paspor', entryId: 'passport-new' })));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ query: 'bagaimana buat paspor', status: 'resolved', entryId: 'passport-new' });
    expect((await groups())[0]).toMatchObject({ status: 'resolved', entryId: 'passport-new', statusChangedAt: expect.any(String) });

    const reopen = await t.app.request('/api/admin/unanswered/reopen', admin(postJson({ query: 'bagaimana buat paspor' })));
    expect(reopen.status).toBe(200);
    expect((await groups())[0]).toMatchObject({ status: 'open', entryId: null });
  });

  it('accepts the raw question for the group key', async () => {
    await seed();
    const res = await t.app.request('/api/admin/unanswered/resolve', admin(postJson({ query: 'Gmn bikin PASPOR??' })));
    expect(res.status).toBe(200);
    expect((await groups())[0]!.status).toBe('resolved');
  });

  it('400s an unknown entryId and 404s an unknown group', async () => {
    await seed();
    const badEntry = await t.app.request('/api/admin/unanswered/resolve', admin(postJson({ query: 'perpanjang kitas', entryId: 'no-such-answer' })));
    expect(badEntry.status).toBe(400);
    expect(await errorOf(badEntry)).toMatchObject({ code: 'invalid', field: 'entryId' });
    const badFormat = await t.app.request('/api/admin/unanswered/resolve', admin(postJson({ query: 'perpanjang kitas', entryId: 'Bad Id' })));
    expect(await errorOf(badFormat)).toMatchObject({ code: 'invalid', field: 'entryId' });
    for (const path of ['resolve', 'reopen', 'delete']) {
      const res = await t.app.request(`/api/admin/unanswered/${path}`, admin(postJson({ query: 'never asked' })));
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).code).toBe('not-found');
    }
    const missing = await t.app.request('/api/admin/unanswered/resolve', admin(postJson({})));
    expect(await errorOf(missing)).toMatchObject({ code: 'invalid', field: 'query' });
    const notJson = await t.app.request('/api/admin/unanswered/resolve', admin({ method: 'POST', body: 'query=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }));
    expect(notJson.status).toBe(415);
  });

  it('deletes a group, and a retried event does not bring it back', async () => {
    await t.app.request('/api/unanswered', postJson({ q: 'paspor rusak kena air', lang: 'id', reason: 'no-match', eventId: 'offline-0001' }));
    await seed();
    const res = await t.app.request('/api/admin/unanswered/delete', admin(postJson({ query: 'paspor rusak kena air' })));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ query: 'paspor rusak kena air', deleted: 1 });
    expect((await groups()).map((g) => g.query)).not.toContain('paspor rusak kena air');
    // The widget's offline queue retries the same event later.
    await t.app.request('/api/unanswered', postJson({ q: 'paspor rusak kena air', lang: 'id', reason: 'no-match', eventId: 'offline-0001' }));
    expect((await groups()).map((g) => g.query)).not.toContain('paspor rusak kena air');
  });
});

describe('GET /api/admin/unanswered.csv', () => {
  it('exports RFC 4180 CSV with a BOM, CRLF, quoting and formula neutralising', async () => {
    const ask = (q: string, at: number) => logUnanswered(t.store, { q, lang: 'id', reason: 'no-match' }, at);
    await ask('=HYPERLINK("http://evil.example","klik")', T0);
    await ask('-2+3 biaya, "ekspres"?', T0 + 1);
    await ask('@SUM(A1) visa', T0 + 2);
    await ask('+62 saja', T0 + 3);
    await ask('paspor\nbaris baru', T0 + 4);
    const res = await t.app.request('/api/admin/unanswered.csv', admin());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tanya-unanswered-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('query,count,first_seen,last_seen,languages,status,entry_id,examples');
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(text).toContain(`,"'-2+3 biaya, ""ekspres""?"`);
    expect(text).toContain(`,'@SUM(A1) visa`);
    expect(text).toContain(`,"paspor\nbaris baru"`);
    // +62 alone is no phone number: kept, but neutralised as a formula.
    expect(text).toContain(`,'+62 saja`);
    // Header, 5 records, and '' after the last CRLF; the quoted LF inside a cell splits nothing.
    expect(lines.length).toBe(1 + 5 + 1);
  });
});

describe('GET /api/admin/overview', () => {
  it('gives per-day searches, answered and unanswered, with zero days and totals', async () => {
    const search = (answered: boolean, at: number) => logSearch(t.store, { lang: 'id', answered }, at);
    await search(true, T0);
    await search(true, T0 + 1);
    await search(false, T0 + 2);
    await search(false, T0 + 2 * DAY);
    await logUnanswered(t.store, { q: 'x', lang: 'id', reason: 'no-match' }, T0 + 2);
    await logFeedback(t.store, { entryId: 'passport-new', lang: 'id', helpful: true }, T0 + 3);
    const res = await t.app.request('/api/admin/overview?from=2024-06-01&to=2024-06-03', admin());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { days: Record<string, unknown>[]; totals: Record<string, number> };
    expect(body.days).toEqual([
      { day: '2024-06-01', searches: 3, answered: 2, unanswered: 1, unansweredQuestions: 1, helpful: 1, notHelpful: 0 },
      { day: '2024-06-02', searches: 0, answered: 0, unanswered: 0, unansweredQuestions: 0, helpful: 0, notHelpful: 0 },
      { day: '2024-06-03', searches: 1, answered: 0, unanswered: 1, unansweredQuestions: 0, helpful: 0, notHelpful: 0 },
    ]);
    expect(body.totals).toEqual({ searches: 4, answered: 2, unanswered: 2, unansweredQuestions: 1, helpful: 1, notHelpful: 0 });
  });

  it('cuts days in the requested time zone', async () => {
    // 2024-06-01 20:00 UTC is already 2024-06-02 in Jakarta (UTC+7).
    await logSearch(t.store, { lang: 'id', answered: true }, Date.UTC(2024, 5, 1, 20));
    const utc = (await (await t.app.request('/api/admin/overview?from=2024-06-01&to=2024-06-02', admin())).json()) as { days: { day: string; searches: number }[] };
    expect(utc.days.map((d) => [d.day, d.searches])).toEqual([['2024-06-01', 1], ['2024-06-02', 0]]);
    const wib = (await (await t.app.request('/api/admin/overview?from=2024-06-01&to=2024-06-02&tz=420', admin())).json()) as { days: { day: string; searches: number }[] };
    expect(wib.days.map((d) => [d.day, d.searches])).toEqual([['2024-06-01', 0], ['2024-06-02', 1]]);
  });

  it('defaults to the last 30 days', async () => {
    const body = (await (await t.app.request('/api/admin/overview', admin())).json()) as { days: unknown[] };
    expect(body.days.length).toBeGreaterThanOrEqual(30);
    expect(body.days.length).toBeLessThanOrEqual(31);
  });
});

describe('GET /api/admin/feedback', () => {
  it('summarises helpful / not helpful per entry with the questions asked', async () => {
    const fb = (entryId: string, helpful: boolean, q: string | undefined, at: number, lang: 'id' | 'en' = 'id') =>
      logFeedback(t.store, { entryId, lang, helpful, q }, at);
    await fb('passport-new', false, 'paspor anak', T0);
    await fb('passport-new', false, 'paspor anak hp 0812-3456-7890', T0 + 1);
    await fb('passport-new', true, undefined, T0 + 2);
    await fb('office-hours', true, 'jam buka', T0 + 3);
    await fb('office-hours', true, 'opening hours', T0 + 4, 'en');
    const res = await t.app.request('/api/admin/feedback', admin());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entries: unknown[] };
    expect(body.entries).toEqual([
      { entryId: 'passport-new', lang: 'id', title: 'Syarat membuat paspor baru', helpful: 1, notHelpful: 2, questions: ['paspor anak hp [phone]', 'paspor anak'] },
      { entryId: 'office-hours', lang: 'en', title: 'Office opening hours', helpful: 1, notHelpful: 0, questions: ['opening hours'] },
      { entryId: 'office-hours', lang: 'id', title: 'Jam buka kantor imigrasi', helpful: 1, notHelpful: 0, questions: ['jam buka'] },
    ]);
    const en = (await (await t.app.request('/api/admin/feedback?lang=en', admin())).json()) as { entries: unknown[] };
    expect(en.entries).toHaveLength(1);
  });
});
