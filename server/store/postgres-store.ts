/**
 * The shared backend: the query log in PostgreSQL (`DATABASE_URL`), so that several stateless server
 * instances behind a load balancer keep one log. Same behaviour as SqliteStore, query for query:
 * the store contract suite runs against both. Tie-breaks compare with `COLLATE "C"` (byte order,
 * as SQLite does), so both backends list equal groups in the same order.
 */
import pg from 'pg';
import type { Lang } from '../../widget/search/types.js';
import type { Logger } from '../log.js';
import { currentPostgres, recordPostgres } from './auth-failures-sql.js';
import { eventWhere, NumberedParams } from './event-where.js';
import { InsertBatcher } from './postgres-batch.js';
import { migratePostgres } from './postgres-schema.js';
import { withTransaction } from './postgres-transaction.js';
import { toDayCount, toFeedbackSummary, toGroup, type DayRow, type FeedbackTallyRow, type GroupRow } from './summary-rows.js';
import type {
  AuthFailureCount,
  AuthFailureWindow,
  DailyFilter,
  DayCount,
  EventRange,
  FeedbackRow,
  FeedbackSummaryRow,
  GroupFilter,
  GroupStatus,
  PurgeResult,
  Reason,
  SearchRow,
  Store,
  UnansweredGroup,
  UnansweredRow,
} from './types.js';

export interface PostgresStoreOptions {
  /** Connections per instance (pg's pool); two instances use twice as many. */
  maxConnections?: number;
  log?: Logger;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly pool: pg.Pool;
  private readonly unanswered: InsertBatcher;
  private readonly feedback: InsertBatcher;
  private readonly searches: InsertBatcher;

