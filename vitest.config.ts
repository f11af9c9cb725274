import { defineConfig } from 'vitest/config'

const INTEGRATION_TESTS = ['cms/tests/**/*.int.test.ts']
const mongodbUrl = process.env.MONGODB_URL

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'content-schemas/src/**/*.test.ts',
            'cms/src/**/*.test.ts',
            'scripts/src/**/*.test.ts',
            'scripts/bench/**/*.test.ts',
            'site/src/**/*.test.ts',
            'site/build/**/*.test.ts',
            'site/publisher/**/*.test.ts',
            'site/serve/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'int-sqlite',
          include: INTEGRATION_TESTS,
          setupFiles: ['cms/tests/helpers/useSqlite.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      mongodbUrl
        ? {
            test: {
              name: 'int-mongodb',
              include: INTEGRATION_TESTS,
              setupFiles: ['cms/tests/helpers/useMongodb.ts'],
              testTimeout: 60_000,
              hookTimeout: 120_000,
            },
          }
        : { test: { name: 'int-mongodb', include: ['cms/tests/mongodbSkipped.notice.test.ts'] } },
      {
        // The publisher as its own process, with a fake build: a few seconds, no npm start.
        test: { name: 'publisher', include: ['site/tests/**/*.int.test.ts'] },
      },
      {
        test: {
          name: 'server',
          include: [
            'cms/tests/**/*.{server,e2e}.test.ts',
            'scripts/tests/**/*.{server,e2e}.test.ts',
            'site/tests/**/*.{server,e2e}.test.ts',
          ],
          exclude: ['**/node_modules/**'],
          globalSetup: ['scripts/tests/helpers/startServer.ts'],
          setupFiles: ['scripts/tests/helpers/useServerDatabase.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
