/**
 * @module The journey engine in the server: for each firm and journey type, the live log, its segments and a live
 * map of the current definition, loaded from a snapshot when one is current (else rebuilt from the store), then kept
 * up to date by following the touchpoint log. Never the source of truth: it can always be rebuilt from the log.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyDefinition } from '../domain/journey-definition.ts';
import { type SubjectType, subjectTypes } from '../domain/touchpoint.ts';
import { newScratch, type Scratch } from '../journeys/compute-map.ts';
import { mapDefinitionOf } from '../journeys/definition.ts';
import type { JourneyLog } from '../journeys/journey-log.ts';
import { LiveMap } from '../journeys/live-map.ts';
import type { MapDefinition } from '../journeys/model.ts';
import type { Segments } from '../journeys/segments.ts';
import { decodeSnapshot, encodeSnapshot } from '../journeys/snapshot.ts';
import { migrationsFolder } from '../paths.ts';
import type { Store } from '../store/database.ts';
import { listFirms } from '../store/firms.ts';
import {
  journeyEventsOf,
  lastSubjectChangeId,
  lastTouchpointId,
  type RecordedTouchpoint,
  segmentsOf,
  subjectChangesAfter,
  subjectOfTouchpoint,
  touchpointsAfter,
} from '../store/journey-log.ts';
import type { Clock } from './context.ts';
import { currentDefinition } from './journey-definitions.ts';
import { loadJourneys } from './journey-loader.ts';

/** How long an id missing from the log is waited for (a transaction still committing) before it is taken as rolled back. */
const GAP_PATIENCE_MS = 60_000;
const POLL_BATCH = 5000;

export interface JourneyState {
  firmId: string;
  type: SubjectType;
  log: JourneyLog;
  segments: Segments;
  /** The highest touchpoint id this state has read. */
  cursor: number;
  /**
   * Ids it holds that are above the host's floor (ids below the floor can no longer arrive late): a touchpoint whose
   * transaction committed after later ones is applied once, whichever way it reached the state.
   */
  recent: Set<number>;
  /** Every id at or below this was final when the state was read, so the state holds all of them that exist. */
  loadFloor: number;
  definitionVersion: number;
  /** The firm's definition as it stands (labels and all) and as the engine reads it. */
  journeyDefinition: JourneyDefinition;
  definition: MapDefinition;
  live: LiveMap;
  /** Buffers reused by every map computed from this state. */
  scratch: Scratch;
  /** Where the state came from, for the logs and the benchmark. */
  loadedFrom: 'snapshot' | 'store';
}

export interface JourneyHostOptions {
  /** Where snapshots are kept; null: none (tests). */
  snapshotDir: string | null;
  /** How often the log is followed, ms (0: only when asked). */
  pollMs: number;
  clock: Clock;
}

const key = (firmId: string, type: SubjectType) => `${firmId}/${type}`;

/** Bumped when the snapshot's meaning changes: an old snapshot is then ignored and the log rebuilt. */
const SNAPSHOT_SCHEMA = 1;

export class JourneyHost {
  readonly #store: Store;
  readonly #options: JourneyHostOptions;
  readonly #states = new Map<string, Promise<JourneyState>>();
  /** The log is followed from here for every loaded state (each state also keeps its own cursor). */
  #cursor = 0;
  #changeCursor = 0;
  /** Ids skipped over while their transaction may still be committing, with when they were first missed. */
  readonly #gaps = new Map<number, number>();
  #syncing: Promise<void> | null = null;
  #again = false;
  #timer: NodeJS.Timeout | null = null;
  #started = false;
  /** Where problems of the background work are told. */
  log: (message: string) => void = () => {};

  constructor(store: Store, options: JourneyHostOptions) {
    this.#store = store;
    this.#options = options;
  }

