/**
 * @module The demo seed: a realistic staffing firm (Harbor Staffing, Boston and Worcester) with a year of history,
 * created entirely through the use cases, so every record has its touchpoints and search terms exactly as in real
 * use. The year is simulated as a time-ordered stream of events; each runs with a clock that reads its moment. The
 * same seed gives the same firm (record ids differ).
 */
import type { Actor } from '../domain/roles.ts';
import { inOneTransaction } from '../store/database.ts';
import { listFirms } from '../store/firms.ts';
import { countUsers } from '../store/users.ts';
import type { ServiceContext } from './context.ts';
import { localDate } from './demo/calendar.ts';
import { scheduleRegistration } from './demo/candidate-desk.ts';
import { candidateProfile } from './demo/candidate-profiles.ts';
import { scheduleClient } from './demo/client-desk.ts';
import { type ClientProfile, clientProfile } from './demo/client-profiles.ts';
import { scheduleOrder } from './demo/order-desk.ts';
import { PhoneBook } from './demo/people.ts';
import { type DemoSizeName, demoSizes, planYear } from './demo/plan.ts';
import { Random } from './demo/random.ts';
import { type Batching, Simulation } from './demo/simulation.ts';
import { createDemoFirm, DEMO_FIRM, DEMO_PASSWORD, type DemoAccount, demoAccounts } from './demo/staff.ts';
import { seedStageResources } from './demo/stage-resources.ts';
import { holdStatusUpdates, scheduleStatusUpdatesStart } from './demo/status-updates.ts';
import { DemoWorld, type Tally } from './demo/world.ts';
import { recentTouchpoints } from './touchpoints.ts';

export { DEMO_FIRM, DEMO_PASSWORD, type DemoAccount, type DemoSizeName, demoAccounts, demoSizes };

export const DEFAULT_DEMO_SEED = 2026;

export interface SeedDemoOptions {
  /** The same seed gives the same firm. */
  seed?: number;
  /** The end of the simulated year (default: the context's clock). */
  now?: Date;
  /** How big a firm (default `standard`). */
  size?: DemoSizeName;
}

export interface DemoSeedResult {
  firm: { id: string; name: string; slug: string };
  accounts: readonly DemoAccount[];
  password: string;
  seed: number;
  size: DemoSizeName;
  from: Date;
  to: Date;
  counts: Tally & { touchpoints: number };
  milliseconds: number;
}

/** Firms already in the database: the demo is seeded only into an empty one. */
export async function existingFirms(ctx: ServiceContext): Promise<{ name: string; slug: string }[]> {
  return (await listFirms(ctx.store.db)).map((f) => ({ name: f.name, slug: f.slug }));
}

/** Whether nobody can sign in yet (a first run). */
export async function hasNoUsers(ctx: ServiceContext): Promise<boolean> {
  return (await countUsers(ctx.store.db)) === 0;
}

/** Counts the firm's touchpoints through its timeline, a page at a time. */
async function countTouchpoints(ctx: ServiceContext, actor: Actor): Promise<number> {
  let total = 0;
  let before: number | undefined;
  for (;;) {
    const page = await recentTouchpoints(ctx, actor, { limit: 200, ...(before ? { before } : {}) });
    total += page.items.length;
    if (page.nextBefore === null) return total;
    before = page.nextBefore;
  }
}

/** A seed under way: the firm and its accounts exist; `finish()` simulates the year's history. */
export interface DemoSeeding {
  firm: { id: string; name: string; slug: string };
  accounts: readonly DemoAccount[];
  password: string;
  finish(): Promise<DemoSeedResult>;
}

/**
 * Creates the demo firm and its staff (a moment's work: they can sign in at once) and returns how to fill in the
 * year. A PostgreSQL server commits each simulated day as one transaction (every use case a savepoint of it);
 * PGlite, where a commit costs no more than a savepoint, lets each use case commit on its own.
 */
export async function startDemoSeed(
  ctx: ServiceContext,
  options: SeedDemoOptions = {},
): Promise<DemoSeeding> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const size = options.size ?? 'standard';
  const end = (options.now ?? ctx.clock.now()).getTime();
  // Separate streams for the plan, the people and the year's events: a change to one leaves the others as they were.
  const planRandom = new Random(seed);
  const peopleRandom = new Random(seed ^ 0x5bd1e995);
  const lifeRandom = new Random(seed ^ 0x27d4eb2f);
  const phones = new PhoneBook(peopleRandom);
  const clientNames = new Set<string>();
  const emails = new Set<string>();
  const clientProfiles: ClientProfile[] = [];
  const plan = planYear(planRandom, end, demoSizes[size], (c) => {
    const profile = clientProfile(peopleRandom, phones, clientNames, c);
    clientProfiles[c.index] = profile;
    return profile.orders;
  });
  const candidateProfiles = plan.candidates.map((c) =>
    candidateProfile(peopleRandom, phones, emails, { ...c, registered: localDate(c.at) }),
  );
  const staff = await ctx.store.transaction(async (tx) => {
    const created = await createDemoFirm(tx);
    await holdStatusUpdates(tx, created.firmId, created.admin.userId, new Date(plan.start));
    await seedStageResources(tx, created.firmId, new Date(plan.start));
    return created;
  });
  const firm = { id: staff.firmId, ...DEMO_FIRM };

  const finish = async (): Promise<DemoSeedResult> => {
    const sim = new Simulation(plan.start, end);
    const world = new DemoWorld(sim, lifeRandom, staff);
    world.tally.users = staff.all.length;
    scheduleStatusUpdatesStart(sim, staff.firmId, staff.admin.userId);
    for (const c of plan.clients) scheduleClient(world, c, clientProfiles[c.index]!);
    for (const o of plan.orders) scheduleOrder(world, o);
    for (const [i, c] of plan.candidates.entries()) scheduleRegistration(world, c, candidateProfiles[i]!);
    const batching: Batching = ctx.store.kind === 'postgres' ? 'per-day' : 'per-use-case';
    await sim.run(ctx.store, batching, inOneTransaction);
    const touchpoints = await countTouchpoints(ctx, staff.admin);
    return {
      firm,
      accounts: demoAccounts,
      password: DEMO_PASSWORD,
      seed,
      size,
      from: new Date(plan.start),
      to: new Date(end),
      counts: { ...world.tally, touchpoints },
      milliseconds: Math.round(performance.now() - started),
    };
  };
  return { firm, accounts: demoAccounts, password: DEMO_PASSWORD, finish };
}

/** Seeds the demo firm into the context's database, history and all, and returns what it created. */
export async function seedDemo(ctx: ServiceContext, options: SeedDemoOptions = {}): Promise<DemoSeedResult> {
  return (await startDemoSeed(ctx, options)).finish();
}
