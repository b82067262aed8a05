/**
 * @module The engine's event log: columns of typed arrays, events grouped by journey and in time order within each
 * (ties by recording order). About 10 bytes per touchpoint, scanned in one pass.
 */
import type { JourneyEvent } from './model.ts';

export interface EventColumns {
  /** Activity code → activity key. */
  activityNames: string[];
  /** Journey index → journey id (subject id). */
  journeyIds: string[];
  /** Events of journey j are at [journeyStart[j], journeyEnd[j]) (a live log keeps room after each journey). */
  journeyStart: Uint32Array;
  journeyEnd: Uint32Array;
  /** Activity code per event. */
  act: Uint16Array;
  /** Epoch milliseconds per event. */
  at: Float64Array;
}

/** Builds columns from events in any order (the reference and the tests use this; the store loads columns directly). */
export function columnsFromEvents(events: readonly JourneyEvent[]): EventColumns {
  const sorted = [...events].sort(
    (a, b) => (a.journey < b.journey ? -1 : a.journey > b.journey ? 1 : 0) || a.at - b.at || a.seq - b.seq,
  );
  const activityNames: string[] = [];
  const codes = new Map<string, number>();
  const journeyIds: string[] = [];
  const starts: number[] = [];
  const act = new Uint16Array(sorted.length);
  const at = new Float64Array(sorted.length);
  sorted.forEach((e, i) => {
    if (journeyIds[journeyIds.length - 1] !== e.journey) {
      journeyIds.push(e.journey);
      starts.push(i);
    }
    let code = codes.get(e.activity);
    if (code === undefined) {
      code = activityNames.length;
      activityNames.push(e.activity);
      codes.set(e.activity, code);
    }
    act[i] = code;
    at[i] = e.at;
  });
  const journeyStart = Uint32Array.from(starts);
  const journeyEnd = new Uint32Array(starts.length);
  for (let j = 0; j < starts.length; j++)
    journeyEnd[j] = j + 1 < starts.length ? starts[j + 1]! : sorted.length;
  return { activityNames, journeyIds, journeyStart, journeyEnd, act, at };
}
