/** The query log's SQLite schema and its migrations. */
import type Database from 'better-sqlite3';
import { createTablesSql, TABLES_V1, TABLES_V2, type Dialect } from './schema.js';

// Row numbers are the table's rowid; a text-keyed table needs none.
const SQLITE: Dialect = {
  types: { id: 'INTEGER PRIMARY KEY', text: 'TEXT', time: 'INTEGER', flag: 'INTEGER', count: 'INTEGER' },
  textKeySuffix: ' WITHOUT ROWID',
};

/**
 * Schema changes, applied in order; `PRAGMA user_version` records how many ran. Append only:
 * a released step never changes, or databases already past it would differ from new ones.
 */
export const MIGRATIONS: readonly string[] = [createTablesSql(TABLES_V1, SQLITE), createTablesSql(TABLES_V2, SQLITE)];

/** Applies pending migrations; returns the schema version reached. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this server (${MIGRATIONS.length})`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
