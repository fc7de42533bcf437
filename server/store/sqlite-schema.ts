/** The query log's SQLite schema and its migrations. */
import type Database from 'better-sqlite3';

/**
 * Schema changes, applied in order; `PRAGMA user_version` records how many ran. Append only:
 * a released step never changes, or databases already past it would differ from new ones.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE unanswered (
     id INTEGER PRIMARY KEY,
     event_id TEXT UNIQUE,
     at INTEGER NOT NULL,
     lang TEXT NOT NULL,
     reason TEXT NOT NULL,
     query TEXT NOT NULL,
     norm TEXT NOT NULL,
     entry_id TEXT,
     site TEXT
   );
   CREATE INDEX unanswered_norm_at ON unanswered (norm, at);
   CREATE INDEX unanswered_at ON unanswered (at);

   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     event_id TEXT UNIQUE,
     at INTEGER NOT NULL,
     entry_id TEXT NOT NULL,
     lang TEXT NOT NULL,
     helpful INTEGER NOT NULL,
     query TEXT,
     norm TEXT
   );
   CREATE INDEX feedback_at ON feedback (at);

   CREATE TABLE searches (
     id INTEGER PRIMARY KEY,
     event_id TEXT UNIQUE,
     at INTEGER NOT NULL,
     lang TEXT NOT NULL,
     answered INTEGER NOT NULL,
     entry_id TEXT
   );
   CREATE INDEX searches_at ON searches (at);

   CREATE TABLE group_status (
     norm TEXT PRIMARY KEY,
     status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
     entry_id TEXT,
     at INTEGER NOT NULL
   ) WITHOUT ROWID;

   -- Event ids of deleted events: a widget retrying from its offline queue must not bring back
   -- what an admin deleted.
   CREATE TABLE deletions (
     event_id TEXT PRIMARY KEY,
     at INTEGER NOT NULL
   ) WITHOUT ROWID;`,
];

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
