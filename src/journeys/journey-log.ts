/**
 * @module The live event log: the engine's columns, kept up to date as touchpoints arrive. Each journey has room
 * after its events, so an append is usually written in place; a journey that outgrows its room moves to the end of
 * the arena (leaving a hole, reclaimed by compaction). Maps read it directly as EventColumns.
 */
import type { EventColumns } from './columns.ts';

/** Room kept after each journey, as a share of its length (at least this many events). */
const SLACK_MIN = 4;

export interface LoggedEvent {
  activity: string;
  at: number;
}

export class JourneyLog {
  readonly activityNames: string[];
  readonly #codes: Map<string, number>;
  journeyIds: string[];
  #index: Map<string, number> | null = null;
  journeyStart: Uint32Array;
  journeyEnd: Uint32Array;
  /** End of the room journey j may grow into. */
  #capEnd: Uint32Array;
  act: Uint16Array;
  at: Float64Array;
  /** Arena slots in use (events and room); past it is free. */
  #used: number;
  /** Slots in holes left by moved journeys. */
  #holes = 0;

  private constructor(columns: EventColumns, capEnd: Uint32Array, used: number) {
    this.activityNames = [...columns.activityNames];
    this.#codes = new Map(this.activityNames.map((n, i) => [n, i]));
    this.journeyIds = columns.journeyIds;
    this.journeyStart = columns.journeyStart;
    this.journeyEnd = columns.journeyEnd;
    this.#capEnd = capEnd;
    this.act = columns.act;
    this.at = columns.at;
    this.#used = used;
  }

  /** Takes over columns as they are (no room yet: journeys move out when they first grow). */
  static fromColumns(columns: EventColumns): JourneyLog {
    const n = columns.journeyIds.length;
    let used = 0;
    for (let j = 0; j < n; j++) used = Math.max(used, columns.journeyEnd[j]!);
    const capEnd = columns.journeyEnd.slice(0, n);
    const log = new JourneyLog(
      {
        ...columns,
        journeyStart: grown(columns.journeyStart, n, n + 1024),
        journeyEnd: grown(columns.journeyEnd, n, n + 1024),
      },
      grown(capEnd, n, n + 1024),
      used,
    );
    return log;
  }

  static empty(): JourneyLog {
    return JourneyLog.fromColumns({
      activityNames: [],
      journeyIds: [],
      journeyStart: new Uint32Array(0),
      journeyEnd: new Uint32Array(0),
      act: new Uint16Array(1024),
      at: new Float64Array(1024),
    });
  }

  get journeyCount() {
    return this.journeyIds.length;
  }

  /** The columns as maps read them (the same arrays: valid until the next change). */
  columns(): EventColumns {
    const n = this.journeyCount;
    return {
      activityNames: this.activityNames,
      journeyIds: this.journeyIds,
      journeyStart: this.journeyStart.subarray(0, n),
      journeyEnd: this.journeyEnd.subarray(0, n),
      act: this.act,
      at: this.at,
    };
  }

  /** The code of an activity, adding it when new (a firm may add activities at any time). */
  codeOf(activity: string): number {
    let code = this.#codes.get(activity);
    if (code === undefined) {
      code = this.activityNames.length;
      this.activityNames.push(activity);
      this.#codes.set(activity, code);
    }
    return code;
  }

