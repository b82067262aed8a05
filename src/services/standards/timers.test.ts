/**
 * The standards' timers under a controlled clock, on the real database (PGlite, or the PostgreSQL server): an item
 * goes upcoming → due → overdue → escalated (one escalation row, one mail), a restart changes nothing, acting clears
 * it. What is faked: the clock (a test clock moved by hand). The journey engine is not running in this context, so
 * the queue holds no stalled journeys here (those come from `attention`, tested with it).
 *
 * The restart: on PGlite the database is dumped, closed and reopened from the dump (a new instance, nothing kept in
 * memory); on the PostgreSQL server a new connection pool is opened on the same database (closing the test's own
 * store would drop it). Either way a new ServiceContext with a new clock object runs the timers again.
 */
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HOUR, testClock } from '../../../test/clock.ts';
import { openTestStore, testDb } from '../../../test/db.ts';
import { buildCandidate, buildWorld, type World } from '../../../test/factories.ts';
import type { WorkItem } from '../../contract/standards.ts';
import { logTouchpointRequest } from '../../contract/touchpoints.ts';
import { openPglite, openPostgres, type Store } from '../../store/database.ts';
import { digestRuns, messages, standardEscalations } from '../../store/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { logTouchpoint } from '../touchpoints.ts';
import { putBranchHoliday } from './settings.ts';
import { runStandardTimers } from './timers.ts';
import { sortQueue, workQueue } from './work-queue.ts';

/** Opens this file's database with a way to restart it. */
async function openRestartable(): Promise<{
  store: Store;
  restart(): Promise<Store>;
  close(): Promise<void>;
}> {
  if (testDb() === 'postgres') {
    const test = await openTestStore();
    const pools: Store[] = [];
    return {
      get store() {
        return pools.at(-1) ?? test;
      },
      restart: async () => {
        const next = await openPostgres(test.url!);
        pools.push(next);
        return next;
      },
      close: async () => {
        for (const p of pools) await p.close();
        await test.close();
      },
    };
  }
  const tar = readFileSync(inject('pgliteTemplate'));
  let current = await openPglite({ memory: true, loadDataDir: new Blob([tar]) });
  return {
    get store() {
      return current.store;
    },
    restart: async () => {
      const dump = await current.client.dumpDataDir('none');
      await current.store.close();
      current = await openPglite({ memory: true, loadDataDir: dump });
      return current.store;
    },
    close: () => current.store.close(),
  };
}

let db: Awaited<ReturnType<typeof openRestartable>>;
beforeAll(async () => {
  db = await openRestartable();
});
afterAll(async () => {
  await db?.close();
});

// Monday 2026-11-23, 10:00 in Boston (EST, UTC-5): the branch works 08:00–17:00, Monday to Friday.
const MONDAY_10 = '2026-11-23T15:00:00Z';

async function counts(store: Store, firmId: string) {
  const esc = await store.db.select().from(standardEscalations).where(eq(standardEscalations.firmId, firmId));
  const escMail = await store.db
    .select()
    .from(messages)
    .where(and(eq(messages.firmId, firmId), eq(messages.kind, 'escalation')));
  const digests = await store.db.select().from(digestRuns).where(eq(digestRuns.firmId, firmId));
  const digestMail = await store.db
    .select()
    .from(messages)
    .where(and(eq(messages.firmId, firmId), eq(messages.kind, 'digest')));
  return { esc, escMail, digests, digestMail };
}

