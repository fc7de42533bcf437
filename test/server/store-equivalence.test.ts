/**
 * Equal results on both backends: the same few hundred events, retries, resolves and deletes go
 * into a SQLite and a PostgreSQL store, and every admin view (groups with each filter, feedback,
 * overview, the CSV export) must come back identical, byte for byte through the real routes.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { ContentState } from '../../server/content/state.js';
import { memoryLogger } from '../../server/log.js';
import { deleteGroup, logFeedback, logSearch, logUnanswered, setGroupStatus } from '../../server/store/query-log.js';
import type { Store } from '../../server/store/types.js';
import { admin, FIXTURE, tempDir, testConfig } from './helpers.js';
import { postgresBackend, sqliteBackend, testDatabaseUrl, type OpenedStore } from './store-backends.js';

const url = testDatabaseUrl();
const T0 = Date.UTC(2024, 5, 1);
const HOUR = 3_600_000;

/** A small deterministic generator (mulberry32), so both stores get exactly the same history. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUESTIONS = ['Gmn bikin paspor?', 'gmn bikin PASPOR', 'visa on arrival berapa', 'kitas hilang', 'Kitas hilang!!', 'izin tinggal anak', 'paspor rusak kena air', 'e-visa ditolak', 'biaya paspor 350rb'];

async function feed(store: Store): Promise<void> {
  const rnd = random(12);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  for (let i = 0; i < 300; i++) {
    const at = T0 + Math.floor(rnd() * 72) * HOUR + i;
    const lang = rnd() < 0.7 ? 'id' : 'en';
    const eventId = rnd() < 0.8 ? `eq-${i}` : undefined;
    const q = pick(QUESTIONS);
    await logUnanswered(store, { q, lang, reason: rnd() < 0.8 ? 'no-match' : 'not-helpful', eventId }, at);
    if (eventId && rnd() < 0.2) await logUnanswered(store, { q, lang, reason: 'no-match', eventId }, at + 5);
    await logSearch(store, { lang, answered: rnd() < 0.6, eventId: `eq-search-${i}` }, at);
    if (rnd() < 0.3) await logFeedback(store, { entryId: pick(['paspor-baru', 'visa-on-arrival', 'kitas']), lang, helpful: rnd() < 0.5, q }, at);
  }
  await setGroupStatus(store, 'kitas hilang', 'resolved', 'kitas', T0 + 80 * HOUR);
  await setGroupStatus(store, 'izin tinggal anak', 'resolved', null, T0 + 81 * HOUR);
  await setGroupStatus(store, 'izin tinggal anak', 'open', null, T0 + 82 * HOUR);
  await deleteGroup(store, 'e-visa ditolak', T0 + 83 * HOUR);
}

const VIEWS = [
  '/api/admin/unanswered',
  '/api/admin/unanswered?status=resolved',
  '/api/admin/unanswered?status=open&lang=en',
  '/api/admin/unanswered?from=2024-06-02&to=2024-06-02&tz=420',
  '/api/admin/unanswered?q=paspor&limit=2',
  '/api/admin/unanswered?reason=not-helpful',
  '/api/admin/unanswered.csv',
  '/api/admin/unanswered.csv?lang=id',
  '/api/admin/feedback',
  '/api/admin/feedback?lang=en&from=2024-06-02',
  '/api/admin/overview?from=2024-06-01&to=2024-06-04',
  '/api/admin/overview?from=2024-06-01&to=2024-06-04&tz=420&lang=id',
];

describe.skipIf(url === null)('SQLite and PostgreSQL give equal results', () => {
  const dir = tempDir();
  let stores: OpenedStore[];
  let apps: ReturnType<typeof createApp>[];
  let content: ContentState;

  beforeAll(async () => {
    const config = testConfig(dir);
    cpSync(FIXTURE, config.contentDir, { recursive: true });
    content = await ContentState.open(config.contentDir, memoryLogger());
    stores = await Promise.all([sqliteBackend.open(), postgresBackend(url!).open()]);
    await Promise.all(stores.map((s) => feed(s.store)));
    apps = stores.map(({ store }) => createApp({ store, content, config, log: memoryLogger() }));
  });
  afterAll(async () => {
    content.unwatch();
    await Promise.all(stores.map((s) => s.dispose()));
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIEWS)('%s', async (path) => {
    const [lite, pg] = await Promise.all(apps.map(async (app) => {
      const res = await app.request(path, admin());
      expect(res.status).toBe(200);
      return res.text();
    }));
    expect(lite.length).toBeGreaterThan(20);
    expect(pg).toBe(lite);
  });
});
