/**
 * @module The demo firm's year, decided up front: when each client comes on board (and whether it buys, lapses or
 * comes back), when each staffing request arrives and how it will go, and when each candidate registers. The
 * simulation then plays it out; planning first keeps the sizes on target whatever happens on the way.
 */
import type { JobType, Source } from '../../domain/candidate.ts';
import { addDays, at, DAY, isWorkday, type LocalDate, localDate } from './calendar.ts';
import type { BranchKey } from './places.ts';
import type { Random } from './random.ts';
import { type TradeKey, tradeKeys, trades } from './trades.ts';

export interface DemoSize {
  candidates: number;
  clients: number;
  /** Accounts the firm already had when it started using Waypoint. */
  establishedClients: number;
  orders: number;
  /** Same-day orders filled by a walk-in who registered that morning. */
  rushWalkIns: number;
  /** People the firm already knew who register again in the first weeks. */
  returningAtStart: number;
  /** Accounts that go quiet and are marked inactive. */
  lapses: number;
}

/**
 * Two sizes of firm. Each use case costs about 13 ms of CPU on PGlite on a small machine, so `standard` is sized to
 * seed in well under 30 s; `full` is the larger firm (about four times the work).
 */
export const demoSizes = {
  /** A quicker firm for tests and trying things out. */
  small: {
    candidates: 150,
    clients: 22,
    establishedClients: 8,
    orders: 36,
    rushWalkIns: 4,
    returningAtStart: 14,
    lapses: 3,
  },
  /** The demo firm: about 500 candidates, 60 clients and 150 job orders. */
  standard: {
    candidates: 500,
    clients: 60,
    establishedClients: 24,
    orders: 150,
    rushWalkIns: 14,
    returningAtStart: 45,
    lapses: 6,
  },
} as const satisfies Record<string, DemoSize>;
export type DemoSizeName = keyof typeof demoSizes;

/** How a staffing request will go. */
export type Fate = 'instant' | 'normal' | 'slow' | 'unfilled' | 'cancelled' | 'hold';

export interface ClientPlan {
  index: number;
  createAt: number;
  branch: BranchKey;
  /** An account the firm already had when it started using Waypoint. */
  established: boolean;
  /** A prospect that will place orders (established accounts always do). */
  converts: boolean;
  meetingAt: number | null;
  firstOrderAt: number | null;
  /** How many orders it places, relatively. */
  demand: number;
  lapseAt: number | null;
  comesBackAt: number | null;
  /** A prospect the account manager gives up on (marked inactive). */
  goesColdAt: number | null;
  source: Source;
  firstHeardOn: LocalDate | null;
}

export interface OrderPlan {
  index: number;
  at: number;
  client: number;
  fate: Fate;
  trade: TradeKey;
  type: JobType;
  openings: number;
  /** A walk-in registers the same morning and is placed on it within hours. */
  rush: boolean;
  /** Taken as "requested" and opened once the terms are confirmed. */
  requested: boolean;
}

export interface CandidatePlan {
  index: number;
  at: number;
  branch: BranchKey;
  trade: TradeKey;
  secondTrade: TradeKey | null;
  source: Source;
  jobTypes: JobType[];
  /** How clients see them (0–1). */
  quality: number;
  /** Turns up and stays (0–1). */
  reliability: number;
  /** Answers the phone and follows through (0–1). */
  engagement: number;
  rushOrder: number | null;
}

export interface YearPlan {
  start: number;
  end: number;
  clients: ClientPlan[];
  orders: OrderPlan[];
  candidates: CandidatePlan[];
}

/** Relative activity by month (January = 0): staffing is busiest in spring and before the holidays. */
const orderSeason = [0.7, 0.8, 1, 1.1, 1.1, 1, 0.9, 1, 1.1, 1.25, 1.2, 0.8];
const signupSeason = [1.3, 1.1, 1.1, 1, 1, 1.1, 0.9, 1, 1.2, 1, 0.8, 0.6];

const related: Partial<Record<TradeKey, TradeKey>> = {
  warehouse: 'forklift',
  forklift: 'warehouse',
  production: 'warehouse',
  cnc: 'production',
  welding: 'production',
  admin: 'customer_service',
  customer_service: 'admin',
  accounting: 'admin',
  medical: 'admin',
  laborer: 'warehouse',
  driver: 'warehouse',
  maintenance: 'production',
  hospitality: 'warehouse',
};

/** Trades whose temporary orders a desk can fill the same day from people on its bench. */
const quickTrades: readonly TradeKey[] = ['warehouse', 'forklift', 'production', 'laborer', 'hospitality'];

/**
 * A moment in office hours on a working day between two day offsets. With a season, busier months are more likely,
 * and so is the recent past: the firm is growing (half again as busy at the end of the year as at its start).
 */
function officeMoment(
  random: Random,
  start: number,
  fromDay: number,
  toDay: number,
  season?: number[],
): number {
  const first = localDate(start);
  for (;;) {
    const day = random.int(fromDay, toDay);
    const date = addDays(first, day);
    if (!isWorkday(date)) continue;
    const weight = season ? season[Number(date.slice(5, 7)) - 1]! * (0.8 + (0.4 * day) / 365) : 1;
    if (random.float() * 1.6 > weight) continue;
    return at(date, random.between(8.25, 17.25));
  }
}

