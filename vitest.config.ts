import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts', 'test/build/**/*.test.ts'],
    environment: 'node',
    // A PostgreSQL for the store contract suite: TEST_DATABASE_URL, or a throwaway cluster when installed.
    globalSetup: ['test/support/postgres-setup.ts'],
    // CLI tests spawn tsx, which compiles on start; a cold machine needs more than the 5 s default.
    testTimeout: 20_000,
  },
});
