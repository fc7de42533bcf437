/** Transactions on PostgreSQL: one place that pairs BEGIN with COMMIT or ROLLBACK. */
import type { Pool, PoolClient } from 'pg';

/** Runs `work` between BEGIN and COMMIT on `client`; rolls back and rethrows if it fails. */
export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // The error that made the work fail is the one to report, not a failed ROLLBACK on a lost connection.
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Runs `work` in one transaction on a connection of its own from `pool`. */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await inTransaction(client, () => work(client));
  } finally {
    client.release();
  }
}
