/** The query log's PostgreSQL schema and its migrations: the tables of schema.ts, in PostgreSQL's types. */
import type { Pool } from 'pg';
import { inTransaction } from './postgres-transaction.js';
import { createTablesSql, EVENT_TABLES, eventColumns, TABLES_V1, TABLES_V2, type ColumnKind, type Dialect, type EventTable } from './schema.js';

export type { EventTable } from './schema.js';

const POSTGRES: Dialect = {
  types: { id: 'BIGSERIAL PRIMARY KEY', text: 'TEXT', time: 'BIGINT', flag: 'BOOLEAN', count: 'INTEGER' },
  textKeySuffix: '',
};

/** The element types of the arrays a batched insert sends per column (`$1::text[]`). */
const ARRAY_TYPES: Record<ColumnKind, string> = { id: 'bigint', text: 'text', time: 'bigint', flag: 'boolean', count: 'integer' };

/**
 * Schema changes, applied in order; `schema_version` records how many ran. Append only: a released
 * step never changes, or databases already past it would differ from new ones.
 */
export const PG_MIGRATIONS: readonly string[] = [createTablesSql(TABLES_V1, POSTGRES), createTablesSql(TABLES_V2, POSTGRES)];

/** The event tables' columns as the batched inserts send them (`event_id` first), with their types. */
export const EVENT_COLUMNS: Readonly<Record<EventTable, ReadonlyArray<readonly [name: string, type: string]>>> = Object.fromEntries(
  EVENT_TABLES.map((table) => [table, eventColumns(table).map((c) => [c.name, ARRAY_TYPES[c.kind]] as const)]),
) as Record<EventTable, Array<readonly [string, string]>>;

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
        await inTransaction(client, async () => {
          await client.query(PG_MIGRATIONS[v]!);
          await client.query('UPDATE schema_version SET version = $1', [v + 1]);
        });
      }
      return PG_MIGRATIONS.length;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
