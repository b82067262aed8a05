/**
 * @module Composition root: open the store, migrate, build the app, listen; run the assignment-start timer; close
 * everything cleanly on SIGINT/SIGTERM.
 */

import { resolve } from 'node:path';
import type { Config } from './config.ts';
import { buildApp } from './http/app.ts';
import { listenOperatorSocket } from './http/operator-socket.ts';
import { webDir } from './paths.ts';
import { type ServiceContext, systemClock } from './services/context.ts';
import { startDueAssignments } from './services/placements.ts';
import { openMigratedStore } from './store/database.ts';

const HOUR = 3_600_000;

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** Starts Waypoint: `beforeListen` runs once the store is ready (the demo seed uses it on a first run). */
export async function startServer(
  config: Config,
  beforeListen?: (ctx: ServiceContext) => Promise<void>,
): Promise<Server> {
  const store = await openMigratedStore(config);
  const ctx: ServiceContext = { store, clock: systemClock };
  try {
    if (beforeListen) await beforeListen(ctx);
    const app = await buildApp({
      ctx,
      sessions: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
      secureCookies: config.secureCookies,
      webDir,
      logLevel: config.logLevel,
    });
    const url = await app.listen({ port: config.port, host: config.host });
    // With the embedded database this process is its only user: the CLI's read commands come through here.
    const operatorSocket =
      store.kind === 'pglite' ? await listenOperatorSocket(ctx, resolve(config.dataDir)) : null;
    const tick = () =>
      startDueAssignments(ctx).catch((error: unknown) =>
        app.log.error({ err: error }, 'assignment start timer failed'),
      );
    await tick();
    const timer = setInterval(tick, HOUR);
    timer.unref();
    let closing: Promise<void> | null = null;
    return {
      url,
      close: () => {
        closing ??= (async () => {
          clearInterval(timer);
          operatorSocket?.close();
          await app.close();
          await store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
