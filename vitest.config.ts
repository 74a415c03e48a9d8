import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests beside their code, and site tests that share one real build.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/{lib,cli,client,integrations}/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['src/test/**/*.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
