/**
 * Builds one migrated database per test run: a PGlite data-dir dump, or (when TEST_DATABASE_URL is set and this is
 * the postgres project) a template database on the server. Each test file then starts from a copy in about half a
 * second instead of migrating from scratch. Nothing here is faked: both are real PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../src/store/database.ts';
import { adminUrl, databaseUrl, dropDatabase, runAdmin } from './pg-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (project.name === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error('the postgres project needs TEST_DATABASE_URL');
    const template = `wp_test_${process.pid}_${Date.now().toString(36)}_tmpl`;
    await runAdmin(base, `CREATE DATABASE ${template}`);
    const store = await openPostgres(databaseUrl(base, template));
    await store.migrate();
    await store.close();
    project.provide('pgTemplate', template);
    return async () => {
      await dropDatabase(adminUrl(base), template);
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'wp-template-'));
  const { client, store } = await openPglite({ memory: true });
  await store.migrate();
  const dump = await client.dumpDataDir('none');
  await store.close();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
