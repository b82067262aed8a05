/**
 * The demo seed on a real database (PGlite, or the PostgreSQL server): the firm's size, every role signing in, journeys
 * that branch and loop, the same seed giving the same firm, search, and touchpoints stamped by the simulated clock.
 * Nothing is faked. Seeding runs about 1,400 use cases, so each database is seeded once and the tests read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import { signIn, testApp } from '../../test/http.ts';
import { listCandidatesQuery } from '../contract/candidates.ts';
import { listClientsQuery } from '../contract/clients.ts';
import { listJobOrdersQuery } from '../contract/job-orders.ts';
import type { TouchpointView } from '../contract/touchpoints.ts';
import type { Actor } from '../domain/roles.ts';
import type { Activity } from '../domain/touchpoint.ts';
import { firmStaff } from '../store/standards.ts';
import { listCandidates } from './candidates.ts';
import { listClients } from './clients.ts';
import { type ServiceContext, systemClock } from './context.ts';
import { STATUS_UPDATES_FOR_DAYS } from './demo/status-updates.ts';
import { DEMO_PASSWORD, type DemoSeedResult, demoAccounts, demoSizes, seedDemo } from './demo-seed.ts';
import { listJobOrders } from './job-orders.ts';
import { listMessages } from './messaging/boxes.ts';
import { search } from './search.ts';
import { compliance, complianceMisses } from './standards/compliance.ts';
import { runStandardTimers } from './standards/timers.ts';
import { workQueue } from './standards/work-queue.ts';
import { recentTouchpoints } from './touchpoints.ts';

/** The end of the simulated year: fixed, so the firm is the same on every run. */
const NOW = new Date('2026-06-30T16:00:00Z');
const DAY = 86_400_000;
const SEED_TIMEOUT = 240_000;

let store: TestStore;
let ctx: ServiceContext;
let seeded: DemoSeedResult;
/** A firm-wide reader (reads only; nothing is written under this id). */
let reader: Actor;
let log: TouchpointView[];

async function allTouchpoints(c: ServiceContext, actor: Actor) {
  const items: TouchpointView[] = [];
  let before: number | undefined;
  do {
    const page = await recentTouchpoints(c, actor, { limit: 200, ...(before ? { before } : {}) });
    items.push(...page.items);
    before = page.nextBefore ?? undefined;
  } while (before);
  return items;
}

async function candidateRoster(c: ServiceContext, actor: Actor) {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const res = await listCandidates(
      c,
      actor,
      listCandidatesQuery.parse({ sort: 'name', pageSize: 100, page }),
    );
    out.push(
      ...res.items.map((i) => `${i.firstName} ${i.lastName} <${i.email ?? ''}> ${i.city ?? ''} ${i.status}`),
    );
    // Sorted here: the list breaks ties between people of the same name by id, and ids differ between runs.
    if (out.length >= res.total) return out.sort();
  }
}

/** Each subject's activities in journey order (time, then recording order). */
function journeys(items: TouchpointView[], subject: 'candidate' | 'client') {
  const bySubject = new Map<string, TouchpointView[]>();
  for (const t of items) {
    const ref = subject === 'candidate' ? t.candidate : t.client;
    if (t.subjectType !== subject || !ref) continue;
    bySubject.set(ref.id, [...(bySubject.get(ref.id) ?? []), t]);
  }
  for (const list of bySubject.values())
    list.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id);
  return [...bySubject.values()];
}

const at = (t: TouchpointView | undefined) => (t ? Date.parse(t.occurredAt) : Number.NaN);
const first = (j: TouchpointView[], activity: Activity) => j.find((t) => t.activity === activity);
const count = (j: TouchpointView[], activity: Activity) => j.filter((t) => t.activity === activity).length;

beforeAll(async () => {
  store = await openTestStore();
  ctx = { store, clock: { now: () => NOW } };
  seeded = await seedDemo(ctx, { now: NOW, size: 'small' });
  reader = {
    userId: '00000000-0000-0000-0000-000000000000',
    firmId: seeded.firm.id,
    branchId: '00000000-0000-0000-0000-000000000000',
    role: 'admin',
  };
  log = await allTouchpoints(ctx, reader);
}, SEED_TIMEOUT);
afterAll(async () => {
  await store?.close();
});

