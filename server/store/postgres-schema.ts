/**
 * The query log's PostgreSQL schema and its migrations: the same tables as sqlite-schema.ts, in
 * PostgreSQL's types (times stay milliseconds since the epoch, as BIGINT, so both backends hold the
 * same values and `db:copy` moves them as they are).
 */
import type { Pool } from 'pg';

/**
 * Schema changes, applied in order; `schema_version` records how many ran. Append only: a released
 * step never changes, or databases already past it would differ from new ones.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE unanswered (
     id BIGSERIAL PRIMARY KEY,
     event_id TEXT UNIQUE,
     at BIGINT NOT NULL,
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
     id BIGSERIAL PRIMARY KEY,
     event_id TEXT UNIQUE,
     at BIGINT NOT NULL,
     entry_id TEXT NOT NULL,
     lang TEXT NOT NULL,
     helpful BOOLEAN NOT NULL,
     query TEXT,
     norm TEXT
   );
   CREATE INDEX feedback_at ON feedback (at);

   CREATE TABLE searches (
     id BIGSERIAL PRIMARY KEY,
     event_id TEXT UNIQUE,
     at BIGINT NOT NULL,
     lang TEXT NOT NULL,
     answered BOOLEAN NOT NULL,
     entry_id TEXT
   );
   CREATE INDEX searches_at ON searches (at);

   CREATE TABLE group_status (
     norm TEXT PRIMARY KEY,
     status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
     entry_id TEXT,
     at BIGINT NOT NULL
   );

   -- Event ids of deleted events: a widget retrying from its offline queue must not bring back
   -- what an admin deleted.
   CREATE TABLE deletions (
     event_id TEXT PRIMARY KEY,
     at BIGINT NOT NULL
   );`,
];

/** The event tables' columns as the batched inserts send them (`event_id` first), with their types. */
export const EVENT_COLUMNS = {
  unanswered: [['event_id', 'text'], ['at', 'bigint'], ['lang', 'text'], ['reason', 'text'], ['query', 'text'], ['norm', 'text'], ['entry_id', 'text'], ['site', 'text']],
  feedback: [['event_id', 'text'], ['at', 'bigint'], ['entry_id', 'text'], ['lang', 'text'], ['helpful', 'boolean'], ['query', 'text'], ['norm', 'text']],
  searches: [['event_id', 'text'], ['at', 'bigint'], ['lang', 'text'], ['answered', 'boolean'], ['entry_id', 'text']],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>;

export type EventTable = keyof typeof EVENT_COLUMNS;

/**
 * Held while migrating, so that two instances starting at once do not both create the tables: the
 * second waits, then finds nothing left to do. Any fixed 64-bit number works; this one spells "tanya".
 */
const MIGRATION_LOCK = 0x74616e7961;

/** Applies pending migrations under an advisory lock; returns the schema version reached. */
export async function migratePostgres(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const row = await client.query<{ version: number }>('SELECT version FROM schema_version');
      if (row.rowCount === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
      const current = row.rows[0]?.version ?? 0;
      if (current > PG_MIGRATIONS.length) {
        throw new Error(`database schema version ${current} is newer than this server (${PG_MIGRATIONS.length})`);
      }
      for (let v = current; v < PG_MIGRATIONS.length; v++) {
        await client.query('BEGIN');
        try {
          await client.query(PG_MIGRATIONS[v]!);
          await client.query('UPDATE schema_version SET version = $1', [v + 1]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
      }
      return PG_MIGRATIONS.length;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
