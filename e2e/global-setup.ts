/**
 * Starts a real Waypoint server (the built bundle, embedded database in a temp folder, a free port) with the test
 * firm in it, for the browser tests; stops it and removes the folder afterwards. For the README screenshots
 * (UPDATE_SCREENSHOTS=1, or E2E_DEMO=1 to look without saving) the same database also holds the demo firm, a year of
 * realistic history in a firm of its own; seeding it takes about a minute, so other runs leave it out.
 */
import type { TestProject } from 'vitest/node';
import { openMigratedStore } from '../src/store/database.ts';
import { processDatabase, startWaypoint } from '../test/waypoint-process.ts';
import { type E2eData, type E2eDemo, prepareDemoFirm, prepareFirm } from './fixtures-data.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eData: E2eData;
    /** The demo firm's account the screenshots are taken as, when the demo firm was seeded. */
    e2eDemo: E2eDemo | null;
  }
}

export const withDemoFirm = () => process.env.UPDATE_SCREENSHOTS === '1' || process.env.E2E_DEMO === '1';

export default async function setup(project: TestProject) {
  // The browser tests run on the embedded database, the default a firm starts with.
  const db = await processDatabase(false);
  const store = await openMigratedStore({ dataDir: db.dataDir });
  const data = await prepareFirm(store);
  const demo = withDemoFirm() ? await prepareDemoFirm(store) : null;
  await store.close();
  // A demo run shows the demo firm's careers site; otherwise the test firm's (the oldest firm) is served.
  const server = await startWaypoint(demo ? { ...db.env, PUBLIC_FIRM: demo.slug } : db.env);
  project.provide('e2eBaseUrl', server.url);
  project.provide('e2eData', data);
  project.provide('e2eDemo', demo);
  return async () => {
    await server.stop();
    await db.close();
  };
}
