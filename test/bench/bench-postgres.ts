/**
 * The PostgreSQL the server bench measures POST on: `BENCH_DATABASE_URL` or `TEST_DATABASE_URL`
 * (a fresh schema in it, dropped afterwards, so the bench never mixes with real rows), else a
 * throwaway cluster with fsync ON (real commits, like a production server) when PostgreSQL is
 * installed, else none, with the reason shown in the report.
 */
import { DISABLED, findPostgresBin, freshSchema, startThrowawayPostgres } from '../support/postgres.js';

export interface BenchPostgres {
  url: string | null;
  /** Where the figures come from, or why there are none. */
  note: string;
  release(): Promise<void>;
}

export async function benchPostgres(): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (given && given !== DISABLED) {
    const schema = await freshSchema(given);
    return { url: schema.url, note: 'the given database (BENCH_DATABASE_URL / TEST_DATABASE_URL), a fresh schema', release: () => schema.drop() };
  }
  if (given === DISABLED || !findPostgresBin()) {
    return { url: null, note: 'not measured: no PostgreSQL (set BENCH_DATABASE_URL or install postgresql)', release: async () => {} };
  }
  const cluster = await startThrowawayPostgres({ durable: true });
  return { url: cluster.url, note: 'a throwaway local cluster, fsync on, default settings', release: () => cluster.stop() };
}