  /** Starts following the log (from its current end: states load what came before). */
  async start() {
    this.#cursor = await lastTouchpointId(this.#store.db);
    this.#changeCursor = await lastSubjectChangeId(this.#store.db);
    this.#started = true;
    if (this.#options.pollMs > 0) {
      this.#timer = setInterval(() => {
        this.sync().catch((error: unknown) => this.log(`journey engine: ${String(error)}`));
      }, this.#options.pollMs);
      this.#timer.unref();
    }
  }

  async stop() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#syncing;
  }

  /** The state of a firm's journeys of one type, loading it on first use. */
  async state(firmId: string, type: SubjectType): Promise<JourneyState> {
    if (!this.#started) await this.start();
    const k = key(firmId, type);
    let state = this.#states.get(k);
    if (!state) {
      state = this.#load(firmId, type);
      this.#states.set(k, state);
      state.catch(() => this.#states.delete(k));
    }
    const loaded = await state;
    await this.sync();
    return loaded;
  }

  /** Loads every firm's journeys of both types (at server start, behind the listening server). */
  async loadAll() {
    for (const firm of await listFirms(this.#store.db)) {
      for (const type of subjectTypes) await this.state(firm.id, type);
    }
  }

  /**
   * The firm edited its definition: resolves once the maps use the new version (the save waits for it, so the next
   * read is on it). Of two saves in quick succession the later version stays, whichever answer comes back first.
   */
  async definitionChanged(firmId: string, type: SubjectType): Promise<void> {
    const state = this.#states.get(key(firmId, type));
    if (!state) return;
    const s = await state;
    const current = await currentDefinition(this.#store.db, firmId, type);
    if (current.definition.version <= s.definitionVersion) return;
    s.definitionVersion = current.definition.version;
    s.journeyDefinition = current.definition;
    s.definition = mapDefinitionOf(current.definition);
    s.live = new LiveMap(s.log, s.definition);
  }

  async #load(firmId: string, type: SubjectType): Promise<JourneyState> {
    const current = await currentDefinition(this.#store.db, firmId, type);
    const definition = mapDefinitionOf(current.definition);
    const fromSnapshot = this.#readSnapshot(firmId, type);
    const floor = this.#floor();
    const loaded = fromSnapshot ?? { ...(await loadJourneys(this.#store, firmId, type, 0, floor)), floor };
    const state: JourneyState = {
      firmId,
      type,
      log: loaded.log,
      segments: loaded.segments,
      cursor: loaded.cursor,
      recent: new Set(loaded.recent),
      loadFloor: loaded.floor,
      definitionVersion: current.definition.version,
      journeyDefinition: current.definition,
      definition,
      live: new LiveMap(loaded.log, definition),
      scratch: newScratch(),
      loadedFrom: fromSnapshot ? 'snapshot' : 'store',
    };
    if (fromSnapshot) await this.#catchUp(state, fromSnapshot.floor);
    return state;
  }

  /** Reads what came after a snapshot's floor: later touchpoints, late commits, and corrections of what it holds. */
  async #catchUp(state: JourneyState, from: number) {
    let after = from;
    for (;;) {
      const rows = await touchpointsAfter(this.#store, after, POLL_BATCH);
      await this.#apply(
        state,
        rows.filter((r) => r.firmId === state.firmId && r.type === state.type),
      );
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.id;
      state.cursor = Math.max(state.cursor, after);
      if (rows.length < POLL_BATCH) return;
    }
  }

  /** Below this id nothing can arrive late: every id is in the log for good, or never will be. */
  #floor() {
    let floor = this.#cursor;
    for (const gap of this.#gaps.keys()) floor = Math.min(floor, gap - 1);
    return floor;
  }

  /**
   * Follows the log: touchpoints recorded since the last sync (and any ids still missing), then segment changes.
   * Calls arriving while one runs share the next run.
   */
  sync(): Promise<void> {
    if (this.#syncing) {
      this.#again = true;
      return this.#syncing;
    }
    this.#syncing = (async () => {
      try {
        do {
          this.#again = false;
          await this.#syncOnce();
        } while (this.#again);
      } finally {
        this.#syncing = null;
      }
    })();
    return this.#syncing;
  }

  async #syncOnce() {
    for (;;) {
      const rows = await touchpointsAfter(this.#store, this.#cursor, POLL_BATCH);
      const found = [...rows];
      if (this.#gaps.size > 0) {
        const now = Date.now();
        for (const [id, since] of this.#gaps) if (now - since > GAP_PATIENCE_MS) this.#gaps.delete(id);
        // Ids that were missing: their transactions may have committed since.
        for (const id of this.#gaps.keys()) {
          const [row] = await touchpointsAfter(this.#store, id - 1, 1);
          if (row?.id === id) {
            found.push(row);
            this.#gaps.delete(id);
          }
        }
      }
      let expected = this.#cursor + 1;
      for (const r of rows) {
        for (let missing = expected; missing < r.id; missing++) this.#gaps.set(missing, Date.now());
        expected = r.id + 1;
      }
      if (rows.length > 0) this.#cursor = rows[rows.length - 1]!.id;
      const byState = new Map<string, RecordedTouchpoint[]>();
      for (const r of found) {
        const k = key(r.firmId, r.type);
        byState.set(k, [...(byState.get(k) ?? []), r]);
      }
      for (const [k, list] of byState) {
        const pending = this.#states.get(k);
        if (!pending) continue;
        const state = await pending;
        await this.#apply(state, list);
      }
      if (rows.length < POLL_BATCH) break;
    }
    // Ids at or below the floor are settled: no state needs to remember them.
    const floor = this.#floor();
    for (const pending of this.#states.values()) {
      const state = await pending;
      for (const id of state.recent) if (id <= floor) state.recent.delete(id);
    }
    await this.#followSubjectChanges();
  }

  /** Applies touchpoints to a state's log and live map: appends, and corrections (the journey is read again). */
  async #apply(state: JourneyState, rows: RecordedTouchpoint[]) {
    const newJourneys: string[] = [];
    for (const r of rows) {
      // Already held (read at load, or applied before): never twice.
      if (r.id <= state.cursor && state.recent.has(r.id)) continue;
      if (r.id <= state.loadFloor) continue;
      state.recent.add(r.id);
      state.cursor = Math.max(state.cursor, r.id);
      if (r.voidsId !== null) {
        const voided = await subjectOfTouchpoint(this.#store.db, r.firmId, r.voidsId);
        const subjectId = voided?.subjectId ?? r.subjectId;
        const j = state.log.indexOf(subjectId);
        if (j < 0) continue;
        const events = await journeyEventsOf(this.#store, state.firmId, state.type, subjectId);
        state.live.beforeChange(j);
        state.log.replace(j, events);
        state.live.afterChange(j);
        continue;
      }
      let j = state.log.indexOf(r.subjectId);
      if (j < 0) {
        j = state.log.ensure(r.subjectId);
        newJourneys.push(r.subjectId);
      }
      state.live.beforeChange(j);
      state.log.insert(j, r.activity, r.at);
      state.live.afterChange(j);
    }
    if (newJourneys.length > 0) {
      for (const s of await segmentsOf(this.#store.db, state.firmId, state.type, newJourneys)) {
        state.segments.set(state.log.indexOf(s.id), s);
      }
    }
  }

  async #followSubjectChanges() {
    for (;;) {
      const changes = await subjectChangesAfter(this.#store.db, this.#changeCursor, POLL_BATCH);
      if (changes.length === 0) return;
      this.#changeCursor = changes[changes.length - 1]!.id;
      const byState = new Map<string, string[]>();
      for (const c of changes) {
        const k = key(c.firmId, c.type as SubjectType);
        byState.set(k, [...(byState.get(k) ?? []), c.subjectId]);
      }
      for (const [k, ids] of byState) {
        const pending = this.#states.get(k);
        if (!pending) continue;
        const state = await pending;
        for (const s of await segmentsOf(this.#store.db, state.firmId, state.type, [...new Set(ids)])) {
          const j = state.log.indexOf(s.id);
          if (j >= 0) state.segments.set(j, s);
        }
      }
      if (changes.length < POLL_BATCH) return;
    }
  }

  // Snapshots

  #snapshotPath(firmId: string, type: SubjectType) {
    return this.#options.snapshotDir
      ? join(this.#options.snapshotDir, `journeys-${firmId}-${type}.wpj`)
      : null;
  }

  /** What a snapshot must have been written under to be used: the same schema and the same migrations. */
  #schemaStamp() {
    const journal = readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
    return `${SNAPSHOT_SCHEMA}:${(JSON.parse(journal) as { entries: unknown[] }).entries.length}`;
  }

  #readSnapshot(firmId: string, type: SubjectType) {
    const path = this.#snapshotPath(firmId, type);
    if (!path) return null;
    try {
      const snapshot = decodeSnapshot(readFileSync(path));
      if (
        snapshot.meta.schema !== this.#schemaStamp() ||
        snapshot.meta.firmId !== firmId ||
        snapshot.meta.type !== type
      ) {
        return null;
      }
      const { cursor, floor, recent } = snapshot.meta as { cursor: unknown; floor: unknown; recent: unknown };
      // A snapshot from ahead of this database (restored from a backup, or another database) is not current.
      if (
        typeof cursor !== 'number' ||
        typeof floor !== 'number' ||
        !Array.isArray(recent) ||
        cursor > this.#cursor
      ) {
        return null;
      }
      return { log: snapshot.log, segments: snapshot.segments, cursor, floor, recent: recent as number[] };
    } catch {
      return null;
    }
  }

  /** Writes every loaded state's snapshot (atomically: a crash mid-write leaves the previous one). */
  async saveSnapshots() {
    if (!this.#options.snapshotDir) return;
    mkdirSync(this.#options.snapshotDir, { recursive: true });
    for (const pending of this.#states.values()) {
      const state = await pending;
      const path = this.#snapshotPath(state.firmId, state.type)!;
      const floor = Math.min(this.#floor(), state.cursor);
      const bytes = encodeSnapshot(state.log, state.segments, {
        schema: this.#schemaStamp(),
        firmId: state.firmId,
        type: state.type,
        cursor: state.cursor,
        floor,
        recent: [...state.recent].filter((id) => id > floor),
      });
      writeFileSync(`${path}.tmp`, bytes);
      renameSync(`${path}.tmp`, path);
    }
  }
}
