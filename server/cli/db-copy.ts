/**
 * `npm run db:copy -- --to "$DATABASE_URL" [--from data/query-log.db]`: copies an instance's SQLite
 * query log into PostgreSQL before switching it to `DATABASE_URL`. Safe to run again (nothing is
 * doubled), e.g. once per former instance, or after events kept arriving at the old file.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { copySqliteToPostgres } from '../store/copy-to-postgres.js';
import { redactUrl } from '../store/open-store.js';
import { parseCommandLine } from './args.js';

const USAGE = 'usage: db:copy --to postgres://user:password@host:5432/db [--from DATA_DIR/query-log.db]';

async function main(): Promise<number> {
  const args = parseCommandLine(USAGE, {
    options: { to: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const to = values.to ?? process.env.DATABASE_URL;
  if (!to || !/^postgres(ql)?:\/\//.test(to)) {
    console.error(`--to must be a postgres:// URL (or set DATABASE_URL)\n${USAGE}`);
    return 2;
  }
  const from = resolve(values.from ?? join(process.env.DATA_DIR || './data', 'query-log.db'));
  if (!existsSync(from)) {
    console.error(`no SQLite query log at ${from} (give --from FILE)`);
    return 2;
  }

  const pool = new pg.Pool({ connectionString: to, max: 1 });
  try {
    const counts = await copySqliteToPostgres(from, pool);
    console.log(`copied ${from} → ${redactUrl(to)}`);
    console.log(`${'table'.padEnd(14)}${'in SQLite'.padStart(10)}${'copied'.padStart(10)}${'already there'.padStart(15)}`);
    for (const c of counts) {
      console.log(`${c.table.padEnd(14)}${String(c.read).padStart(10)}${String(c.copied).padStart(10)}${String(c.skipped).padStart(15)}`);
    }
    return 0;
  } catch (err) {
    console.error(`db:copy failed, nothing was written: ${(err as Error).message}`);
    return 1;
  } finally {
    await pool.end();
  }
}

process.exitCode = await main();
