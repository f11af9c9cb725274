import { defineConfig } from 'vitest/config'

const INTEGRATION_TESTS = ['cms/tests/**/*.int.test.ts']
/** The suites that build and serve the site from the CMS; with MONGODB_URL, also on MongoDB. */
const SITE_BUILD_SUITES = [
  'site/tests/publishJourney.e2e.test.ts',
  'site/tests/incrementalBuild.server.test.ts',
  'site/tests/readerForms.e2e.test.ts',
  'site/tests/debateChainJourney.e2e.test.ts',
  'cms/tests/commentJourney.e2e.test.ts',
]
const SERVER_TIMEOUTS = { testTimeout: 120_000, hookTimeout: 120_000 }
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
          ...SERVER_TIMEOUTS,
        },
      },
      mongodbUrl
        ? {
            // A second npm start, on MongoDB; Vitest runs global setups one after the other, so
            // this one finds the CMS already built by the `server` project's.
            test: {
              name: 'server-mongodb',
              include: SITE_BUILD_SUITES,
              globalSetup: ['scripts/tests/helpers/startServerOnMongodb.ts'],
              fileParallelism: false,
              ...SERVER_TIMEOUTS,
            },
          }
        : {
            test: { name: 'server-mongodb', include: ['site/tests/mongodbSkipped.notice.test.ts'] },
          },
    ],
  },
})
