/** The embedded default backend: one SQLite file (better-sqlite3, WAL) in `DATA_DIR`. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../../widget/search/types.js';
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
  SearchRow,
  Store,
  UnansweredGroup,
  UnansweredRow,
} from './types.js';
import { currentSqlite, recordSqlite } from './auth-failures-sql.js';
import { eventWhere, NamedParams } from './event-where.js';
import { migrate } from './sqlite-schema.js';
import { toDayCount, toFeedbackSummary, toGroup, type DayRow, type FeedbackTallyRow, type GroupRow } from './summary-rows.js';

export { MIGRATIONS, migrate } from './sqlite-schema.js';

/** GROUP_CONCAT's comma-separated distinct values, sorted (pg's array_agg sorts them in SQL). */
const sortedList = <T extends string>(csv: string | null): T[] => (csv ? (csv.split(',').sort() as T[]) : []);

interface PendingWrite {
  stmt: Database.Statement;
  params: Record<string, unknown>;
  resolve: (inserted: boolean) => void;
  reject: (err: unknown) => void;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  private readonly insertUnanswered: Database.Statement;
  private readonly insertFeedback: Database.Statement;
  private readonly insertSearch: Database.Statement;
  /** Made once: building a transaction function costs a measurable share of a busy flush. */
  private readonly insertBatch: (batch: PendingWrite[]) => boolean[];
  /**
   * Event inserts waiting for the next turn of the event loop. A commit costs far more than an
   * insert (a WAL write per transaction), so under load the events of one turn share a commit;
   * alone, an event waits less than a millisecond. Reads flush first, so they see every write.
   */
  private pending: PendingWrite[] = [];
  private flushScheduled = false;

  /** Opens (creating if needed) the database file and brings its schema up to date. */
  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses at most the last commits on power loss, never consistency:
    // right for a log of anonymous questions, and it keeps each insert off the fsync path.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Checkpoints are where NORMAL syncs to disk, and they run inside whichever commit crosses the
    // limit, blocking the event loop. 10 000 pages (~40 MB of WAL) instead of 1 000 makes them
    // ten times rarer under a burst of events; the WAL is folded back on close in any case.
    this.db.pragma('wal_autocheckpoint = 10000');
    migrate(this.db);

