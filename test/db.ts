/**
 * A fresh, migrated, real database for one test file: PGlite (in memory, from the run's template) or a database on
 * the PostgreSQL server copied from the run's template, depending on the vitest project. Close it in afterAll.
 */
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Store } from '../src/store/database.ts';
import { createDatabaseFrom, databaseUrl, dropDatabase } from './pg-admin.ts';

export type TestDb = 'pglite' | 'postgres';
export const testDb = (): TestDb => (process.env.WAYPOINT_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export interface TestStore extends Store {
  /** The URL of this file's database on the server (postgres project only), for child processes. */
  url: string | null;
}

let counter = 0;

export async function openTestStore(): Promise<TestStore> {
  if (testDb() === 'postgres') {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `wp_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    await createDatabaseFrom(base, name, inject('pgTemplate'));
    const url = databaseUrl(base, name);
    const store = await openPostgres(url);
    return {
      ...store,
      url,
      close: async () => {
        await store.close();
        await dropDatabase(base, name);
      },
    };
  }
  const tar = readFileSync(inject('pgliteTemplate'));
  const { store } = await openPglite({ memory: true, loadDataDir: new Blob([tar]) });
  return { ...store, url: null };
}
