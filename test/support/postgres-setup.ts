/**
 * vitest global setup: finds the PostgreSQL the store tests also run against, once per run.
 * `TEST_DATABASE_URL` wins (`.ci/run` starts a cluster and sets it; `none` turns PostgreSQL off);
 * otherwise, when PostgreSQL is installed, a throwaway cluster lives for the run. Tests read the
 * URL with `inject('testDatabaseUrl')` (null: SQLite only) and why with `inject('postgresNote')`.
 */
import type { TestProject } from 'vitest/node';
import { DISABLED, findPostgresBin, startThrowawayPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string | null;
    postgresNote: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    const off = given === DISABLED;
    project.provide('testDatabaseUrl', off ? null : given);
    project.provide('postgresNote', off ? 'TEST_DATABASE_URL=none' : 'TEST_DATABASE_URL');
    return undefined;
  }
  if (!findPostgresBin()) {
    project.provide('testDatabaseUrl', null);
    project.provide('postgresNote', 'PostgreSQL is not installed and TEST_DATABASE_URL is unset');
    return undefined;
  }
  // Installed but failing to start is an error, not a skip: the suite would silently shrink.
  const cluster = await startThrowawayPostgres();
  project.provide('testDatabaseUrl', cluster.url);
  project.provide('postgresNote', 'a throwaway cluster');
  return () => cluster.stop();
}
