import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // the same environment on a CI runner and in a terminal: see test/environment.ts
    setupFiles: ['test/environment.ts'],
    // rebuilds a stale command line before the tests, and fails a run that leaves a file or a
    // process behind: see test/global-setup.ts
    globalSetup: ['test/global-setup.ts'],
  },
});
