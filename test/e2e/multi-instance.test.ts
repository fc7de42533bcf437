/**
 * Several instances, one truth: two real server processes (`server/main.ts`, as `npm start` runs
 * it) on one PostgreSQL, spoken to over HTTP as if through one proxy (TRUST_PROXY=1, so a test can
 * name the client in X-Forwarded-For). A retry through the other instance is counted once, admins
 * see the same groups on both, a resolve on one shows on the other, wrong admin tokens sent to one
 * lock the client out on both, both serve the same bundle version, and a `kill -9` mid-stream
 * loses no acknowledged event.
 * Skipped (with the reason) only when this run has no PostgreSQL; `.ci/run` always provides one.
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { PG_MIGRATIONS } from '../../server/store/postgres-schema.js';
import { freshSchema } from '../support/postgres.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';

const databaseUrl = inject('testDatabaseUrl');
const TOKEN = `multi-${randomUUID()}`;

describe.skipIf(databaseUrl === null)(`two instances on one PostgreSQL (${inject('postgresNote')})`, () => {
  let tmp: string;
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let a: RunningServer;
  let b: RunningServer;
  let db: pg.Client;

  const start = async (name: string, contentDir?: string) =>
    startServer({
      port: await freePort(),
      dataDir: join(tmp, name),
      contentDir,
      adminToken: TOKEN,
      databaseUrl: schema.url,
      env: { TRUST_PROXY: '1' },
    });

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'tanya-multi-'));
    schema = await freshSchema(databaseUrl!);
    // B serves its own copy of the content, as a second deploy would.
    const copy = join(tmp, 'content-b');
    await cp(resolve(import.meta.dirname, '../../content'), copy, { recursive: true });
    // Started together on an empty schema: the migration lock lets exactly one create the tables.
    [a, b] = await Promise.all([start('a'), start('b', copy)]);
    db = new pg.Client({ connectionString: schema.url });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.end();
    await schema?.drop();
    await rm(tmp, { recursive: true, force: true });
  });

  const post = (server: RunningServer, body: unknown) =>
    fetch(`${server.baseUrl}/api/unanswered`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const adminGet = async (server: RunningServer, path: string) => {
    const res = await fetch(`${server.baseUrl}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    return res.json() as Promise<{ groups: Array<{ query: string; count: number; status: string; entryId: string | null }> }>;
  };
  const adminPost = (server: RunningServer, path: string, body: unknown) =>
    fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('both report the shared PostgreSQL store as healthy', async () => {
    for (const s of [a, b]) {
      expect(await (await fetch(`${s.baseUrl}/api/health`)).json()).toMatchObject({ ok: true, db: 'ok' });
      const details = await fetch(`${s.baseUrl}/api/admin/health`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(await details.json()).toMatchObject({ ok: true, db: 'ok', store: 'postgres' });
    }
    expect((await db.query('SELECT version FROM schema_version')).rows).toEqual([{ version: PG_MIGRATIONS.length }]);
  });

  it('serves the same bundle version and ETag from the same content, so a revalidation may reach either', async () => {
    const [ra, rb] = await Promise.all([fetch(`${a.baseUrl}/api/content/id`), fetch(`${b.baseUrl}/api/content/id`)]);
    const etag = ra.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(rb.headers.get('etag')).toBe(etag);
    expect(((await ra.json()) as { version: string }).version).toBe(((await rb.json()) as { version: string }).version);
    expect((await fetch(`${b.baseUrl}/api/content/id`, { headers: { 'If-None-Match': etag! } })).status).toBe(304);
  });

  it('counts an event sent through one and retried through the other once, and both admins see it', async () => {
    const event = { q: 'bagaimana perpanjang kitas lewat dua server', lang: 'id', reason: 'no-match', eventId: randomUUID() };
    expect((await post(a, event)).status).toBe(202);
    expect((await post(b, event)).status).toBe(202);
    const [onA, onB] = await Promise.all([adminGet(a, '/api/admin/unanswered'), adminGet(b, '/api/admin/unanswered')]);
    expect(onB).toEqual(onA);
    expect(onA.groups.find((g) => g.query.includes('dua server'))).toMatchObject({ count: 1, status: 'open' });
  });

  it('shows a group resolved on one instance as resolved on the other, and reopened back', async () => {
    await post(a, { q: 'visa pelajar untuk kursus bahasa', lang: 'id', reason: 'no-match', eventId: randomUUID() });
    const { groups } = await adminGet(b, '/api/admin/unanswered?status=open');
    const key = groups.find((g) => g.query.includes('kursus bahasa'))!.query;
    expect((await adminPost(a, '/api/admin/unanswered/resolve', { query: key })).status).toBe(200);
    expect((await adminGet(b, '/api/admin/unanswered?status=resolved')).groups.map((g) => g.query)).toContain(key);
    expect((await adminPost(b, '/api/admin/unanswered/reopen', { query: key })).status).toBe(200);
    expect((await adminGet(a, '/api/admin/unanswered?status=open')).groups.map((g) => g.query)).toContain(key);
  });

  it('locks a client out on both instances, whichever got its wrong tokens, and logs each lock-out once', async () => {
    const unanswered = (server: RunningServer, client: string, token: string) =>
      fetch(`${server.baseUrl}/api/admin/unanswered`, { headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': client } });
    // Ten wrong tokens to A: B refuses that client too, even its right token.
    for (let i = 0; i < 10; i++) expect((await unanswered(a, '198.51.100.7', `wrong-${i}`)).status, `guess ${i + 1}`).toBe(401);
    const onB = await unanswered(b, '198.51.100.7', TOKEN);
    expect(onB.status).toBe(429);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(onB.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Sending the guesses round the instances gains nothing: the tenth, whichever gets it, locks out.
    for (let i = 0; i < 10; i++) expect((await unanswered(i % 2 ? b : a, '203.0.113.9', `wrong-${i}`)).status, `guess ${i + 1}`).toBe(401);
    for (const s of [a, b]) expect((await unanswered(s, '203.0.113.9', `wrong-again`)).status).toBe(429);
    // Someone else is not affected.
    for (const s of [a, b]) expect((await unanswered(s, '192.0.2.44', TOKEN)).status).toBe(200);

    const lockOuts = () =>
      [a, b].flatMap((s) => s.output().split('\n')).filter((l) => l.includes('"msg":"admin authentication locked out"'));
    await vi.waitFor(() => expect(lockOuts()).toHaveLength(2));
    expect(lockOuts().map((l) => (JSON.parse(l) as { client: string }).client).sort()).toEqual(['198.51.100.7', '203.0.113.9']);
  });

  it('loses no acknowledged event when one instance is killed with SIGKILL mid-stream', async () => {
    const sent: string[] = [];
    const acked: string[] = [];
    let killed = false;
    // Eight widgets sending as fast as they can; once 150 events are acknowledged, A dies at once.
    const sender = async () => {
      while (!killed) {
        const eventId = randomUUID();
        sent.push(eventId);
        try {
          const res = await post(a, { q: 'antrian paspor penuh terus', lang: 'id', reason: 'no-match', eventId });
          if (res.status === 202) acked.push(eventId);
        } catch {
          // The connection died with the process: not acknowledged, so the widget would retry.
        }
        if (acked.length >= 150 && !killed) {
          killed = true;
          await a.stop('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, sender));
    expect(acked.length).toBeGreaterThanOrEqual(150);

    const stored = async (ids: string[]) =>
      new Set((await db.query<{ event_id: string }>('SELECT event_id FROM unanswered WHERE event_id = ANY($1)', [ids])).rows.map((r) => r.event_id));
    const afterKill = await stored(acked);
    expect(acked.filter((id) => !afterKill.has(id))).toEqual([]);

    // The widgets retry what was not acknowledged, now through B; nothing is doubled.
    const unacked = sent.filter((id) => !acked.includes(id));
    for (const eventId of unacked) {
      expect((await post(b, { q: 'antrian paspor penuh terus', lang: 'id', reason: 'no-match', eventId })).status).toBe(202);
    }
    expect((await stored(sent)).size).toBe(sent.length);
    const group = (await adminGet(b, '/api/admin/unanswered?q=antrian')).groups[0];
    expect(group?.count).toBe(sent.length);
  });
});
