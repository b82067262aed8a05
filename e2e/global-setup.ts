/**
 * Starts a real Waypoint server (the built bundle, embedded database in a temp folder, a free port) with the test
 * firm in it, for the browser tests; stops it and removes the folder afterwards. For the README screenshots
 * (UPDATE_SCREENSHOTS=1, or E2E_DEMO=1 to look without saving) the same database also holds the demo firm, a year of
 * realistic history in a firm of its own; seeding it takes about a minute, so other runs leave it out.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openMigratedStore } from '../src/store/database.ts';
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

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function waitForServer(child: ChildProcess, url: string) {
  const deadline = Date.now() + 60_000;
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/auth/session`)).status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not start within 60 s:\n${output}`);
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-e2e-'));
  const store = await openMigratedStore({ dataDir });
  const data = await prepareFirm(store);
  const demo = withDemoFirm() ? await prepareDemoFirm(store) : null;
  await store.close();
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/waypoint.mjs', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WAYPOINT_DATA_DIR: dataDir,
      DATABASE_URL: '',
      WAYPOINT_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(child, url);
  project.provide('e2eBaseUrl', url);
  project.provide('e2eData', data);
  project.provide('e2eDemo', demo);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
