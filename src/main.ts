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

export interface StartHooks {
  /** Runs once the store is ready, before the server listens. */
  beforeListen?: (ctx: ServiceContext) => Promise<void>;
  /** Runs in the background once the server listens (the demo seed fills in its history this way). */
  afterListen?: (ctx: ServiceContext) => Promise<void>;
}

/** Starts Waypoint and returns how to stop it. */
export async function startServer(config: Config, hooks: StartHooks = {}): Promise<Server> {
  const store = await openMigratedStore(config);
  const ctx: ServiceContext = { store, clock: systemClock };
  try {
    if (hooks.beforeListen) await hooks.beforeListen(ctx);
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
    let background: Promise<void> = Promise.resolve();
    if (hooks.afterListen) {
      background = hooks
        .afterListen(ctx)
        .catch((error: unknown) => app.log.error({ err: error }, 'background start-up work failed'));
    }
    let closing: Promise<void> | null = null;
    return {
      url,
      close: () => {
        closing ??= (async () => {
          clearInterval(timer);
          operatorSocket?.close();
          await app.close();
          // Stopping mid-seed leaves what was seeded so far; wait for the use case in flight, not the whole year.
          await Promise.race([background, new Promise((r) => setTimeout(r, 2000))]);
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
