/**
 * Which backend holds the query log: PostgreSQL when `DATABASE_URL` is set (several instances share
 * it), else the embedded SQLite file in `DATA_DIR` (no set-up). Both are migrated on open.
 */
import type { Logger } from '../log.js';
import { PostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './types.js';

export interface StoreSettings {
  dataDir: string;
  databaseUrl?: string;
}

export async function openStore(settings: StoreSettings, log?: Logger): Promise<Store> {
  if (settings.databaseUrl) return PostgresStore.open(settings.databaseUrl, { log });
  return openSqliteStore(settings.dataDir);
}

/** The URL with its password masked, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
