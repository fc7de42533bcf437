/**
 * Event inserts batched per turn of the event loop, one multi-row INSERT per table, for PostgreSQL.
 * A commit is a network round trip and a WAL flush, so under load the events of one turn share
 * one; alone, an event waits less than a millisecond. Each caller's promise settles only once its
 * row's statement has committed (autocommit), which is what makes a 202 mean "stored".
 */
import type { Pool } from 'pg';
import { EVENT_COLUMNS, type EventTable } from './postgres-schema.js';

interface Pending {
  eventId: string | null;
  values: unknown[];
  resolve: (inserted: boolean) => void;
  reject: (err: unknown) => void;
}

/**
 * `INSERT … SELECT FROM unnest(…)` of rows given column by column (one array per column, in
 * EVENT_COLUMNS order): one statement and one parameter per column, whatever the batch size.
 * Returns the event ids inserted; `db:copy` uses it too.
 */
export function insertEventsSql(table: EventTable): string {
  const columns = EVENT_COLUMNS[table];
  const names = columns.map(([n]) => n).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  // The deletions check keeps a widget's retry of an event an admin deleted from bringing it back;
  // ON CONFLICT makes a retry (through this instance or another) a no-op.
  return `INSERT INTO ${table} (${names})
          SELECT ${names} FROM unnest(${arrays}) AS t(${names})
          WHERE t.event_id IS NULL OR NOT EXISTS (SELECT 1 FROM deletions d WHERE d.event_id = t.event_id)
          ON CONFLICT (event_id) DO NOTHING
          RETURNING event_id`;
}

export class InsertBatcher {
  private pending: Pending[] = [];
  private scheduled = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly sql: string;

  private readonly columns: number;

  constructor(
    private readonly pool: Pool,
    table: EventTable,
  ) {
    this.sql = insertEventsSql(table);
    this.columns = EVENT_COLUMNS[table].length;
  }

  /** Queues a row (values in EVENT_COLUMNS order, `event_id` first); true when it was new. */
  add(values: unknown[]): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pending.push({ eventId: values[0] as string | null, values, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate, not a microtask: requests already read from their sockets join this batch.
        setImmediate(() => this.flush());
      }
    });
  }

  /** Sends what is queued now; resolves once every insert sent so far has finished. */
  async settle(): Promise<void> {
    this.flush();
    await Promise.allSettled([...this.inFlight]);
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const arrays = Array.from({ length: this.columns }, (_, i) => batch.map((p) => p.values[i]));
    const done = this.pool.query<{ event_id: string | null }>(this.sql, arrays).then(
      (result) => {
        const inserted = new Set(result.rows.map((r) => r.event_id));
        // A retry inside the same batch: only its first copy counts as new.
        const seen = new Set<string>();
        for (const p of batch) {
          if (p.eventId === null) p.resolve(true);
          else {
            p.resolve(inserted.has(p.eventId) && !seen.has(p.eventId));
            seen.add(p.eventId);
          }
        }
      },
      // Only systemic failures get here (database unreachable, disk full): duplicates are absorbed.
      (err: unknown) => batch.forEach((p) => p.reject(err)),
    );
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
  }
}
