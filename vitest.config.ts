import { defineConfig } from 'vitest/config';
import { LOCAL_SITE_URL } from './src/lib/site/address.ts';

// Two projects: fast unit tests beside their code, and site tests that share one real build.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/*.test.ts', 'src/{lib,cli,client,integrations,data}/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['src/test/**/*.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Every fixture build is local: without a site URL a production build stops (lib/site/address.ts).
          // Builds the tests start are production builds, as `npm run build`'s are: under Vitest's
          // NODE_ENV=test, Vite would build them with import.meta.env.DEV true.
          env: { SITE_URL: LOCAL_SITE_URL, NODE_ENV: 'production' },
        },
      },
    ],
  },
});
