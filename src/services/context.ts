/** @module What every use case runs with: the store and a clock (tests control time through it). */
import { DomainError, notFound, staleVersion } from '../domain/errors.ts';
import type { Db, Store } from '../store/database.ts';
import type { JourneyHost } from './journey-engine.ts';
import type { Transports } from './messaging/transports.ts';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface ServiceContext {
  store: Store;
  clock: Clock;
  /** The journey engine, in a process that serves maps (the server; tests that ask for it). */
  journeys?: JourneyHost;
  /**
   * How messages leave: SMTP for email, an SMS provider, the public address for links in them. Absent or null per
   * channel, messages wait in the outbox.
   */
  transports?: Transports;
  /** The slug of the firm the public pages (careers) belong to (`PUBLIC_FIRM`); unset or null, the oldest firm. */
  publicFirmSlug?: string | null;
}

export type { Db };

/** Throws `not_found` for a missing record; returns it otherwise (for `const x = found(await find…, 'Candidate')`). */
export function found<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw notFound(what);
  return row;
}

/**
 * Checks the version a user read against the record's, before changing anything; the UPDATE's own version guard then
 * catches a change that lands in between.
 */
export function assertVersion(current: { version: number }, expected: number, what: string) {
  if (current.version !== expected) throw staleVersion(what);
}

/** Throws the stale-version conflict when a guarded UPDATE touched no row. */
export function assertUpdated(updated: boolean, what: string) {
  if (!updated) throw staleVersion(what);
}

/** A required reference that the input names but the firm does not have: a 400 naming the field. */
export function missingReference(path: string, what: string): never {
  throw new DomainError('validation', `${path}: no such ${what}`, [{ path, message: `No such ${what}` }]);
}

/** Today's date (YYYY-MM-DD, UTC) by the context's clock. */
export const todayOf = (ctx: ServiceContext) => ctx.clock.now().toISOString().slice(0, 10);
