/** @module Running a read command: on the database directly, or through the server that holds it. */
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import { askOperatorSocket } from '../http/operator-socket.ts';
import type { ServiceContext } from '../services/context.ts';
import type { OperatorQuery } from '../services/operator-queries.ts';
import { dataDirHolder } from '../store/data-dir-lock.ts';
import { withContext } from './with-store.ts';

export interface OperatorQueryOptions {
  /**
   * The query reads journey maps: answered here, it needs a journey engine of its own (from the server's snapshot
   * when that is current, else rebuilt from the log), which a server already has running.
   */
  journeys?: boolean;
}

export async function runOperatorQuery(
  config: Config,
  query: OperatorQuery,
  options: OperatorQueryOptions = {},
): Promise<unknown> {
  // Asking a running server first spares loading and opening the database at all.
  if (!config.databaseUrl && dataDirHolder(resolve(config.dataDir)) !== null) {
    const answer = await askOperatorSocket(resolve(config.dataDir), query);
    if (answer !== null) return answer;
  }
  try {
    const { answerOperatorQuery } = await import('../services/operator-queries.ts');
    return await withContext(config, async (ctx) =>
      options.journeys
        ? withJourneys(config, ctx, (c) => answerOperatorQuery(c, query))
        : answerOperatorQuery(ctx, query),
    );
  } catch (error) {
    // A running server holds the embedded database: ask it instead.
    if (!(error instanceof DomainError) || error.code !== 'locked' || config.databaseUrl) throw error;
    const answer = await askOperatorSocket(resolve(config.dataDir), query);
    if (answer === null) throw error;
    return answer;
  }
}

/** Runs `fn` with a journey engine for this one command: it follows the log only when asked (no timer). */
async function withJourneys<T>(config: Config, ctx: ServiceContext, fn: (ctx: ServiceContext) => Promise<T>) {
  const { JourneyHost } = await import('../services/journey-engine.ts');
  const journeys = new JourneyHost(ctx.store, {
    snapshotDir: resolve(config.snapshotDir),
    pollMs: 0,
    clock: ctx.clock,
  });
  try {
    return await fn({ ...ctx, journeys });
  } finally {
    await journeys.stop();
  }
}
