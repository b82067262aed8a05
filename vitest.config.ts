import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests (domain, journeys, web helpers); the server suite on the embedded database; the same
 * server suite on a PostgreSQL server when TEST_DATABASE_URL is set. Browser tests live in e2e/ and run last.
 */
const serverFiles = [
  'src/http/**/*.test.ts',
  'src/services/**/*.test.ts',
  'src/store/**/*.test.ts',
  'src/cli/**/*.test.ts',
];
const pgUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/domain/**/*.test.ts',
            'src/journeys/**/*.test.ts',
            'src/contract/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'web',
          include: ['src/web/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        test: {
          name: 'pglite',
          include: serverFiles,
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          env: { WAYPOINT_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(pgUrl
        ? [
            {
              test: {
                name: 'postgres',
                include: serverFiles,
                environment: 'node',
                globalSetup: ['test/global-setup.ts'],
                env: { WAYPOINT_TEST_DB: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
