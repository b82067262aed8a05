/**
 * @module Building a firm's journey log from the store: pages of touchpoints in recording order into flat typed
 * arrays, then grouped by journey with a counting sort (within a journey they are already in recording order, so
 * only backdated touchpoints need moving), then segments. A rebuild from scratch; snapshots usually spare it.
 */
import type { EventColumns } from '../journeys/columns.ts';
import { JourneyLog } from '../journeys/journey-log.ts';
import { Segments } from '../journeys/segments.ts';
import type { Store } from '../store/database.ts';
import { journeyLogPage, type SubjectKind, segmentsOf } from '../store/journey-log.ts';

const PAGE = 100_000;

export interface LoadedJourneys {
  log: JourneyLog;
  segments: Segments;
  /** The last touchpoint id read. */
  cursor: number;
  /** The ids read above `keepIdsAbove` (late commits below it are impossible; above it they are told apart by id). */
  recent: number[];
}

class Growing<T extends Uint16Array | Uint32Array | Float64Array> {
  length = 0;
  constructor(public data: T) {}
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export async function loadJourneys(
  store: Store,
  firmId: string,
  type: SubjectKind,
  afterId = 0,
  keepIdsAbove = Number.POSITIVE_INFINITY,
): Promise<LoadedJourneys> {
  const recent: number[] = [];
  const journeyOf = new Map<string, number>();
  const ids: string[] = [];
  const activityNames: string[] = [];
  const codeOf = new Map<string, number>();
  const journey = new Growing(new Uint32Array(1 << 16));
  const act = new Growing(new Uint16Array(1 << 16));
  const at = new Growing(new Float64Array(1 << 16));
  let cursor = afterId;
  for (;;) {
    const page = await journeyLogPage(store, firmId, type, cursor, PAGE);
    for (let i = 0; i < page.ids.length; i++) {
      const subject = page.subjects[i]!;
      let j = journeyOf.get(subject);
      if (j === undefined) {
        j = ids.length;
        ids.push(subject);
        journeyOf.set(subject, j);
      }
      const activity = page.activities[i]!;
      let code = codeOf.get(activity);
      if (code === undefined) {
        code = activityNames.length;
        activityNames.push(activity);
        codeOf.set(activity, code);
      }
      journey.push(j);
      act.push(code);
      at.push(page.at[i]!);
      if (page.ids[i]! > keepIdsAbove) recent.push(page.ids[i]!);
    }
    if (page.ids.length > 0) cursor = page.ids[page.ids.length - 1]!;
    if (page.ids.length < PAGE) break;
  }
  const columns = groupByJourney(ids, activityNames, journey, act, at);
  const segments = new Segments();
  for (const s of await segmentsOf(store.db, firmId, type)) {
    const j = journeyOf.get(s.id);
    if (j !== undefined) segments.set(j, s);
  }
  return { log: JourneyLog.fromColumns(columns), segments, cursor, recent };
}

function groupByJourney(
  ids: string[],
  activityNames: string[],
  journey: Growing<Uint32Array>,
  act: Growing<Uint16Array>,
  at: Growing<Float64Array>,
): EventColumns {
  const n = ids.length;
  const events = journey.length;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  for (let i = 0; i < events; i++) end[journey.data[i]!]!++;
  let offset = 0;
  for (let j = 0; j < n; j++) {
    start[j] = offset;
    offset += end[j]!;
    end[j] = start[j]!;
  }
  const outAct = new Uint16Array(events);
  const outAt = new Float64Array(events);
  for (let i = 0; i < events; i++) {
    const j = journey.data[i]!;
    const e = end[j]!++;
    outAct[e] = act.data[i]!;
    outAt[e] = at.data[i]!;
  }
  // Recording order is time order except for backdated touchpoints: a stable insertion sort puts those in place.
  for (let j = 0; j < n; j++) {
    for (let e = start[j]! + 1; e < end[j]!; e++) {
      const t = outAt[e]!;
      if (t >= outAt[e - 1]!) continue;
      const a = outAct[e]!;
      let k = e;
      while (k > start[j]! && outAt[k - 1]! > t) {
        outAt[k] = outAt[k - 1]!;
        outAct[k] = outAct[k - 1]!;
        k--;
      }
      outAt[k] = t;
      outAct[k] = a;
    }
  }
  return { activityNames, journeyIds: ids, journeyStart: start, journeyEnd: end, act: outAct, at: outAt };
}
