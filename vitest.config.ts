import { defineConfig } from 'vitest/config';

/**
 * Projects: pure unit tests (domain, journeys, contract); web helpers in jsdom; the server suite on the embedded
 * database; the same server suite on a PostgreSQL server when TEST_DATABASE_URL is set; browser tests (e2e/) in
 * Chromium.
 */
const serverFiles = [
  'src/http/**/*.test.ts',
  'src/services/**/*.test.ts',
  'src/store/**/*.test.ts',
  'src/cli/**/*.test.ts',
];
// Tests under src/store or src/services that need no database (file locks, the migration guard, reading uploaded
// documents) run once, with the unit tests, not once per database.
const dbFreeFiles = [
  'src/store/migrations.test.ts',
  'src/store/data-dir-lock.test.ts',
  'src/services/documents/**/*.test.ts',
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
            ...dbFreeFiles,
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
          exclude: dbFreeFiles,
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
                exclude: dbFreeFiles,
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
