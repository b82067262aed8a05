/**
 * Waypoint as a user runs it, for tests: the `waypoint` command as a child process, and the server started on a free
 * port of its own. Each test gets its own database: a fresh embedded one in a temp folder, or (postgres project)
 * its own database on the PostgreSQL server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestStore, type TestStore, testDb } from './db.ts';

const bin = join(process.cwd(), 'bin', 'waypoint.mjs');

/** A database for child processes: an empty data folder, or a server database when the project is postgres. */
export interface ProcessDatabase {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** `serverDatabase`: also on the server in the postgres project (false: always the embedded one). */
export async function processDatabase(serverDatabase = true): Promise<ProcessDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-proc-'));
  let store: TestStore | null = null;
  if (serverDatabase && testDb() === 'postgres') store = await openTestStore();
  return {
    dataDir,
    env: { ...process.env, WAYPOINT_DATA_DIR: dataDir, DATABASE_URL: store?.url ?? '', NO_COLOR: '1' },
    close: async () => {
      await store?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `waypoint <args>` to completion, with `input` on stdin. */
export function runWaypoint(
  env: NodeJS.ProcessEnv,
  args: string[],
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(input);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Settles when the process has exited (listened for from the start: a killed process may be gone early). */
  exited: Promise<unknown>;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `waypoint serve [args]` on a free port and resolves once it answers, or once `ready` says so (e.g. a
 * first run whose accounts appear). Fails with the server's output if it exits or takes more than a minute.
 */
export async function startWaypoint(env: NodeJS.ProcessEnv, args: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve', ...args], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WAYPOINT_LOG_LEVEL: env.WAYPOINT_LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    url,
    child,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/auth/session`)).status === 401) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop();
  throw new Error(`the server did not start within a minute:\n${output}`);
}
