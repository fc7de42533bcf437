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
  /** Closes the store and removes its file or schema. */
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
    return {
      store,
      async dispose() {
        await store.close();
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
      return {
        store,
        async dispose() {
          await store.close();
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
