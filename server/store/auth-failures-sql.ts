/**
 * The wrong-admin-token counts (table `auth_failures`, schema.ts TABLES_V2) on both backends. The
 * count is one upsert, so two instances failing the same client at once both add: neither reads a
 * count and writes it back. Expired rows are deleted on write, a bounded batch at a time, so a
 * flood of addresses costs each wrong token a fixed amount of work and the table stays near the
 * clients seen within one window.
 */
import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { NamedParams, NumberedParams, type Params } from './event-where.js';
import type { AuthFailureCount, AuthFailureWindow } from './types.js';

/** Expired rows deleted per write: more than one, so they go faster than new clients arrive. */
export const CLEANUP_BATCH = 500;

interface CountRow {
  failures: number;
  ends_at: number | string;
}

// pg hands BIGINT back as a string.
const toCount = (r: CountRow): AuthFailureCount => ({ failures: Number(r.failures), endsAt: Number(r.ends_at) });

/**
 * A window that ended (`ends_at <= at`) starts again at one. The failure that reaches the limit
 * moves the end to a whole window from now: that is the lock-out. SET reads the row as it was.
 */
function upsertSql(p: Params, client: string, w: AuthFailureWindow): string {
  const at = p.add('at', w.at);
  const endsAt = p.add('endsAt', w.at + w.windowMs);
  const max = p.add('max', w.maxFailures);
  return `INSERT INTO auth_failures (client, failures, ends_at) VALUES (${p.add('client', client)}, 1, ${endsAt})
    ON CONFLICT (client) DO UPDATE SET
      failures = CASE WHEN auth_failures.ends_at <= ${at} THEN 1 ELSE auth_failures.failures + 1 END,
      ends_at = CASE WHEN auth_failures.ends_at <= ${at} OR auth_failures.failures + 1 = ${max}
                     THEN ${endsAt} ELSE auth_failures.ends_at END
    RETURNING failures, ends_at`;
}

const currentSql = (p: Params, client: string, at: number) =>
  `SELECT failures, ends_at FROM auth_failures WHERE client = ${p.add('client', client)} AND ends_at > ${p.add('at', at)}`;

export function recordSqlite(db: Database.Database, client: string, w: AuthFailureWindow): AuthFailureCount {
  const p = new NamedParams();
  const upsert = db.prepare(upsertSql(p, client, w));
  const cleanup = db.prepare(
    `DELETE FROM auth_failures WHERE client IN
       (SELECT client FROM auth_failures WHERE ends_at <= @at LIMIT ${CLEANUP_BATCH})`,
  );
  return db.transaction(() => {
    const row = toCount(upsert.get(p.values) as CountRow);
    cleanup.run({ at: w.at });
    return row;
  })();
}

export function currentSqlite(db: Database.Database, client: string, at: number): AuthFailureCount | null {
  const p = new NamedParams();
  const row = db.prepare(currentSql(p, client, at)).get(p.values) as CountRow | undefined;
  return row ? toCount(row) : null;
}

/**
 * One statement, one round trip. The cleanup skips rows another instance's cleanup or upsert holds
 * (SKIP LOCKED), so instances never wait on each other for it nor deadlock; it never touches this
 * client's row, which the upsert of the same statement may be resetting. The outer `ends_at` test
 * is checked again on a row an upsert changed meanwhile, so a row just reset is never deleted.
 */
export async function recordPostgres(pool: Pool, client: string, w: AuthFailureWindow): Promise<AuthFailureCount> {
  const p = new NumberedParams();
  const upsert = upsertSql(p, client, w);
  const at = p.add('at', w.at);
  const self = p.add('client', client);
  const { rows } = await pool.query<CountRow>(
    `WITH expired AS (
       DELETE FROM auth_failures WHERE ends_at <= ${at} AND client IN (
         SELECT client FROM auth_failures WHERE ends_at <= ${at} AND client <> ${self}
         LIMIT ${CLEANUP_BATCH} FOR UPDATE SKIP LOCKED))
     ${upsert}`,
    p.values,
  );
  return toCount(rows[0]!);
}

export async function currentPostgres(pool: Pool, client: string, at: number): Promise<AuthFailureCount | null> {
  const p = new NumberedParams();
  const { rows } = await pool.query<CountRow>(currentSql(p, client, at), p.values);
  return rows[0] ? toCount(rows[0]) : null;
}