    const notDeleted = 'WHERE NOT EXISTS (SELECT 1 FROM deletions WHERE event_id = @eventId)';
    this.insertUnanswered = this.db.prepare(
      `INSERT OR IGNORE INTO unanswered (event_id, at, lang, reason, query, norm, entry_id, site)
       SELECT @eventId, @at, @lang, @reason, @query, @norm, @entryId, @site ${notDeleted}`,
    );
    this.insertFeedback = this.db.prepare(
      `INSERT OR IGNORE INTO feedback (event_id, at, entry_id, lang, helpful, query, norm)
       SELECT @eventId, @at, @entryId, @lang, @helpful, @query, @norm ${notDeleted}`,
    );
    this.insertSearch = this.db.prepare(
      `INSERT OR IGNORE INTO searches (event_id, at, lang, answered, entry_id)
       SELECT @eventId, @at, @lang, @answered, @entryId ${notDeleted}`,
    );
    this.insertBatch = this.db.transaction((batch: PendingWrite[]) => batch.map((w) => w.stmt.run(w.params).changes === 1));
  }

  private write(stmt: Database.Statement, params: Record<string, unknown>): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pending.push({ stmt, params, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // setImmediate, not a microtask: requests already read from their sockets join this batch.
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits queued event inserts now, in one transaction. */
  flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let inserted: boolean[];
    try {
      inserted = this.insertBatch(batch);
    } catch (err) {
      // Only systemic failures get here (disk full, database closed): OR IGNORE absorbs duplicates.
      for (const w of batch) w.reject(err);
      return;
    }
    batch.forEach((w, i) => w.resolve(inserted[i]!));
  }

  addUnanswered(row: UnansweredRow): Promise<boolean> {
    return this.write(this.insertUnanswered, { ...row });
  }

  addFeedback(row: FeedbackRow): Promise<boolean> {
    return this.write(this.insertFeedback, { ...row, helpful: row.helpful ? 1 : 0 });
  }

  addSearch(row: SearchRow): Promise<boolean> {
    return this.write(this.insertSearch, { ...row, answered: row.answered ? 1 : 0 });
  }

  async unansweredGroups(filter: GroupFilter): Promise<UnansweredGroup[]> {
    this.flush();
    const p = new NamedParams();
    const inner = eventWhere(p, filter, filter.reason);
    const outer: string[] = [];
    if (filter.status) outer.push(`COALESCE(s.status, 'open') = ${p.add('status', filter.status)}`);
    // instr, not LIKE: the key is plain [a-z0-9 ] text and LIKE would need its wildcards escaped.
    if (filter.contains) outer.push(`instr(g.norm, ${p.add('contains', filter.contains)}) > 0`);
    const rows = this.db
      .prepare(
        `WITH f AS (SELECT * FROM unanswered ${inner}),
         g AS (SELECT norm, COUNT(*) AS n, MIN(at) AS first_seen, MAX(at) AS last_seen,
                      GROUP_CONCAT(DISTINCT lang) AS langs, GROUP_CONCAT(DISTINCT reason) AS reasons
               FROM f GROUP BY norm),
         ex AS (SELECT norm, query, MAX(at) AS at FROM f GROUP BY norm, query),
         exr AS (SELECT norm, query, at, ROW_NUMBER() OVER (PARTITION BY norm ORDER BY at DESC, query) AS rn FROM ex)
         SELECT g.norm, g.n, g.first_seen, g.last_seen, g.langs, g.reasons,
                COALESCE(s.status, 'open') AS status, s.entry_id, s.at AS status_at,
                (SELECT json_group_array(query ORDER BY rn) FROM exr
                  WHERE exr.norm = g.norm AND rn <= 5) AS examples
         FROM g LEFT JOIN group_status s ON s.norm = g.norm
         ${outer.length ? `WHERE ${outer.join(' AND ')}` : ''}
         ORDER BY g.n DESC, g.last_seen DESC, g.norm
         LIMIT ${p.add('limit', filter.limit)}`,
      )
      .all(p.values) as Array<GroupRow & { langs: string; reasons: string; examples: string }>;
    return rows.map((r) =>
      toGroup(r, { langs: sortedList(r.langs), reasons: sortedList(r.reasons), examples: JSON.parse(r.examples) as string[] }),
    );
  }

  async hasGroup(norm: string): Promise<boolean> {
    this.flush();
    return this.db.prepare('SELECT 1 FROM unanswered WHERE norm = ? LIMIT 1').get(norm) !== undefined;
  }

  async setGroupStatus(norm: string, status: GroupStatus, entryId: string | null, at: number): Promise<boolean> {
    this.flush();
    return this.db.transaction(() => {
      if (this.db.prepare('SELECT 1 FROM unanswered WHERE norm = ? LIMIT 1').get(norm) === undefined) return false;
      this.db
        .prepare(
          `INSERT INTO group_status (norm, status, entry_id, at) VALUES (?, ?, ?, ?)
           ON CONFLICT (norm) DO UPDATE SET status = excluded.status, entry_id = excluded.entry_id, at = excluded.at`,
        )
        .run(norm, status, entryId, at);
      return true;
    })();
  }

  async deleteGroup(norm: string, at: number): Promise<number> {
    this.flush();
    return this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT OR IGNORE INTO deletions (event_id, at)
           SELECT event_id, ? FROM unanswered WHERE norm = ? AND event_id IS NOT NULL`,
        )
        .run(at, norm);
      const deleted = this.db.prepare('DELETE FROM unanswered WHERE norm = ?').run(norm).changes;
      this.db.prepare('DELETE FROM group_status WHERE norm = ?').run(norm);
      return deleted;
    })();
  }

  async feedbackSummary(filter: EventRange): Promise<FeedbackSummaryRow[]> {
    this.flush();
    const p = new NamedParams();
    const rows = this.db
      .prepare(
        `WITH f AS (SELECT * FROM feedback ${eventWhere(p, filter)}),
         q AS (SELECT entry_id, lang, query, MAX(at) AS at FROM f
               WHERE query IS NOT NULL AND query <> '' GROUP BY entry_id, lang, query),
         qr AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY entry_id, lang ORDER BY at DESC, query) AS rn FROM q)
         SELECT f.entry_id, f.lang, SUM(helpful) AS helpful, SUM(1 - helpful) AS not_helpful,
                (SELECT json_group_array(query ORDER BY rn) FROM qr
                  WHERE qr.entry_id = f.entry_id AND qr.lang = f.lang AND rn <= 5) AS questions
         FROM f GROUP BY f.entry_id, f.lang
         ORDER BY not_helpful DESC, helpful DESC, f.entry_id, f.lang`,
      )
      .all(p.values) as Array<FeedbackTallyRow & { questions: string }>;
    return rows.map((r) => toFeedbackSummary(r, JSON.parse(r.questions) as string[]));
  }

  async dailyCounts(filter: DailyFilter): Promise<DayCount[]> {
    this.flush();
    const p = new NamedParams();
    const w = eventWhere(p, filter);
    const day = `strftime('%Y-%m-%d', (at + ${p.add('tz', filter.tzOffsetMinutes)} * 60000) / 1000, 'unixepoch')`;
    const rows = this.db
      .prepare(
        `SELECT day, SUM(s) AS searches, SUM(a) AS answered, SUM(u) AS unanswered_events,
                SUM(h) AS helpful, SUM(nh) AS not_helpful
         FROM (
           SELECT ${day} AS day, 1 AS s, answered AS a, 0 AS u, 0 AS h, 0 AS nh FROM searches ${w}
           UNION ALL
           SELECT ${day}, 0, 0, 1, 0, 0 FROM unanswered ${w}
           UNION ALL
           SELECT ${day}, 0, 0, 0, helpful, 1 - helpful FROM feedback ${w}
         )
         GROUP BY day ORDER BY day`,
      )
      .all(p.values) as DayRow[];
    return rows.map(toDayCount);
  }

  async purge(before: number): Promise<PurgeResult> {
    this.flush();
    return this.db.transaction(() => {
      const del = (table: string) => this.db.prepare(`DELETE FROM ${table} WHERE at < ?`).run(before).changes;
      const result = { unanswered: del('unanswered'), feedback: del('feedback'), searches: del('searches') };
      del('deletions');
      this.db.prepare('DELETE FROM group_status WHERE norm NOT IN (SELECT norm FROM unanswered)').run();
      return result;
    })();
  }

  async recordAuthFailure(client: string, window: AuthFailureWindow): Promise<AuthFailureCount> {
    return recordSqlite(this.db, client, window);
  }

  async authFailures(client: string, at: number): Promise<AuthFailureCount | null> {
    return currentSqlite(this.db, client, at);
  }

  async ping(): Promise<boolean> {
    try {
      return this.db.prepare('SELECT 1 AS ok').get() !== undefined;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.flush();
    // Fold the WAL back into the main file so a copied `query-log.db` alone is a full backup.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}

/** Opens the query log in `dataDir` (the file name is part of the backup instructions). */
export function openSqliteStore(dataDir: string): SqliteStore {
  return new SqliteStore(`${dataDir}/query-log.db`);
}
