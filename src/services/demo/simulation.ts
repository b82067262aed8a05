/**
 * @module A discrete-event simulation: things the firm does, queued at the moment they happen and run in time order,
 * each with a service context whose clock reads that moment. Use cases take "now" from the clock, so every record and
 * touchpoint they write lands at its simulated time, exactly as if a person had done it then.
 */
import type { Store } from '../../store/database.ts';
import type { Clock, ServiceContext } from '../context.ts';
import { localDate } from './calendar.ts';

export type Happening = (ctx: ServiceContext) => Promise<void>;

interface Queued {
  at: number;
  seq: number;
  run: Happening;
}

const before = (a: Queued, b: Queued) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/** A binary min-heap by time, ties in the order they were queued (so a run is reproducible). */
class Agenda {
  readonly #items: Queued[] = [];

  get size() {
    return this.#items.length;
  }

  peek(): Queued | undefined {
    return this.#items[0];
  }

  push(item: Queued) {
    const items = this.#items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Queued | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < items.length && before(items[l]!, items[least]!)) least = l;
        if (r < items.length && before(items[r]!, items[least]!)) least = r;
        if (least === i) break;
        [items[i], items[least]] = [items[least]!, items[i]!];
        i = least;
      }
    }
    return top;
  }
}

/** How the work of one simulated day is committed. */
export type Batching = 'per-use-case' | 'per-day';

export class Simulation {
  readonly #agenda = new Agenda();
  #seq = 0;
  #now: number;
  readonly end: number;
  /** Reads the simulated time: what every use case run by the simulation sees as "now". */
  readonly clock: Clock = { now: () => new Date(this.#now) };

  constructor(start: number, end: number) {
    this.#now = start;
    this.end = end;
  }

  get now() {
    return this.#now;
  }

  /** Queues something to happen at `at` (not before now); what would happen after the end never does. */
  schedule(at: number, run: Happening) {
    const when = Math.max(Math.round(at), this.#now);
    if (when > this.end) return;
    this.#agenda.push({ at: when, seq: this.#seq++, run });
  }

  /**
   * Runs everything queued, in time order, until nothing is left. With `per-day` batching each simulated day's work
   * commits as one transaction, every use case in it a savepoint: far fewer commits on a PostgreSQL server.
   */
  async run(
    store: Store,
    batching: Batching,
    inOneTransaction: (store: Store, fn: (bound: Store) => Promise<void>) => Promise<void>,
  ) {
    while (this.#agenda.size > 0) {
      const day = localDate(this.#agenda.peek()!.at);
      const runDay = async (dayStore: Store) => {
        const ctx: ServiceContext = { store: dayStore, clock: this.clock };
        for (let next = this.#agenda.peek(); next && localDate(next.at) === day; next = this.#agenda.peek()) {
          this.#agenda.pop();
          this.#now = next.at;
          await next.run(ctx);
          // PGlite answers in the same turn (its promises settle as microtasks): without a pause here a seed running
          // behind a live server would keep every request waiting until the whole year was done.
          if (batching === 'per-use-case') await new Promise((resolve) => setImmediate(resolve));
        }
      };
      if (batching === 'per-day') await inOneTransaction(store, runDay);
      else await runDay(store);
    }
  }
}
