/**
 * End-to-end: the built pages and the real server (`server/main.ts`) driven in Debian's Chromium
 * through playwright-core. The global setup builds with vite, then starts the server on a free port
 * over a temp copy of content/ and a temp data folder; tests read where with `inject()`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // The second: a PostgreSQL for the multi-instance test (TEST_DATABASE_URL, or a throwaway cluster).
    globalSetup: ['test/e2e/global-setup.ts', 'test/support/postgres-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One server, one browser at a time: the files share the server's database.
    fileParallelism: false,
  },
});