  /** Connects (lazily) without migrating: use `PostgresStore.open()` unless the schema is known current. */
  constructor(url: string, options: PostgresStoreOptions = {}) {
    this.pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, connectionTimeoutMillis: 5000 });
    // An idle connection dropped by the server (restart, failover) must not crash the process: the
    // pool replaces it on next use.
    this.pool.on('error', (err) => options.log?.warn('database connection lost', { error: err.message }));
    this.unanswered = new InsertBatcher(this.pool, 'unanswered');
    this.feedback = new InsertBatcher(this.pool, 'feedback');
    this.searches = new InsertBatcher(this.pool, 'searches');
  }

  /** Connects and brings the schema up to date (under an advisory lock: instances may start together). */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(url, options);
    try {
      await migratePostgres(store.pool);
    } catch (err) {
      await store.pool.end();
      throw err;
    }
    return store;
  }

  addUnanswered(r: UnansweredRow): Promise<boolean> {
    return this.unanswered.add([r.eventId, r.at, r.lang, r.reason, r.query, r.norm, r.entryId, r.site]);
  }

  addFeedback(r: FeedbackRow): Promise<boolean> {
    return this.feedback.add([r.eventId, r.at, r.entryId, r.lang, r.helpful, r.query, r.norm]);
  }

  addSearch(r: SearchRow): Promise<boolean> {
    return this.searches.add([r.eventId, r.at, r.lang, r.answered, r.entryId]);
  }

  /** Reads see every write made before them, as with SQLite. */
  private async settle(): Promise<void> {
    await Promise.all([this.unanswered.settle(), this.feedback.settle(), this.searches.settle()]);
  }

  async unansweredGroups(filter: GroupFilter): Promise<UnansweredGroup[]> {
    await this.settle();
    const p = new NumberedParams();
    const inner = eventWhere(p, filter, filter.reason);
    const outer: string[] = [];
    if (filter.status) outer.push(`COALESCE(s.status, 'open') = ${p.add('status', filter.status)}`);
    if (filter.contains) outer.push(`strpos(g.norm, ${p.add('contains', filter.contains)}) > 0`);
    const { rows } = await this.pool.query<GroupRow & { langs: Lang[]; reasons: Reason[]; examples: string[] }>(
      `WITH f AS (SELECT * FROM unanswered ${inner}),
       g AS (SELECT norm, COUNT(*) AS n, MIN(at) AS first_seen, MAX(at) AS last_seen,
                    array_agg(DISTINCT lang ORDER BY lang) AS langs,
                    array_agg(DISTINCT reason ORDER BY reason) AS reasons
             FROM f GROUP BY norm),
       ex AS (SELECT norm, query, MAX(at) AS at FROM f GROUP BY norm, query),
       exr AS (SELECT norm, query, at,
                      ROW_NUMBER() OVER (PARTITION BY norm ORDER BY at DESC, query COLLATE "C") AS rn FROM ex)
       SELECT g.norm, g.n, g.first_seen, g.last_seen, g.langs, g.reasons,
              COALESCE(s.status, 'open') AS status, s.entry_id, s.at AS status_at,
              (SELECT array_agg(query ORDER BY rn) FROM exr WHERE exr.norm = g.norm AND rn <= 5) AS examples
       FROM g LEFT JOIN group_status s ON s.norm = g.norm
       ${outer.length ? `WHERE ${outer.join(' AND ')}` : ''}
       ORDER BY g.n DESC, g.last_seen DESC, g.norm COLLATE "C"
       LIMIT ${p.add('limit', filter.limit)}`,
      p.values,
    );
    // pg aggregates the lists into arrays already.
    return rows.map((r) => toGroup(r, r));
  }

  async hasGroup(norm: string): Promise<boolean> {
    await this.settle();
    const { rowCount } = await this.pool.query('SELECT 1 FROM unanswered WHERE norm = $1 LIMIT 1', [norm]);
    return rowCount === 1;
  }

  async setGroupStatus(norm: string, status: GroupStatus, entryId: string | null, at: number): Promise<boolean> {
    await this.settle();
    // One statement: the existence check and the upsert cannot be split by another instance's delete.
    const { rowCount } = await this.pool.query(
      `INSERT INTO group_status (norm, status, entry_id, at)
       SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM unanswered WHERE norm = $1)
       ON CONFLICT (norm) DO UPDATE SET status = excluded.status, entry_id = excluded.entry_id, at = excluded.at`,
      [norm, status, entryId, at],
    );
    return rowCount === 1;
  }

  async deleteGroup(norm: string, at: number): Promise<number> {
    await this.settle();
    return withTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO deletions (event_id, at)
         SELECT event_id, $1 FROM unanswered WHERE norm = $2 AND event_id IS NOT NULL
         ON CONFLICT (event_id) DO NOTHING`,
        [at, norm],
      );
      const deleted = await client.query('DELETE FROM unanswered WHERE norm = $1', [norm]);
      await client.query('DELETE FROM group_status WHERE norm = $1', [norm]);
      return deleted.rowCount ?? 0;
    });
  }

  async feedbackSummary(filter: EventRange): Promise<FeedbackSummaryRow[]> {
    await this.settle();
    const p = new NumberedParams();
    const { rows } = await this.pool.query<FeedbackTallyRow & { questions: string[] | null }>(
      `WITH f AS (SELECT * FROM feedback ${eventWhere(p, filter)}),
       q AS (SELECT entry_id, lang, query, MAX(at) AS at FROM f
             WHERE query IS NOT NULL AND query <> '' GROUP BY entry_id, lang, query),
       qr AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY entry_id, lang ORDER BY at DESC, query COLLATE "C") AS rn FROM q)
       SELECT f.entry_id, f.lang, SUM(helpful::int) AS helpful, SUM(1 - helpful::int) AS not_helpful,
              (SELECT array_agg(query ORDER BY rn) FROM qr
                WHERE qr.entry_id = f.entry_id AND qr.lang = f.lang AND rn <= 5) AS questions
       FROM f GROUP BY f.entry_id, f.lang
       ORDER BY not_helpful DESC, helpful DESC, f.entry_id COLLATE "C", f.lang COLLATE "C"`,
      p.values,
    );
    return rows.map((r) => toFeedbackSummary(r, r.questions ?? []));
  }

  async dailyCounts(filter: DailyFilter): Promise<DayCount[]> {
    await this.settle();
    const p = new NumberedParams();
    const w = eventWhere(p, filter);
    const tz = p.add('tz', filter.tzOffsetMinutes);
    // Whole days since the epoch in integer arithmetic, as SQLite's strftime computes them.
    const day = `to_char(DATE '1970-01-01' + floor((at + ${tz}::bigint * 60000) / 86400000.0)::int, 'YYYY-MM-DD')`;
    const { rows } = await this.pool.query<DayRow>(
      `SELECT day, SUM(s) AS searches, SUM(a) AS answered, SUM(u) AS unanswered_events,
              SUM(h) AS helpful, SUM(nh) AS not_helpful
       FROM (
         SELECT ${day} AS day, 1 AS s, answered::int AS a, 0 AS u, 0 AS h, 0 AS nh FROM searches ${w}
         UNION ALL
         SELECT ${day}, 0, 0, 1, 0, 0 FROM unanswered ${w}
         UNION ALL
         SELECT ${day}, 0, 0, 0, helpful::int, 1 - helpful::int FROM feedback ${w}
       ) AS e
       GROUP BY day ORDER BY day`,
      p.values,
    );
    return rows.map(toDayCount);
  }

  async purge(before: number): Promise<PurgeResult> {
    await this.settle();
    return withTransaction(this.pool, async (client) => {
      const del = async (table: string) => (await client.query(`DELETE FROM ${table} WHERE at < $1`, [before])).rowCount ?? 0;
      const result = { unanswered: await del('unanswered'), feedback: await del('feedback'), searches: await del('searches') };
      await del('deletions');
      await client.query('DELETE FROM group_status s WHERE NOT EXISTS (SELECT 1 FROM unanswered u WHERE u.norm = s.norm)');
      return result;
    });
  }

  // Not batched like the events: each answer depends on the count the statement returns.
  recordAuthFailure(client: string, window: AuthFailureWindow): Promise<AuthFailureCount> {
    return recordPostgres(this.pool, client, window);
  }

  authFailures(client: string, at: number): Promise<AuthFailureCount | null> {
    return currentPostgres(this.pool, client, at);
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.pool.query('SELECT 1')).rowCount === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.pool.ended) return;
    await this.settle();
    await this.pool.end();
  }
}
