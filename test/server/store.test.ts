import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../server/log.js';
import { logFeedback, logSearch, logUnanswered, purgeExpired, scheduleRetention, setGroupStatus } from '../../server/store/query-log.js';
import { MIGRATIONS, SqliteStore } from '../../server/store/sqlite-store.js';
import { tempDir } from './helpers.js';

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = tempDir();
  store = new SqliteStore(join(dir, 'data', 'query-log.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;

describe('SqliteStore', () => {
  it('creates the file in WAL mode with the schema at the latest version', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['auth_failures', 'deletions', 'feedback', 'group_status', 'searches', 'unanswered']);
  });

  it('reopens an existing file without migrating twice, keeping its rows', async () => {
    await logUnanswered(store, { q: 'paspor hilang', lang: 'id', reason: 'no-match' });
    await store.close();
    store = new SqliteStore(store.file);
    expect(store.db.prepare('SELECT COUNT(*) FROM unanswered').pluck().get()).toBe(1);
  });

  it('upgrades a database of the first schema version in place, keeping its rows', async () => {
    await store.close();
    const file = join(dir, 'v1.db');
    const v1 = new Database(file);
    v1.exec(MIGRATIONS[0]!);
    v1.pragma('user_version = 1');
    v1.prepare("INSERT INTO searches (event_id, at, lang, answered) VALUES ('kept', 1, 'id', 1)").run();
    v1.close();
    store = new SqliteStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(store.db.prepare('SELECT event_id FROM searches').pluck().all()).toEqual(['kept']);
    expect(await store.recordAuthFailure('a', { at: 0, windowMs: 60_000, maxFailures: 10 })).toEqual({ failures: 1, endsAt: 60_000 });
  });

  it('refuses a database from a newer server', async () => {
    await store.close();
    const db = new Database(store.file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => new SqliteStore(store.file)).toThrow(/newer than this server/);
    store = new SqliteStore(join(dir, 'other.db'));
  });

  it('purges events older than the retention period, and orphaned group statuses', async () => {
    const now = Date.UTC(2024, 11, 31);
    await logUnanswered(store, { q: 'lama sekali', lang: 'id', reason: 'no-match', eventId: 'old-event-1' }, now - 200 * DAY);
    await logUnanswered(store, { q: 'baru saja', lang: 'id', reason: 'no-match' }, now - 10 * DAY);
    await logFeedback(store, { entryId: 'a', lang: 'id', helpful: true }, now - 181 * DAY);
    await logSearch(store, { lang: 'en', answered: false }, now - 181 * DAY);
    await logSearch(store, { lang: 'en', answered: true }, now - 179 * DAY);
    await setGroupStatus(store, 'lama sekali', 'resolved', null, now - 100 * DAY);
    expect(await purgeExpired(store, 180, now)).toEqual({ unanswered: 1, feedback: 1, searches: 1 });
    expect(store.db.prepare('SELECT query FROM unanswered').pluck().all()).toEqual(['baru saja']);
    expect(store.db.prepare('SELECT COUNT(*) FROM group_status').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT COUNT(*) FROM searches').pluck().get()).toBe(1);
  });

  it('purges at start when scheduled, and logs what went', async () => {
    await logUnanswered(store, { q: 'lama', lang: 'id', reason: 'no-match' }, Date.now() - 400 * DAY);
    const log = memoryLogger();
    const stop = scheduleRetention(store, 180, log);
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(store.db.prepare('SELECT COUNT(*) FROM unanswered').pluck().get()).toBe(0);
    expect(log.lines).toMatchObject([{ msg: 'retention purge', unanswered: 1 }]);
  });
});