describe('seedDemo', () => {
  it('creates a firm of the planned size, every record reachable through the use cases', async () => {
    const size = demoSizes.small;
    const c = seeded.counts;
    expect(c).toMatchObject({
      users: 8,
      candidates: size.candidates,
      clients: size.clients,
      jobOrders: size.orders,
    });
    // The rest follows from how the year went; these are the bounds of a realistic small firm.
    expect(c.contacts).toBeGreaterThanOrEqual(size.clients);
    expect(c.employmentLines).toBeGreaterThan(size.candidates * 0.3);
    expect(c.submissions).toBeGreaterThan(size.orders * 2);
    expect(c.placements).toBeGreaterThan(size.orders * 0.4);
    expect(c.touchpoints).toBeGreaterThan(size.candidates * 5);

    const page = { page: 1, pageSize: 1 };
    expect((await listCandidates(ctx, reader, listCandidatesQuery.parse(page))).total).toBe(c.candidates);
    expect((await listClients(ctx, reader, listClientsQuery.parse(page))).total).toBe(c.clients);
    expect((await listJobOrders(ctx, reader, listJobOrdersQuery.parse(page))).total).toBe(c.jobOrders);
    expect(log).toHaveLength(c.touchpoints);
  });

  it('gives every role a demo account that signs in with the documented password', async () => {
    // Signing in is judged by the real clock (sessions), not the simulated one.
    const app = await testApp({ store, clock: systemClock });
    try {
      expect(new Set(demoAccounts.map((a) => a.role))).toEqual(
        new Set(['admin', 'branch_manager', 'recruiter', 'account_manager']),
      );
      for (const account of demoAccounts) {
        const client = await signIn(app, account, DEMO_PASSWORD);
        const session = await client.get('/api/auth/session');
        expect(session.status).toBe(200);
        expect(session.body.user).toMatchObject({
          email: account.email,
          role: account.role,
          firmName: 'Harbor Staffing',
        });
      }
    } finally {
      await app.close();
    }
  });

  it('has candidate journeys that branch and loop like real life', () => {
    const js = journeys(log, 'candidate');
    expect(js.length).toBe(seeded.counts.candidates);
    const some = (test: (j: TouchpointView[]) => boolean) => js.filter(test).length;
    expect(some((j) => count(j, 'redeployed') > 0)).toBeGreaterThan(0);
    expect(some((j) => count(j, 'withdrew') > 0)).toBeGreaterThan(0);
    expect(some((j) => count(j, 'interviewed') >= 2)).toBeGreaterThan(0);
    expect(some((j) => count(j, 'not_selected') >= 3)).toBeGreaterThan(0);
    expect(some((j) => count(j, 'assignment_checkin') >= 2)).toBeGreaterThan(0);
    // Placed within a day of registering, and waiting more than three weeks for a first submission.
    expect(some((j) => at(first(j, 'placed')) - at(first(j, 'registered')) < DAY)).toBeGreaterThan(0);
    expect(some((j) => at(first(j, 'submitted')) - at(first(j, 'registered')) > 21 * DAY)).toBeGreaterThan(0);
    // Some never get past screening: registered (and perhaps screened), never put forward.
    expect(some((j) => count(j, 'submitted') === 0)).toBeGreaterThan(0);
    // Assignments end in different ways.
    const endings = new Set(log.filter((t) => t.activity === 'assignment_ended').map((t) => t.outcome));
    expect(endings.size).toBeGreaterThanOrEqual(3);
  });

  it('has client journeys with filled, unfilled and cancelled orders, repeat requests and a lapse', async () => {
    const seen = new Set(log.filter((t) => t.subjectType === 'client').map((t) => t.activity));
    for (const activity of [
      'staffing_request',
      'repeat_request',
      'meeting',
      'order_filled',
      'order_unfilled',
      'order_cancelled',
      'lapsed',
    ]) {
      expect(seen, activity).toContain(activity);
    }
    const inactive = await listClients(ctx, reader, listClientsQuery.parse({ status: 'inactive' }));
    expect(inactive.total).toBeGreaterThan(0);
  });

  it('leaves work in flight at the end of the year', async () => {
    const open = await listJobOrders(ctx, reader, listJobOrdersQuery.parse({ state: 'workable' }));
    expect(open.total).toBeGreaterThan(0);
    const working = await listCandidates(ctx, reader, listCandidatesQuery.parse({ status: 'on_assignment' }));
    expect(working.total).toBeGreaterThan(0);
    const since = (days: number) => log.filter((t) => at(t) > NOW.getTime() - days * DAY);
    expect(since(7).some((t) => t.activity === 'registered')).toBe(true);
    expect(since(14).some((t) => t.activity === 'submitted')).toBe(true);
  });

  it('finds a seeded candidate by their email and by their phone, however it was typed', async () => {
    const people = await listCandidates(
      ctx,
      reader,
      listCandidatesQuery.parse({ sort: 'name', pageSize: 100 }),
    );
    const someone = people.items.find((p) => p.email)!;
    const byEmail = await search(ctx, reader, { q: someone.email!.toUpperCase(), limit: 5 });
    expect(byEmail.items[0]).toMatchObject({ type: 'candidate', id: someone.id, matchedOn: 'email' });
    // Phones are in the 555-0100…0199 range kept for fiction, written the many ways people write them.
    const digitsOf = (phone: string) => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
    for (const p of people.items) expect(digitsOf(p.phone!)).toMatch(/^\d{3}55501\d{2}$/);
    const digits = digitsOf(someone.phone!);
    const typed = `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
    const byPhone = await search(ctx, reader, { q: typed, limit: 5 });
    expect(byPhone.items[0]).toMatchObject({ type: 'candidate', id: someone.id, matchedOn: 'phone' });
  });

  it('stamps touchpoints with the simulated clock: inside the year, none in the future, in recording order', () => {
    const from = seeded.from.getTime();
    expect(log.every((t) => at(t) <= NOW.getTime())).toBe(true);
    // Only "heard of us" may lie before the year: people and companies heard of the firm before it used Waypoint.
    expect(log.filter((t) => at(t) < from).every((t) => t.activity === 'heard_of_us')).toBe(true);
    // What a use case stamps "now" was recorded in time order; dated facts (an interview's hour, a test's day) are
    // stamped with their own moment and are left out.
    const stampedNow = new Set<string>([
      'registered',
      'submitted',
      'candidates_presented',
      'not_selected',
      'offered',
      'placed',
      'redeployed',
      'withdrew',
      'client_interview',
      'staffing_request',
      'repeat_request',
      'order_filled',
      'order_unfilled',
      'order_cancelled',
      'lapsed',
      'contacted',
      'meeting',
      'assignment_checkin',
    ]);
    const inRecordingOrder = log.filter((t) => stampedNow.has(t.activity)).sort((a, b) => a.id - b.id);
    for (let i = 1; i < inRecordingOrder.length; i++) {
      expect(at(inRecordingOrder[i]), `touchpoint ${inRecordingOrder[i]!.id}`).toBeGreaterThanOrEqual(
        at(inRecordingOrder[i - 1]),
      );
    }
    // A journey starts where it should: nobody is screened, submitted or placed before they registered.
    for (const j of journeys(log, 'candidate')) {
      const registered = at(first(j, 'registered'));
      expect(j.filter((t) => t.activity !== 'heard_of_us').every((t) => at(t) >= registered)).toBe(true);
    }
  });

  it(
    'gives the same firm for the same seed (ids aside)',
    async () => {
      const again = await openTestStore();
      try {
        const ctx2: ServiceContext = { store: again, clock: { now: () => NOW } };
        const second = await seedDemo(ctx2, { now: NOW, size: 'small' });
        expect(second.counts).toEqual(seeded.counts);
        const reader2 = { ...reader, firmId: second.firm.id };
        expect(await candidateRoster(ctx2, reader2)).toEqual(await candidateRoster(ctx, reader));
      } finally {
        await again.close();
      }
    },
    SEED_TIMEOUT,
  );
});

describe('the demo firm’s messages', () => {
  it('holds status updates of its last ten days only: waiting in the outbox, and proposed to recruiters', async () => {
    const all = async (box: 'outbox' | 'proposed') =>
      (await listMessages(ctx, reader, { box, page: 1, pageSize: 100 })).items;
    // Status updates only: the digests the standards' timers queue are staff mail, not people's.
    const outbox = (await all('outbox')).filter((m) => m.kind !== 'digest' && m.kind !== 'escalation');
    const proposed = await all('proposed');
    expect(outbox.length).toBeGreaterThan(0);
    expect(proposed.length).toBeGreaterThan(0);
    const since = NOW.getTime() - STATUS_UPDATES_FOR_DAYS * DAY;
    for (const m of [...outbox, ...proposed]) {
      expect(m.kind).toBe('status_update');
      expect(Date.parse(m.createdAt)).toBeGreaterThanOrEqual(since);
      expect(m.candidate).not.toBeNull();
    }
    expect(new Set(proposed.map((m) => m.templateKey))).not.toContain('status_placed');
  });
});

describe('the demo firm’s service standards', () => {
  it('fills the compliance report and every user’s work queue', async () => {
    const staff = await firmStaff(ctx.store.db, seeded.firm.id);
    expect(staff).toHaveLength(demoAccounts.length);
    const admin = staff.find((u) => u.role === 'admin')!;
    const asActor = (u: (typeof staff)[number]): Actor => ({
      userId: u.id,
      firmId: seeded.firm.id,
      branchId: u.branchId,
      role: u.role as Actor['role'],
    });
    const report = await compliance(ctx, asActor(admin), { from: '2025-07-01', to: '2026-07-01' });
    // Every standard came due in the year (but replies: the simulated year has no inbound mail), some met and some
    // missed, over several months.
    expect([...new Set(report.cells.map((c) => c.standardKey))].sort()).toEqual([
      'assignment_checkin',
      'client_contact',
      'in_process_update',
      'registration_response',
      'staffing_request_response',
    ]);
    expect(report.months.length).toBeGreaterThanOrEqual(6);
    const due = report.cells.reduce((n, c) => n + c.due, 0);
    const met = report.cells.reduce((n, c) => n + c.met, 0);
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(due);
    const misses = await complianceMisses(ctx, asActor(admin), {
      from: '2025-07-01',
      to: '2026-07-01',
      standardKey: report.cells.find((c) => c.missed > 0)!.standardKey,
    });
    expect(misses.items.length).toBeGreaterThan(0);

    const sizes: Record<string, number> = {};
    for (const u of staff) {
      const q = await workQueue(ctx, asActor(u), {});
      sizes[`${u.name} (${u.role})`] = q.items.length;
    }
    expect(Object.entries(sizes).filter(([, n]) => n === 0)).toEqual([]);

    // The timers on the seeded firm (a Tuesday noon in Boston): one digest for each of the staff, then nothing more.
    const first = await runStandardTimers(ctx);
    expect(first.digests).toBe(demoAccounts.length);
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 0 });
  });
});