const demandOf = (random: Random) =>
  random.weighted([
    [3, 25],
    [1.5, 45],
    [0.6, 30],
  ] as const);

function planClients(random: Random, start: number, end: number, size: DemoSize): ClientPlan[] {
  const days = Math.floor((end - start) / DAY);
  const clients: ClientPlan[] = [];
  for (let i = 0; i < size.clients; i++) {
    const established = i < size.establishedClients;
    const createAt = established
      ? officeMoment(random, start, 0, 12)
      : officeMoment(random, start, 10, days - 12);
    const converts = established || random.chance(0.65);
    const meetingAt = established || !converts ? null : createAt + random.int(3, 18) * DAY;
    const source: Source = established
      ? random.weighted([
          ['returning', 6],
          ['referral', 3],
          ['cold_outreach', 1],
        ] as const)
      : random.weighted([
          ['cold_outreach', 8],
          ['referral', 4],
          ['website', 4],
          ['job_fair', 2],
          ['social_media', 1],
          ['other', 1],
        ] as const);
    clients.push({
      index: i,
      createAt,
      branch: random.chance(0.6) ? 'boston' : 'worcester',
      established,
      converts,
      meetingAt,
      firstOrderAt: meetingAt === null ? null : meetingAt + random.int(2, 30) * DAY,
      demand: demandOf(random) * (established ? 1 : 0.7),
      lapseAt: null,
      comesBackAt: null,
      goesColdAt: !converts && random.chance(0.4) ? createAt + random.int(60, 150) * DAY : null,
      source,
      firstHeardOn: established
        ? addDays(localDate(createAt), -random.int(400, 2900))
        : source === 'website' || source === 'referral'
          ? addDays(localDate(createAt), -random.int(1, 12))
          : null,
    });
  }
  // A few accounts go quiet and are marked inactive; one of them comes back with a new order.
  const candidates = random.shuffle(
    clients.filter((c) => c.converts && (c.firstOrderAt ?? c.createAt) < end - 200 * DAY),
  );
  for (const [n, c] of candidates.slice(0, size.lapses).entries()) {
    c.lapseAt = officeMoment(random, start, 150, days - 25);
    if (n === 0) c.comesBackAt = c.lapseAt + random.int(40, 80) * DAY;
  }
  return clients;
}

/** Whether a client would place an order at `t`. */
function ordersAt(c: ClientPlan, t: number): boolean {
  const since = c.established ? c.createAt : c.firstOrderAt;
  if (since === null || t <= since) return false;
  if (c.lapseAt !== null && t > c.lapseAt - 45 * DAY) return c.comesBackAt !== null && t > c.comesBackAt;
  return true;
}

function orderPlan(
  random: Random,
  index: number,
  at: number,
  client: number,
  work: readonly (readonly [TradeKey, number])[],
): OrderPlan {
  const trade = random.weighted(work);
  const type = random.weighted(trades[trade].jobTypes);
  let fate = random.weighted<Fate>([
    ['instant', 14],
    ['normal', 46],
    ['slow', 14],
    ['unfilled', 11],
    ['cancelled', 8],
    ['hold', 7],
  ]);
  // Only temporary work in trades with people on the bench is filled within hours.
  if (fate === 'instant' && (type !== 'temp' || !quickTrades.includes(trade))) fate = 'normal';
  const openings = random.weighted([
    [1, 50],
    [2, 25],
    [3, 12],
    [4, 7],
    [5, 6],
  ] as const);
  return {
    index,
    at,
    client,
    fate,
    trade,
    type,
    openings: type === 'direct_hire' ? 1 : openings,
    rush: false,
    requested: fate !== 'instant' && random.chance(0.15),
  };
}

