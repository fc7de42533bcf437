/**
 * The backends every store contract test runs on: SQLite in a temp file always, and PostgreSQL
 * (a fresh schema in the run's database) whenever one is reachable; see test/support/postgres-setup.ts.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { PostgresStore } from '../../server/store/postgres-store.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import type { Store } from '../../server/store/types.js';
import { freshSchema } from '../support/postgres.js';
import { tempDir } from './helpers.js';

export interface OpenedStore {
  store: Store;
  /** Another store on the same data, as a second server instance (or process) would open it. */
  openAnother(): Promise<Store>;
  /** Rows in `table`, read behind the store's back. */
  countRows(table: string): Promise<number>;
  /** Closes the store (and any others opened) and removes its file or schema. */
  dispose(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<OpenedStore>;
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async open() {
    const dir = tempDir();
    const store = new SqliteStore(join(dir, 'query-log.db'));
    const others: SqliteStore[] = [];
    return {
      store,
      async openAnother() {
        const other = new SqliteStore(store.file);
        others.push(other);
        return other;
      },
      async countRows(table) {
        return store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
      },
      async dispose() {
        for (const s of [...others, store]) await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** The run's PostgreSQL URL, or null (with why in `postgresNote`). */
export const testDatabaseUrl = (): string | null => inject('testDatabaseUrl');
export const postgresNote = (): string => inject('postgresNote');

export function postgresBackend(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const schema = await freshSchema(url);
      const store = await PostgresStore.open(schema.url, { maxConnections: 4 });
      const others: PostgresStore[] = [];
      return {
        store,
        async openAnother() {
          const other = await PostgresStore.open(schema.url, { maxConnections: 4 });
          others.push(other);
          return other;
        },
        async countRows(table) {
          return Number((await store.pool.query(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n);
        },
        async dispose() {
          for (const s of [...others, store]) await s.close();
          await schema.drop();
        },
      };
    },
  };
}

/** SQLite, plus PostgreSQL when this run has one. */
export function backends(): Backend[] {
  const url = testDatabaseUrl();
  return url ? [sqliteBackend, postgresBackend(url)] : [sqliteBackend];
}
