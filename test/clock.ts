/** A clock a test moves by hand (session timeouts, future start dates), in place of the system clock. */
import type { Clock } from '../src/services/context.ts';

export interface TestClock extends Clock {
  /** Moves the clock forward (or back, with a negative amount) by `ms` milliseconds. */
  advance(ms: number): void;
  set(at: Date | string): void;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A clock that starts at `start` (now by default) and stands still until moved. */
export function testClock(start: Date | string = new Date()): TestClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (at) => {
      t = new Date(at).getTime();
    },
  };
}