function planOrders(
  random: Random,
  start: number,
  end: number,
  clients: ClientPlan[],
  size: DemoSize,
  work: (client: number) => readonly (readonly [TradeKey, number])[],
): OrderPlan[] {
  const days = Math.floor((end - start) / DAY);
  const times: { at: number; client: number | null }[] = [];
  for (const c of clients) {
    if (c.firstOrderAt !== null && c.firstOrderAt < end) times.push({ at: c.firstOrderAt, client: c.index });
    if (c.comesBackAt !== null && c.comesBackAt < end) times.push({ at: c.comesBackAt, client: c.index });
  }
  // A few requests from the last two weeks are still being worked at the end of the year.
  const recent = Math.ceil(size.orders * 0.06);
  while (times.length < size.orders) {
    const t =
      times.length < size.orders - recent
        ? officeMoment(random, start, 3, days - 1, orderSeason)
        : officeMoment(random, start, days - 12, days - 1);
    const open = clients.filter((c) => ordersAt(c, t));
    if (open.length === 0) continue;
    times.push({ at: t, client: random.weighted(open.map((c) => [c.index, c.demand] as const)) });
  }
  times.sort((a, b) => a.at - b.at);
  const orders = times.map((t, i) => orderPlan(random, i, t.at, t.client!, work(t.client!)));
  // However the dice fall, a few requests of each hard kind: closed unfilled, cancelled, put on hold.
  for (const fate of ['unfilled', 'cancelled', 'hold'] as const) {
    const missing = Math.max(0, Math.ceil(size.orders * 0.05) - orders.filter((o) => o.fate === fate).length);
    const normal = orders.filter((o) => o.fate === 'normal' && o.at < end - 60 * DAY);
    for (const o of random.sample(normal, missing)) o.fate = fate;
  }
  // Some same-day temporary orders are filled by a walk-in who registers that very morning.
  const quick = orders.filter(
    (o) =>
      o.type === 'temp' && quickTrades.includes(o.trade) && (o.fate === 'instant' || o.fate === 'normal'),
  );
  for (const order of random.sample(quick, size.rushWalkIns)) {
    order.fate = 'instant';
    order.rush = true;
    order.requested = false;
    // Phoned in first thing, so the walk-in can be screened, placed and start the same day.
    order.at = at(localDate(order.at), random.between(8.25, 10));
  }
  return orders;
}

function planCandidates(
  random: Random,
  start: number,
  end: number,
  orders: OrderPlan[],
  size: DemoSize,
  branchOf: (client: number) => BranchKey,
): CandidatePlan[] {
  const days = Math.floor((end - start) / DAY);
  const out: CandidatePlan[] = [];
  const person = (
    at: number,
    branch: BranchKey,
    trade: TradeKey,
    source: Source,
    rushOrder: number | null,
  ) => {
    const second = rushOrder === null && random.chance(0.2) ? (related[trade] ?? null) : null;
    const types: JobType[] =
      rushOrder === null
        ? random.sample(
            trades[trade].jobTypes.filter(([, w]) => w >= 1).map(([t]) => t),
            random.int(1, 2),
          )
        : ['temp'];
    out.push({
      index: out.length,
      at,
      branch,
      trade,
      secondTrade: second,
      source,
      jobTypes: types,
      quality: rushOrder === null ? (random.float() + random.float()) / 2 : random.between(0.6, 0.95),
      reliability:
        rushOrder === null && random.chance(0.08) ? random.between(0.1, 0.5) : random.between(0.6, 1),
      engagement: rushOrder === null ? random.between(0.35, 1) : random.between(0.7, 1),
      rushOrder,
    });
  };
  // People come in for the work there is: half by the trades' usual shares, half by the openings the firm will have.
  const openings = new Map<TradeKey, number>();
  for (const o of orders) openings.set(o.trade, (openings.get(o.trade) ?? 0) + o.openings);
  const allOpenings = orders.reduce((sum, o) => sum + o.openings, 0);
  const share = tradeKeys.map(
    (k) => [k, trades[k].share / 100 + (openings.get(k) ?? 0) / allOpenings] as const,
  );
  const source = () =>
    random.weighted<Source>([
      ['job_board', 30],
      ['walk_in', 15],
      ['referral', 18],
      ['website', 14],
      ['social_media', 9],
      ['job_fair', 5],
      ['returning', 5],
      ['other', 4],
    ]);
  // Walk-ins who register on the morning of a same-day order and are placed on it within hours.
  for (const order of orders.filter((o) => o.rush)) {
    person(
      order.at + random.int(20, 50) * 60_000,
      branchOf(order.client),
      order.trade,
      'walk_in',
      order.index,
    );
  }
  const regular = size.candidates - out.length;
  const recent = Math.ceil(size.candidates * 0.03);
  for (let i = 0; i < regular; i++) {
    // The first weeks rebuild the bench: people the firm already knew come back in. The last week has its
    // newcomers too, still to be screened or put forward when the year ends.
    const early = i < size.returningAtStart;
    const at = early
      ? officeMoment(random, start, 0, 14)
      : i >= regular - recent
        ? officeMoment(random, start, days - 6, days - 1)
        : officeMoment(random, start, 5, days - 1, signupSeason);
    const s = early && random.chance(0.5) ? 'returning' : source();
    person(at, random.chance(0.6) ? 'boston' : 'worcester', random.weighted(share), s, null);
  }
  return out;
}

/**
 * Plans the year that ends at `end`. `work` tells what a client orders (its line of business, decided with its
 * profile); `branchOf` which branch looks after it.
 */
export function planYear(
  random: Random,
  end: number,
  size: DemoSize,
  work: (client: ClientPlan) => readonly (readonly [TradeKey, number])[],
): YearPlan {
  const start = at(addDays(localDate(end), -365), 8);
  const clients = planClients(random, start, end, size);
  const works = clients.map(work);
  const orders = planOrders(random, start, end, clients, size, (i) => works[i]!);
  const candidates = planCandidates(random, start, end, orders, size, (i) => clients[i]!.branch);
  candidates.sort((a, b) => a.at - b.at || a.index - b.index);
  return { start, end, clients, orders, candidates };
}
