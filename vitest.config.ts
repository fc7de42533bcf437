import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts', 'test/build/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn tsx, which compiles on start; a cold machine needs more than the 5 s default.
    testTimeout: 20_000,
  },
});
