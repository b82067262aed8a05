/**
 * @module Composition root: open the store, migrate, build the app, listen; run the assignment-start timer; close
 * everything cleanly on SIGINT/SIGTERM.
 */

import { resolve } from 'node:path';
import type { Config } from './config.ts';
import { buildApp } from './http/app.ts';
import { listenOperatorSocket } from './http/operator-socket.ts';
import { listenSmtp } from './http/smtp-listener.ts';
import { webDir } from './paths.ts';
import { type ServiceContext, systemClock } from './services/context.ts';
import { JourneyHost } from './services/journey-engine.ts';
import { deliverDue, releaseWaiting } from './services/messaging/delivery.ts';
import { smsConfigFrom, smsHttpProvider } from './services/messaging/sms-http.ts';
import { smtpTransport } from './services/messaging/smtp.ts';
import { startDueAssignments } from './services/placements.ts';
import { runStandardTimers } from './services/standards/timers.ts';
import { openMigratedStore } from './store/database.ts';

const HOUR = 3_600_000;
/** How often the journey engine follows the touchpoint log (a new touchpoint is on the map within this, and well under a second). */
const JOURNEY_POLL_MS = 250;
const SNAPSHOT_EVERY_MS = 10 * 60_000;
/** How often the delivery worker looks for messages due (a new message leaves within this). */
const DELIVERY_POLL_MS = 2_000;
/** How often the service-standard timers look for escalations and digests due. */
const STANDARDS_POLL_MS = 60_000;

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
  const ctx: ServiceContext = { store, clock: systemClock, publicFirmSlug: config.publicFirm };
  ctx.transports = {
    email: config.smtpUrl ? smtpTransport(config.smtpUrl) : null,
    sms: config.sms ? smsHttpProvider(smsConfigFrom(config.sms.providerUrl, config.sms.from)) : null,
    publicUrl: config.publicUrl,
    mailFrom: config.mailFrom,
    replyTo: config.mailReplyTo,
  };
  try {
    ctx.journeys = new JourneyHost(store, {
      snapshotDir: resolve(config.snapshotDir),
      pollMs: JOURNEY_POLL_MS,
      clock: systemClock,
    });
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
    // Messages: those that waited in the outbox for a transport now configured join the queue; the worker sends.
    await releaseWaiting(ctx);
    let delivering: Promise<void> | null = null;
    const deliver = setInterval(() => {
      delivering ??= deliverDue(ctx)
        .then(() => undefined)
        .catch((error: unknown) => app.log.error({ err: error }, 'message delivery failed'))
        .finally(() => {
          delivering = null;
        });
    }, DELIVERY_POLL_MS);
    deliver.unref();
    const smtpListener = config.smtpListen
      ? await listenSmtp(ctx, {
          ...config.smtpListen,
          log: (message, error) => app.log.warn({ err: error }, message),
        })
      : null;
    const journeys = ctx.journeys;
    journeys.log = (message) => app.log.warn(message);
    await journeys.start();
    // Every firm's journeys load behind the server (from snapshots when current), so the first map is quick.
    const warming = journeys
      .loadAll()
      .catch((error: unknown) => app.log.error({ err: error }, 'journey engine failed to load'));
    const snapshots = setInterval(() => {
      journeys
        .saveSnapshots()
        .catch((error: unknown) => app.log.error({ err: error }, 'journey snapshot failed'));
    }, SNAPSHOT_EVERY_MS);
    snapshots.unref();
    // Service standards: escalations and daily digests, once now (the journey engine is up, for stalled journeys)
    // and every minute after. Each is recorded once in the database with its mail, so overlapping runs, another
    // process or a restart never send one twice.
    let standardsRunning: Promise<void> | null = null;
    const standardsTick = () => {
      standardsRunning ??= runStandardTimers(ctx)
        .then(() => undefined)
        .catch((error: unknown) => app.log.error({ err: error }, 'service standard timers failed'))
        .finally(() => {
          standardsRunning = null;
        });
      return standardsRunning;
    };
    void standardsTick();
    const standardsTimer = setInterval(standardsTick, STANDARDS_POLL_MS);
    standardsTimer.unref();
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
          clearInterval(snapshots);
          clearInterval(deliver);
          clearInterval(standardsTimer);
          await standardsRunning;
          // A send in flight finishes and records its outcome before the store closes.
          await delivering;
          await smtpListener?.close();
          ctx.transports?.email?.close();
          operatorSocket?.close();
          await app.close();
          // Stopping mid-seed leaves what was seeded so far; wait for the use case in flight, not the whole year.
          await Promise.race([background, new Promise((r) => setTimeout(r, 2000))]);
          await warming;
          await journeys.stop();
          // A snapshot at shutdown makes the next start quick.
          await journeys
            .saveSnapshots()
            .catch((error: unknown) => app.log.error({ err: error }, 'journey snapshot failed'));
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
