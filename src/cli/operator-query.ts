/** @module Running a read command: on the database directly, or through the server that holds it. */
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import { askOperatorSocket } from '../http/operator-socket.ts';
import type { OperatorQuery } from '../services/operator-queries.ts';
import { dataDirHolder } from '../store/data-dir-lock.ts';
import { withContext } from './with-store.ts';

export async function runOperatorQuery(config: Config, query: OperatorQuery): Promise<unknown> {
  // Asking a running server first spares loading and opening the database at all.
  if (!config.databaseUrl && dataDirHolder(resolve(config.dataDir)) !== null) {
    const answer = await askOperatorSocket(resolve(config.dataDir), query);
    if (answer !== null) return answer;
  }
  try {
    const { answerOperatorQuery } = await import('../services/operator-queries.ts');
    return await withContext(config, (ctx) => answerOperatorQuery(ctx, query));
  } catch (error) {
    // A running server holds the embedded database: ask it instead.
    if (!(error instanceof DomainError) || error.code !== 'locked' || config.databaseUrl) throw error;
    const answer = await askOperatorSocket(resolve(config.dataDir), query);
    if (answer === null) throw error;
    return answer;
  }
}