describe('service-standard timers', () => {
  let w: World;
  let candidateId: string;
  const clock = testClock(MONDAY_10);
  const stateOfItem = async (ctx: ServiceContext) => {
    const q = await workQueue(ctx, w.recruiter, {});
    return q.items.find((i) => i.standardKey === 'registration_response' && i.subject?.id === candidateId)
      ?.state;
  };

  it('moves an item upcoming → due → overdue → escalated, escalates once, survives a restart, clears on contact', async () => {
    w = await buildWorld(db.store, clock);
    candidateId = (await buildCandidate(w)).id;
    // Registered twelve days earlier and never contacted: long past its limit, so never mailed in a burst, but
    // escalated in the queue all the same.
    const early = { ...w, ctx: { ...w.ctx, clock: testClock('2026-11-11T15:00:00Z') } };
    const oldId = (await buildCandidate(early)).id;
    const oldItem = (await workQueue(w.ctx, w.recruiter, {})).items.find((i) => i.subject?.id === oldId);
    expect(oldItem).toMatchObject({ state: 'escalated', standardKey: 'registration_response' });

    // Registered Monday 10:00: due Tuesday 10:00, escalated from Wednesday 10:00.
    expect(await stateOfItem(w.ctx)).toBe('upcoming');
    expect(await runStandardTimers(w.ctx)).toMatchObject({ escalated: 0 });

    clock.set('2026-11-24T12:30:00Z'); // Tuesday 07:30
    expect(await stateOfItem(w.ctx)).toBe('due');
    clock.set('2026-11-24T16:00:00Z'); // Tuesday 11:00
    expect(await stateOfItem(w.ctx)).toBe('overdue');
    expect(await runStandardTimers(w.ctx)).toMatchObject({ escalated: 0 });
    // It is the owner's: the account manager's queue does not hold it.
    const am = await workQueue(w.ctx, w.accountManager, {});
    expect(am.items.some((i) => i.subject?.id === candidateId)).toBe(false);

    clock.set('2026-11-25T15:30:00Z'); // Wednesday 10:30
    expect(await stateOfItem(w.ctx)).toBe('escalated');
    expect(await runStandardTimers(w.ctx)).toMatchObject({ escalated: 1 });
    // The branch manager's queue holds it now too; the other branch's manager's does not.
    const mine = (q: Awaited<ReturnType<typeof workQueue>>) =>
      q.items.filter((i) => i.subject?.id === candidateId);
    expect(mine(await workQueue(w.ctx, w.manager, {}))).toMatchObject([
      { state: 'escalated', owner: { id: w.recruiter.userId } },
    ]);
    expect(mine(await workQueue(w.ctx, w.otherManager, {}))).toEqual([]);
    expect(await runStandardTimers(w.ctx)).toMatchObject({ escalated: 0, digests: 0 });

    let c = await counts(db.store, w.firmId);
    expect(c.esc).toHaveLength(1);
    expect(c.esc[0]).toMatchObject({
      standardKey: 'registration_response',
      itemKey: `candidate:${candidateId}`,
      ownerId: w.recruiter.userId,
      managerIds: [w.manager.userId],
    });
    expect(c.escMail).toHaveLength(1);
    expect(c.escMail[0]).toMatchObject({ toAddress: w.manager.email, userId: w.manager.userId });
    // Monday, Tuesday and Wednesday: one digest each for the six staff.
    expect(c.digests).toHaveLength(18);
    expect(c.digestMail).toHaveLength(18);

    // Restart: a new database instance (PGlite) or pool (PostgreSQL), a new context and clock, the same moment.
    const store = await db.restart();
    const ctx: ServiceContext = { store, clock: testClock('2026-11-25T15:30:00Z') };
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 0 });
    (ctx.clock as ReturnType<typeof testClock>).advance(5 * HOUR); // Wednesday 15:30
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 0 });
    c = await counts(store, w.firmId);
    expect(c.esc).toHaveLength(1);
    expect(c.escMail).toHaveLength(1);
    expect(c.digests).toHaveLength(18);
    const perUserDay = new Set(c.digests.map((d) => `${d.userId}|${d.day}`));
    expect(perUserDay.size).toBe(18);
    expect(new Set(c.digests.map((d) => d.day))).toEqual(new Set(['2026-11-23', '2026-11-24', '2026-11-25']));
    // Each digest run names the mail it queued; the recruiter's lists the escalated registration.
    const recruiterMail = c.digestMail.filter((m) => m.userId === w.recruiter.userId);
    expect(recruiterMail).toHaveLength(3);
    expect(c.digests.every((d) => c.digestMail.some((m) => m.id === d.messageId))).toBe(true);
    expect(recruiterMail.find((m) => m.topic === 'digest:2026-11-25')!.body).toContain('[Escalated]');

    // Acting clears it: the recruiter calls the candidate.
    const w2: World = { ...w, ctx };
    const q0 = await workQueue(ctx, w.recruiter, {});
    expect(q0.items.find((i) => i.subject?.id === candidateId)).toMatchObject({ state: 'escalated' });
    expect(q0.items[0]).toMatchObject({ state: 'escalated', subject: { id: oldId } });
    await logTouchpoint(
      w2.ctx,
      w.recruiter,
      logTouchpointRequest.parse({
        subjectType: 'candidate',
        subjectId: candidateId,
        channel: 'call',
        summary: 'Introduced myself',
        outcome: 'connected',
      }),
    );
    const q1 = await workQueue(ctx, w.recruiter, {});
    expect(q1.items.some((i) => i.subject?.id === candidateId)).toBe(false);
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 0 });

    // Thursday 07:05 is Thanksgiving in Boston (branch A, four staff) but not in Worcester (branch B, two).
    await putBranchHoliday(ctx, w.admin, w.branchA, '2026-11-26', 'Thanksgiving');
    (ctx.clock as ReturnType<typeof testClock>).set('2026-11-26T12:05:00Z');
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 2 });
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 0 });
    // Friday 06:55 is too early; 07:00 sends.
    (ctx.clock as ReturnType<typeof testClock>).set('2026-11-27T11:55:00Z');
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 0 });
    (ctx.clock as ReturnType<typeof testClock>).set('2026-11-27T12:00:00Z');
    expect(await runStandardTimers(ctx)).toEqual({ escalated: 0, digests: 6 });
  });

  it('lets a manager open the queues of their branch, not another branch’s', async () => {
    const ctx = { ...w.ctx, store: db.store };
    const asManager = await workQueue(ctx, w.manager, { userId: w.recruiter.userId });
    expect(asManager.user.id).toBe(w.recruiter.userId);
    expect(asManager.canView.map((u) => u.id)).toContain(w.recruiter.userId);
    await expect(workQueue(ctx, w.otherManager, { userId: w.recruiter.userId })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(workQueue(ctx, w.recruiter, { userId: w.accountManager.userId })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await workQueue(ctx, w.admin, { userId: w.recruiter.userId })).user.id).toBe(w.recruiter.userId);
  });
});

describe('sortQueue', () => {
  it('puts escalated first, then overdue (oldest due first), due, stalled (as given), upcoming', () => {
    const it_ = (key: string, state: WorkItem['state'], dueAt: string | null): WorkItem => ({
      key,
      kind: state === 'stalled' ? 'stalled' : 'standard',
      state,
      standardKey: null,
      label: key,
      subject: null,
      link: '/',
      dueAt,
      owner: null,
      reason: '',
    });
    const sorted = sortQueue([
      it_('upcoming', 'upcoming', '2026-11-26T10:00:00Z'),
      it_('stalled-long', 'stalled', null),
      it_('overdue-new', 'overdue', '2026-11-25T10:00:00Z'),
      it_('due', 'due', '2026-11-25T20:00:00Z'),
      it_('stalled-short', 'stalled', null),
      it_('escalated', 'escalated', '2026-11-20T10:00:00Z'),
      it_('overdue-old', 'overdue', '2026-11-24T10:00:00Z'),
    ]);
    expect(sorted.map((i) => i.key)).toEqual([
      'escalated',
      'overdue-old',
      'overdue-new',
      'due',
      'stalled-long',
      'stalled-short',
      'upcoming',
    ]);
  });
});