  /** The index of a journey, or -1. The id index is built on first use: maps alone never need it. */
  indexOf(journeyId: string): number {
    if (!this.#index) this.#index = new Map(this.journeyIds.map((id, j) => [id, j]));
    return this.#index.get(journeyId) ?? -1;
  }

  /** The index of a journey, adding an empty one when new. */
  ensure(journeyId: string): number {
    const existing = this.indexOf(journeyId);
    if (existing >= 0) return existing;
    const j = this.journeyCount;
    if (j === this.journeyStart.length) {
      this.journeyStart = grown(this.journeyStart, j, j * 2);
      this.journeyEnd = grown(this.journeyEnd, j, j * 2);
      this.#capEnd = grown(this.#capEnd, j, j * 2);
    }
    this.journeyIds.push(journeyId);
    this.#index!.set(journeyId, j);
    this.journeyStart[j] = this.#used;
    this.journeyEnd[j] = this.#used;
    this.#capEnd[j] = this.#used;
    return j;
  }

  /** A journey's events, in order. */
  eventsOf(j: number): LoggedEvent[] {
    const out: LoggedEvent[] = [];
    for (let e = this.journeyStart[j]!; e < this.journeyEnd[j]!; e++) {
      out.push({ activity: this.activityNames[this.act[e]!]!, at: this.at[e]! });
    }
    return out;
  }

  /**
   * Inserts an event in time order; a tie goes after the journey's events at that moment (it was recorded later).
   * Returns true when it went at the end (the common case, which a live map can follow without a rescan).
   */
  insert(j: number, activity: string, at: number): boolean {
    const code = this.codeOf(activity);
    if (this.journeyEnd[j] === this.#capEnd[j]) this.#move(j, 1);
    const start = this.journeyStart[j]!;
    let pos = this.journeyEnd[j]!;
    while (pos > start && this.at[pos - 1]! > at) {
      this.act[pos] = this.act[pos - 1]!;
      this.at[pos] = this.at[pos - 1]!;
      pos--;
    }
    this.act[pos] = code;
    this.at[pos] = at;
    this.journeyEnd[j]!++;
    return pos === this.journeyEnd[j]! - 1;
  }

  /** Replaces a journey's events (a correction voided one of them): `events` in time order. */
  replace(j: number, events: readonly LoggedEvent[]) {
    const start = this.journeyStart[j]!;
    if (start + events.length > this.#capEnd[j]!) {
      this.journeyEnd[j] = start;
      this.#move(j, events.length);
    }
    let e = this.journeyStart[j]!;
    for (const ev of events) {
      this.act[e] = this.codeOf(ev.activity);
      this.at[e] = ev.at;
      e++;
    }
    this.journeyEnd[j] = e;
  }

  /** Moves journey j to the end of the arena with room for `extra` more events (and some slack). */
  #move(j: number, extra: number) {
    // Compact first (it moves every journey): positions are read after it.
    if (this.#holes > this.#used / 3 && this.#holes > 1 << 16) this.compact();
    const start = this.journeyStart[j]!;
    const length = this.journeyEnd[j]! - start;
    const capacity = length + Math.max(extra, SLACK_MIN, length >> 1);
    this.#holes += this.#capEnd[j]! - start;
    this.#reserve(capacity);
    const to = this.#used;
    this.act.copyWithin(to, start, start + length);
    this.at.copyWithin(to, start, start + length);
    this.journeyStart[j] = to;
    this.journeyEnd[j] = to + length;
    this.#capEnd[j] = to + capacity;
    this.#used += capacity;
  }

  #reserve(more: number) {
    const need = this.#used + more;
    if (need <= this.act.length) return;
    const size = Math.max(need, Math.ceil(this.act.length * 1.5), 1024);
    this.act = grown(this.act, this.#used, size);
    this.at = grown(this.at, this.#used, size);
  }

  /** Rewrites the arena without holes, each journey keeping a little room. */
  compact() {
    const n = this.journeyCount;
    let total = 0;
    for (let j = 0; j < n; j++) total += this.journeyEnd[j]! - this.journeyStart[j]! + SLACK_MIN;
    const act = new Uint16Array(Math.max(total, 1024));
    const at = new Float64Array(Math.max(total, 1024));
    let to = 0;
    for (let j = 0; j < n; j++) {
      const start = this.journeyStart[j]!;
      const length = this.journeyEnd[j]! - start;
      act.set(this.act.subarray(start, start + length), to);
      at.set(this.at.subarray(start, start + length), to);
      this.journeyStart[j] = to;
      this.journeyEnd[j] = to + length;
      this.#capEnd[j] = to + length + SLACK_MIN;
      to += length + SLACK_MIN;
    }
    this.act = act;
    this.at = at;
    this.#used = to;
    this.#holes = 0;
  }

  /** Bytes held by the arrays (for the benchmark's memory figure). */
  get bytes() {
    return this.act.byteLength + this.at.byteLength + this.journeyStart.byteLength * 3;
  }
}

function grown<T extends Uint16Array | Uint32Array | Float64Array>(a: T, used: number, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(Math.max(size, used));
  out.set(a.subarray(0, used));
  return out;
}
