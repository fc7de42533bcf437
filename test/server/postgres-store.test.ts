/**
 * What only the PostgreSQL backend has: migrations under an advisory lock, a refused newer schema,
 * a health check that fails when the database is gone, `db:migrate`, and `db:copy` from a SQLite
 * log (idempotent, with counts). Runs whenever the run has a PostgreSQL (see postgres-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySqliteToPostgres } from '../../server/store/copy-to-postgres.js';
import { PG_MIGRATIONS } from '../../server/store/postgres-schema.js';
import { PostgresStore } from '../../server/store/postgres-store.js';
import { deleteGroup, listUnanswered, logFeedback, logSearch, logUnanswered, setGroupStatus } from '../../server/store/query-log.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { freshSchema } from '../support/postgres.js';
import { freePort } from '../support/server-process.js';
import { tempDir } from './helpers.js';
import { testDatabaseUrl } from './store-backends.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const url = testDatabaseUrl();
const T0 = Date.UTC(2024, 5, 1);

describe.skipIf(url === null)('PostgresStore', () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let sql: pg.Pool;
  const opened: Array<{ close(): Promise<void> }> = [];
  beforeEach(async () => {
    schema = await freshSchema(url!);
    sql = new pg.Pool({ connectionString: schema.url, max: 1 });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    await sql.end();
    await schema.drop();
  });
  const open = async () => {
    const store = await PostgresStore.open(schema.url, { maxConnections: 2 });
    opened.push(store);
    return store;
  };
  const count = async (table: string) => Number((await sql.query(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n);

  it('migrates once when several instances start at the same time', async () => {
    const stores = await Promise.all([open(), open(), open(), open()]);
    expect(stores).toHaveLength(4);
    expect((await sql.query('SELECT version FROM schema_version')).rows).toEqual([{ version: PG_MIGRATIONS.length }]);
    const tables = await sql.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1');
    expect(tables.rows.map((r) => r.tablename)).toEqual(['auth_failures', 'deletions', 'feedback', 'group_status', 'schema_version', 'searches', 'unanswered']);
  });

  it('reopens a database without migrating twice, keeping its rows', async () => {
    await logUnanswered(await open(), { q: 'paspor hilang', lang: 'id', reason: 'no-match' });
    await open();
    expect(await count('unanswered')).toBe(1);
  });

  it('refuses a database from a newer server', async () => {
    await open();
    await sql.query('UPDATE schema_version SET version = $1', [PG_MIGRATIONS.length + 1]);
    await expect(PostgresStore.open(schema.url)).rejects.toThrow(/newer than this server/);
  });

  it('fails its health check, and refuses events, when the database is unreachable', async () => {
    const gone = new PostgresStore(`postgres://tanya@127.0.0.1:${await freePort()}/postgres`);
    opened.push(gone);
    expect(await gone.ping()).toBe(false);
    await expect(gone.addSearch({ eventId: null, at: T0, lang: 'id', answered: true, entryId: null })).rejects.toThrow();
  });

  it('npm run db:migrate brings the schema up to date', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/db-migrate.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: schema.url },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/query log schema up to date: PostgreSQL at postgres:\/\/tanya@127\.0\.0\.1/);
    expect(run.status).toBe(0);
  });

  describe('db:copy from SQLite', () => {
    let dir: string;
    let file: string;
    beforeEach(async () => {
      dir = tempDir();
      file = join(dir, 'query-log.db');
      const lite = new SqliteStore(file);
      await logUnanswered(lite, { q: 'kitas hilang', lang: 'id', reason: 'no-match', eventId: 'copy-event-1' }, T0);
      await logUnanswered(lite, { q: 'kitas hilang', lang: 'id', reason: 'no-match' }, T0 + 1);
      await logUnanswered(lite, { q: 'Visa kerja?', lang: 'en', reason: 'not-helpful', entryId: 'visa-kerja', site: 'https://kanim.example.go.id/x' }, T0 + 2);
      await logUnanswered(lite, { q: 'dihapus', lang: 'id', reason: 'no-match', eventId: 'copy-deleted-1' }, T0 + 3);
      await deleteGroup(lite, 'dihapus', T0 + 4);
      await setGroupStatus(lite, 'kitas hilang', 'resolved', 'kitas', T0 + 5);
      await logFeedback(lite, { entryId: 'visa-kerja', lang: 'en', helpful: false, q: 'work visa' }, T0 + 6);
      await logSearch(lite, { lang: 'id', answered: true, eventId: 'copy-search-1' }, T0 + 7);
      await logSearch(lite, { lang: 'id', answered: false }, T0 + 8);
      await lite.close();
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('copies every table once, however often it runs, and the copy lists the same groups', async () => {
      const first = await copySqliteToPostgres(file, sql);
      expect(first).toEqual([
        { table: 'unanswered', read: 3, copied: 3, skipped: 0 },
        { table: 'feedback', read: 1, copied: 1, skipped: 0 },
        { table: 'searches', read: 2, copied: 2, skipped: 0 },
        { table: 'group_status', read: 1, copied: 1, skipped: 0 },
        { table: 'deletions', read: 1, copied: 1, skipped: 0 },
      ]);
      const second = await copySqliteToPostgres(file, sql);
      expect(second.map((c) => [c.table, c.copied, c.skipped])).toEqual([
        ['unanswered', 0, 3],
        ['feedback', 0, 1],
        ['searches', 0, 2],
        ['group_status', 0, 1],
        ['deletions', 0, 1],
      ]);
      const lite = new SqliteStore(file);
      try {
        expect(await listUnanswered(await open(), {})).toEqual(await listUnanswered(lite, {}));
        expect(await (await open()).feedbackSummary({})).toEqual(await lite.feedbackSummary({}));
      } finally {
        await lite.close();
      }
      // A widget's late retry of a deleted event stays deleted in PostgreSQL too.
      expect(await logUnanswered(await open(), { q: 'dihapus', lang: 'id', reason: 'no-match', eventId: 'copy-deleted-1' })).toBe(false);
    });

    it('npm run db:copy reports the counts, and nothing is doubled on a second run', () => {
      const copy = () =>
        spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/db-copy.ts', '--from', file, '--to', schema.url], { cwd: ROOT, encoding: 'utf8' });
      const first = copy();
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^unanswered\s+3\s+3\s+0$/m);
      const second = copy();
      expect(second.stdout).toMatch(/^unanswered\s+3\s+0\s+3$/m);
      expect(second.stdout).toMatch(/^searches\s+2\s+0\s+2$/m);
    });
  });
});
