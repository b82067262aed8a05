/** @module Running a command against the configured database, closing it however the command ends. */
import type { Config } from '../config.ts';
import { type ServiceContext, systemClock } from '../services/context.ts';
import { openMigratedStore } from '../store/database.ts';

export async function withContext<T>(config: Config, fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const store = await openMigratedStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await fn({ store, clock: systemClock });
  } finally {
    await store.close();
  }
}
