/**
 * `db:copy`: moves an existing SQLite query log into PostgreSQL, idempotently. Events keep their
 * eventId, so a second run (or the same events arriving from the widgets' retries) adds nothing;
 * an event logged without one gets a stable id made from its file row, so it too is copied once.
 * All in one transaction: a failed copy leaves PostgreSQL as it was.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { insertEventsSql } from './postgres-batch.js';
import { migratePostgres } from './postgres-schema.js';
import { withTransaction } from './postgres-transaction.js';
import { EVENT_TABLES, eventColumns, type EventTable } from './schema.js';
import { MIGRATIONS } from './sqlite-schema.js';

export interface TableCount {
  table: string;
  /** Rows in the SQLite file. */
  read: number;
  /** Rows added (or, for group statuses, updated to a newer status). */
  copied: number;
  /** Rows PostgreSQL already had. */
  skipped: number;
}

const CHUNK = 1000;

/**
 * The id for an event logged without one: its table, file row and a hash of its content, so two
 * SQLite files (two former instances) never collide. The ":" cannot occur in a widget's eventId.
 */
function stableId(table: string, row: Record<string, unknown>): string {
  const hash = createHash('sha256').update(JSON.stringify([table, row])).digest('base64url').slice(0, 16);
  return `copy:${table}:${String(row.id)}:${hash}`;
}

async function copyEvents(sqlite: Database.Database, client: PoolClient, table: EventTable): Promise<TableCount> {
  const columns = eventColumns(table);
  const sql = insertEventsSql(table);
  const count: TableCount = { table, read: 0, copied: 0, skipped: 0 };
  let chunk: Record<string, unknown>[] = [];
  const send = async () => {
    if (chunk.length === 0) return;
    const arrays = columns.map(({ name, kind }) =>
      chunk.map((row) => {
        if (name === 'event_id') return row.event_id ?? stableId(table, row);
        // SQLite stores yes/no as 1/0.
        return kind === 'flag' ? row[name] === 1 : row[name];
      }),
    );
    const inserted = (await client.query(sql, arrays)).rowCount ?? 0;
    count.copied += inserted;
    count.skipped += chunk.length - inserted;
    chunk = [];
  };
  for (const row of sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).iterate() as Iterable<Record<string, unknown>>) {
    count.read++;
    chunk.push(row);
    if (chunk.length === CHUNK) await send();
  }
  await send();
  return count;
}

async function copyGroupStatuses(sqlite: Database.Database, client: PoolClient): Promise<TableCount> {
  const rows = sqlite.prepare('SELECT norm, status, entry_id, at FROM group_status').all() as Array<Record<string, unknown>>;
  let copied = 0;
  for (const r of rows) {
    // The later decision wins, so copying an old file over a live log does not reopen groups.
    const res = await client.query(
      `INSERT INTO group_status (norm, status, entry_id, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (norm) DO UPDATE SET status = excluded.status, entry_id = excluded.entry_id, at = excluded.at
       WHERE group_status.at < excluded.at`,
      [r.norm, r.status, r.entry_id, r.at],
    );
    copied += res.rowCount ?? 0;
  }
  return { table: 'group_status', read: rows.length, copied, skipped: rows.length - copied };
}

async function copyDeletions(sqlite: Database.Database, client: PoolClient): Promise<TableCount> {
  const rows = sqlite.prepare('SELECT event_id, at FROM deletions').all() as Array<{ event_id: string; at: number }>;
  const res = await client.query(
    `INSERT INTO deletions (event_id, at) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT (event_id) DO NOTHING`,
    [rows.map((r) => r.event_id), rows.map((r) => r.at)],
  );
  const copied = res.rowCount ?? 0;
  return { table: 'deletions', read: rows.length, copied, skipped: rows.length - copied };
}

/** Copies every table of the SQLite file into the database behind `pool` (migrated first). */
export async function copySqliteToPostgres(sqliteFile: string, pool: Pool): Promise<TableCount[]> {
  const sqlite = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > MIGRATIONS.length) {
      throw new Error(`${sqliteFile} is not a query log this version can read (schema version ${version})`);
    }
    await migratePostgres(pool);
    return await withTransaction(pool, async (client) => {
      // Deletions first: an event deleted in the file must not be copied as live.
      const deletions = await copyDeletions(sqlite, client);
      const counts: TableCount[] = [];
      for (const table of EVENT_TABLES) counts.push(await copyEvents(sqlite, client, table));
      counts.push(await copyGroupStatuses(sqlite, client), deletions);
      return counts;
    });
  } finally {
    sqlite.close();
  }
}
