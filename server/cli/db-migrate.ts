/**
 * `npm run db:migrate`: brings the query log's schema up to date without starting the server, for
 * deploys that migrate as a separate step. PostgreSQL when `DATABASE_URL` is set, else the SQLite
 * file in `DATA_DIR`. The server does the same at start-up; both are safe to run at once (an
 * advisory lock in PostgreSQL, SQLite's own locking for the file).
 */
import { join, resolve } from 'node:path';
import { openStore, redactUrl } from '../store/open-store.js';

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = resolve(process.env.DATA_DIR || './data');
const where = databaseUrl ? `PostgreSQL at ${redactUrl(databaseUrl)}` : `SQLite at ${join(dataDir, 'query-log.db')}`;
try {
  const store = await openStore({ dataDir, databaseUrl });
  await store.close();
  console.log(`query log schema up to date: ${where}`);
} catch (err) {
  console.error(`db:migrate failed for ${where}: ${(err as Error).message}`);
  process.exitCode = 1;
}
