/**
 * @module Working a staffing request: the account manager takes it, recruiters put people forward from the bench,
 * the client interviews, offers or passes, people withdraw, and the order fills, slowly fills, is put on hold, is
 * cancelled or is closed unfilled. Every step goes through the pipeline's use cases.
 */
import { createJobOrderRequest, updateJobOrderRequest } from '../../contract/job-orders.ts';
import type { InterviewView } from '../../contract/pipeline.ts';
import {
  createInterviewRequest,
  createPlacementRequest,
  createSubmissionRequest,
  updateInterviewRequest,
  updateSubmissionRequest,
} from '../../contract/pipeline.ts';
import { isOrderWorkable, type JobOrderStatus } from '../../domain/job-order.ts';
import { isSubmissionLive, type SubmissionStatus } from '../../domain/submission.ts';
import type { ServiceContext } from '../context.ts';
import { createInterview, updateInterview } from '../interviews.ts';
import { createJobOrder, getJobOrder, updateJobOrder } from '../job-orders.ts';
import { createPlacement } from '../placements.ts';
import { createSubmission, updateSubmission } from '../submissions.ts';
import { beginAssignment } from './assignments.ts';
import { addDays, addWorkdays, DAY, localDate, localHour, MINUTE, weeksOfWork } from './calendar.ts';
import { logWithCandidate, logWithClient } from './contact-log.ts';
import { candidateNotes, clientNotes, say, submissionNotes } from './notes.ts';
import { orderTerms } from './order-terms.ts';
import type { OrderPlan } from './plan.ts';
import { canCover, trades } from './trades.ts';
import type { DemoWorld, SimCandidate, SimOrder, SimSubmission } from './world.ts';

const iso = (t: number) => new Date(t).toISOString();
const live = (s: SimSubmission) => isSubmissionLive(s.status);

/** Queues a staffing request at its planned moment. */
export function scheduleOrder(world: DemoWorld, plan: OrderPlan) {
  world.sim.schedule(plan.at, (ctx) => receiveOrder(world, ctx, plan));
}

async function receiveOrder(world: DemoWorld, ctx: ServiceContext, plan: OrderPlan) {
  const { random, sim } = world;
  const client = world.clients[plan.client];
  if (!client) return;
  const contact =
    client.contacts.find((c) => c.role === 'hiring_manager') ??
    client.contacts.find((c) => c.role === 'decision_maker') ??
    client.contacts[0] ??
    null;
  // Requests of the last fortnight are for people starting a week or two out: some start after the year's end.
  const upcoming = sim.end - sim.now < 14 * DAY && plan.fate !== 'instant';
  const received = localDate(sim.now);
  const terms = orderTerms(
    random,
    {
      trade: plan.trade,
      type: plan.type,
      openings: plan.openings,
      received: upcoming ? addWorkdays(received, 4) : received,
      urgent: plan.fate === 'instant',
    },
    {
      name: client.profile.name,
      addressLine: client.profile.input.addressLine ?? null,
      city: client.profile.input.city ?? null,
      postcode: client.profile.input.postcode ?? null,
    },
    contact?.id ?? null,
  );
  if (random.chance(0.12)) {
    await logWithClient(world, ctx, client, {
      contact,
      channel: 'call',
      direction: 'in',
      outcome: 'connected',
      summary: say(random, clientNotes.requestCall, {
        ...world.about({ client, contact }),
        job: terms.input.title.toLowerCase(),
      }),
    });
  }
  const view = await createJobOrder(
    ctx,
    client.owner,
    createJobOrderRequest.parse({
      ...terms.input,
      clientId: client.id,
      status: plan.requested ? 'requested' : 'open',
    }),
  );
  world.tally.jobOrders++;
  const order: SimOrder = {
    plan,
    id: view.id,
    client,
    contact,
    title: view.title,
    startDate: terms.startDate,
    endDate: terms.endDate,
    status: view.status,
    filled: 0,
    submissions: [],
    rounds: 0,
    sourcingQueued: false,
  };
  // An order from a lapsed account brings it back: Waypoint marks it active again.
  client.status = 'active';
  client.orders.push(order);
  world.orders.push(order);

  if (plan.requested) {
    sim.schedule(world.officeTime(sim.now, 1), (next) => moveOrder(world, next, order, 'open'));
  } else {
    queueSourcing(world, order, firstLook(world, order));
  }
  const days = (min: number, max: number) => world.officeTime(sim.now + random.int(min, max) * DAY, 0);
  switch (plan.fate) {
    case 'hold':
      sim.schedule(days(4, 12), (next) => holdOrder(world, next, order));
      break;
    case 'cancelled':
      sim.schedule(days(1, 12), (next) => closeOrder(world, next, order, 'cancelled'));
      break;
    case 'unfilled':
      sim.schedule(days(25, 55), (next) => closeOrder(world, next, order, 'unfilled'));
      break;
    default:
      break;
  }
}

/** When recruiters first look for people: within the hour for a rush, later for everything else. */
function firstLook(world: DemoWorld, order: SimOrder) {
  const now = world.sim.now;
  switch (order.plan.fate) {
    case 'instant':
      // After the morning's walk-ins are screened: they are who a same-day order goes to first.
      return now + world.random.int(100, 140) * MINUTE;
    case 'slow':
      return world.officeTime(now, world.random.int(1, 3));
    default:
      return world.random.chance(0.5) ? world.soon(now, 60, 240) : world.officeTime(now, 1);
  }
}

function queueSourcing(world: DemoWorld, order: SimOrder, at: number) {
  if (order.sourcingQueued) return;
  order.sourcingQueued = true;
  world.sim.schedule(at, (ctx) => source(world, ctx, order));
}

/** Moves an order by hand (confirming a request, holding, reopening) at the version on record. */
async function moveOrder(world: DemoWorld, ctx: ServiceContext, order: SimOrder, status: JobOrderStatus) {
  const current = await getJobOrder(ctx, order.client.owner, order.id);
  await updateJobOrder(
    ctx,
    order.client.owner,
    order.id,
    updateJobOrderRequest.parse({ version: current.version, status }),
  );
  order.status = status;
  if (status === 'open') queueSourcing(world, order, world.soon(world.sim.now, 30, 180));
}

async function holdOrder(world: DemoWorld, ctx: ServiceContext, order: SimOrder) {
  if (order.status !== 'open') return;
  const { random, sim } = world;
  await logWithClient(world, ctx, order.client, {
    contact: order.contact,
    channel: 'call',
    direction: 'in',
    outcome: 'connected',
    summary: say(random, clientNotes.hold, world.about({ order })),
    jobOrderId: order.id,
  });
  await moveOrder(world, ctx, order, 'on_hold');
  const later = world.officeTime(sim.now + random.int(10, 35) * DAY, 0);
  if (random.chance(0.65)) {
    sim.schedule(later, async (next) => {
      if (order.status !== 'on_hold') return;
      await logWithClient(world, next, order.client, {
        contact: order.contact,
        channel: 'call',
        direction: 'in',
        outcome: 'connected',
        summary: say(random, clientNotes.reopen, world.about({ order })),
        jobOrderId: order.id,
      });
      await moveOrder(world, next, order, 'open');
    });
  } else {
    sim.schedule(later, (next) => closeOrder(world, next, order, 'unfilled'));
  }
}

/** Closes an order that will not be filled (cancelled by the client, or given up), telling everyone still on it. */
export async function closeOrder(
  world: DemoWorld,
  ctx: ServiceContext,
  order: SimOrder,
  to: 'cancelled' | 'unfilled',
) {
  if (!isOrderWorkable(order.status)) return;
  const { random } = world;
  if (random.chance(0.4)) {
    await logWithClient(world, ctx, order.client, {
      contact: order.contact,
      channel: random.chance(0.7) ? 'call' : 'email',
      direction: to === 'cancelled' ? 'in' : 'out',
      outcome: 'connected',
      summary: say(
        random,
        to === 'cancelled' ? clientNotes.cancel : clientNotes.unfilled,
        world.about({ order }),
      ),
      jobOrderId: order.id,
    });
  }
  const current = await getJobOrder(ctx, order.client.owner, order.id);
  await updateJobOrder(
    ctx,
    order.client.owner,
    order.id,
    updateJobOrderRequest.parse({ version: current.version, status: to }),
  );
  order.status = to;
  await closeOut(ctx, order, to === 'cancelled' ? submissionNotes.cancelled[0] : submissionNotes.unfilled[0]);
}

/** Tells everyone still in the running on an order that it is over. */
async function closeOut(ctx: ServiceContext, order: SimOrder, note: string) {
  for (const s of order.submissions.filter(live)) await moveSubmission(ctx, s, 'rejected', note);
}

async function moveSubmission(
  ctx: ServiceContext,
  s: SimSubmission,
  status: SubmissionStatus,
  notes?: string,
) {
  const by = status === 'withdrew' || status === 'submitted' ? s.candidate.owner : s.order.client.owner;
  const view = await updateSubmission(
    ctx,
    by,
    s.id,
    updateSubmissionRequest.parse({ version: s.version, status, notes }),
  );
  s.version = view.version;
  s.status = view.status;
  if (!live(s)) s.candidate.live.delete(s);
}

/** Whether someone could be put forward for an order now. */
function eligible(world: DemoWorld, c: SimCandidate, order: SimOrder) {
  if (c.phase !== 'bench' || c.live.size >= 2 || c.readyAt > world.sim.now + 10 * DAY) return false;
  if (c.plan.secondTrade !== order.plan.trade && !canCover(c.plan.trade, order.plan.trade)) return false;
  if (c.plan.rushOrder !== null && c.plan.rushOrder !== order.plan.index && c.placements === 0) {
    // A rush walk-in is kept for the order they came in for until it is decided.
    const theirs = world.orders.find((o) => o.plan.index === c.plan.rushOrder);
    if (theirs && isOrderWorkable(theirs.status)) return false;
  }
  return !order.submissions.some((s) => s.candidate === c);
}

function rank(world: DemoWorld, c: SimCandidate, order: SimOrder) {
  const now = world.sim.now;
  let score = c.plan.quality + world.random.float() * 0.7;
  if (c.plan.rushOrder === order.plan.index) score += 10;
  if (c.plan.branch === order.client.plan.branch) score += 0.6;
  else score -= 0.3;
  // Redeploying people whose assignment just ended is the desk's first move: they are proven.
  if (c.lastEndedAt !== null && now - c.lastEndedAt < 30 * DAY) score += 0.8;
  if (c.plan.trade !== order.plan.trade) score -= c.plan.secondTrade === order.plan.trade ? 0.2 : 0.5;
  if (!c.plan.jobTypes.includes(order.plan.type)) score -= 0.3;
  return score;
}

/** How many people a desk puts forward for an order before it stops looking: more for a hard one. */
const patience: Record<OrderPlan['fate'], number> = {
  instant: 1.2,
  normal: 2.5,
  slow: 3.5,
  unfilled: 1.2,
  cancelled: 0.8,
  hold: 2.5,
};

async function source(world: DemoWorld, _ctx: ServiceContext, order: SimOrder) {
  order.sourcingQueued = false;
  if (order.status !== 'open' && order.status !== 'requested') return;
  const { random, sim } = world;
  const needed = order.plan.openings - order.filled;
  const room = Math.ceil(order.plan.openings * patience[order.plan.fate]) + 1 - order.submissions.length;
  const inPlay = order.submissions.filter(live).length;
  if (needed <= 0) return;
  if (room <= 0) {
    if (inPlay === 0) giveUpLater(world, order);
    return;
  }
  const want = Math.min(
    room,
    Math.ceil(needed * (order.plan.fate === 'instant' ? 1 : random.between(1, 1.3))) - inPlay,
  );
  order.rounds++;
  if (want <= 0) return;
  const picks = world.candidates
    .filter((c) => eligible(world, c, order))
    .map((c) => ({ c, score: rank(world, c, order) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, want);
  let t = sim.now;
  for (const { c } of picks) {
    t = world.soon(t, 3, 25);
    sim.schedule(t, (next) => submit(world, next, order, c));
  }
  if (picks.length < want && order.rounds < 6) {
    queueSourcing(world, order, world.officeTime(sim.now + random.int(2, 6) * DAY, 0));
  } else if (picks.length === 0 && inPlay === 0) {
    giveUpLater(world, order);
  }
}

/** Nobody left to put forward: after a last look in a week or two, the desk closes the order unfilled. */
function giveUpLater(world: DemoWorld, order: SimOrder) {
  const { random, sim } = world;
  sim.schedule(world.officeTime(sim.now + random.int(7, 20) * DAY, 0), async (next) => {
    if (order.filled < order.plan.openings && !order.submissions.some(live))
      await closeOrder(world, next, order, 'unfilled');
  });
}

async function submit(world: DemoWorld, ctx: ServiceContext, order: SimOrder, c: SimCandidate) {
  if (!isOrderWorkable(order.status) || order.status === 'on_hold' || !eligible(world, c, order)) return;
  const { random, sim } = world;
  if (random.chance(0.08)) {
    await logWithCandidate(world, ctx, c, {
      channel: 'call',
      direction: 'out',
      outcome: 'connected',
      summary: say(random, candidateNotes.pitch, world.about({ candidate: c, order })),
      jobOrderId: order.id,
    });
  }
  const inDepth = order.plan.type === 'direct_hire' && trades[order.plan.trade].interviewsInDepth;
  const view = await createSubmission(
    ctx,
    c.owner,
    createSubmissionRequest.parse({
      candidateId: c.id,
      jobOrderId: order.id,
      status: inDepth ? 'shortlisted' : 'submitted',
    }),
  );
  world.tally.submissions++;
  const s: SimSubmission = { id: view.id, version: view.version, candidate: c, order, status: view.status };
  order.submissions.push(s);
  c.live.add(s);
  if (inDepth)
    sim.schedule(world.officeTime(sim.now, random.int(1, 2)), (next) => interviewForRole(world, next, s));
  else sim.schedule(decisionTime(world, order), (next) => decide(world, next, s));
}

/** For a permanent role the desk interviews its shortlist in depth before sending anyone to the client. */
async function interviewForRole(world: DemoWorld, ctx: ServiceContext, s: SimSubmission) {
  if (!live(s) || !isOrderWorkable(s.order.status)) return;
  const { random, sim } = world;
  const passed = random.chance(0.55 + 0.4 * s.candidate.plan.quality);
  await createInterview(
    ctx,
    s.candidate.owner,
    createInterviewRequest.parse({
      candidateId: s.candidate.id,
      submissionId: s.id,
      kind: 'internal',
      scheduledAt: iso(sim.now - random.int(30, 60) * MINUTE),
      interviewer: s.candidate.owner.name,
      outcome: passed ? 'passed' : 'failed',
      notes: passed
        ? `Good fit for ${s.order.title}.`
        : `Not the level ${s.order.client.profile.name} needs.`,
    }),
  );
  world.tally.interviews++;
  if (!passed) {
    await moveSubmission(ctx, s, 'rejected', 'Did not pass our interview for the role.');
    queueSourcing(world, s.order, world.officeTime(sim.now, 1));
    return;
  }
  await moveSubmission(ctx, s, 'submitted');
  sim.schedule(decisionTime(world, s.order), (next) => decide(world, next, s));
}

function decisionTime(world: DemoWorld, order: SimOrder) {
  const { random, sim } = world;
  switch (order.plan.fate) {
    case 'instant':
      return world.soon(sim.now, 30, 120);
    case 'slow':
    case 'unfilled':
      return world.officeTime(sim.now, random.int(3, 9));
    default:
      return world.officeTime(sim.now, random.int(1, 4));
  }
}

function selectionChance(order: SimOrder, c: SimCandidate) {
  const q = c.plan.quality;
  if (c.plan.rushOrder === order.plan.index) return 1;
  switch (order.plan.fate) {
    case 'instant':
      return 0.6 + 0.35 * q;
    case 'slow':
      return order.rounds < 3 ? 0.1 + 0.25 * q : 0.5 + 0.4 * q;
    case 'unfilled':
      return 0;
    case 'cancelled':
      return 0.1;
    case 'hold':
      return 0.5 + 0.4 * q;
    default:
      return 0.6 + 0.35 * q;
  }
}

/** Whether the candidate is still free to take this job (not at work elsewhere, still looking). */
async function stillFree(ctx: ServiceContext, s: SimSubmission) {
  if (s.candidate.phase === 'bench') return true;
  await moveSubmission(
    ctx,
    s,
    'withdrew',
    s.candidate.phase === 'working' ? 'Started another assignment.' : 'No longer looking.',
  );
  return false;
}

async function decide(world: DemoWorld, ctx: ServiceContext, s: SimSubmission) {
  const { random, sim } = world;
  const order = s.order;
  if (!live(s) || !isOrderWorkable(order.status)) return;
  if (order.status === 'on_hold') {
    sim.schedule(world.officeTime(sim.now + random.int(5, 10) * DAY, 0), (next) => decide(world, next, s));
    return;
  }
  if (!(await stillFree(ctx, s))) return;
  const c = s.candidate;
  if (c.plan.rushOrder !== order.plan.index && random.chance(0.04 + 0.12 * (1 - c.plan.engagement))) {
    const reason = random.pick(submissionNotes.withdrew);
    if (random.chance(0.3)) {
      await logWithCandidate(world, ctx, c, {
        channel: 'call',
        direction: 'in',
        outcome: 'connected',
        summary: `${c.profile.firstName} called: ${reason.toLowerCase()}`,
        jobOrderId: order.id,
      });
    }
    await moveSubmission(ctx, s, 'withdrew', reason);
    queueSourcing(world, order, world.officeTime(sim.now, 0));
    return;
  }
  if (order.filled >= order.plan.openings) {
    await moveSubmission(ctx, s, 'rejected', submissionNotes.filled[0]);
    return;
  }
  if (!random.chance(selectionChance(order, c))) {
    await moveSubmission(ctx, s, 'rejected', random.pick(submissionNotes.rejected));
    if (random.chance(0.1)) {
      await logWithCandidate(world, ctx, c, {
        channel: random.chance(0.7) ? 'call' : 'sms',
        direction: 'out',
        outcome: 'connected',
        summary: say(random, candidateNotes.notSelected, world.about({ candidate: c, order })),
        jobOrderId: order.id,
      });
    }
    queueSourcing(world, order, world.officeTime(sim.now, random.int(0, 1)));
    return;
  }
  if (order.plan.type === 'temp' && (c.plan.rushOrder === order.plan.index || random.chance(0.75))) {
    await offer(world, ctx, s);
    return;
  }
  const when = world.officeTime(sim.now, random.int(1, 3), [9, 15.5]);
  const interview = await createInterview(
    ctx,
    order.client.owner,
    createInterviewRequest.parse({
      candidateId: c.id,
      submissionId: s.id,
      kind: 'client',
      scheduledAt: iso(when),
      interviewer: order.contact
        ? `${order.contact.firstName} (${order.client.profile.name})`
        : order.client.profile.name,
    }),
  );
  world.tally.interviews++;
  // Arranging the client interview moved the submission on (and its version with it).
  s.status = 'client_interview';
  s.version++;
  sim.schedule(when + random.int(60, 180) * MINUTE, (next) => interviewHeld(world, next, s, interview));
}

async function interviewHeld(
  world: DemoWorld,
  ctx: ServiceContext,
  s: SimSubmission,
  interview: InterviewView,
) {
  const { random, sim } = world;
  const order = s.order;
  const still = live(s) && isOrderWorkable(order.status) && s.candidate.phase === 'bench';
  const c = s.candidate;
  const outcome = !still
    ? 'cancelled'
    : random.chance(0.03 + 0.1 * (1 - c.plan.reliability))
      ? 'no_show'
      : random.chance(order.plan.fate === 'slow' ? 0.3 + 0.4 * c.plan.quality : 0.55 + 0.4 * c.plan.quality)
        ? 'passed'
        : 'failed';
  await updateInterview(
    ctx,
    order.client.owner,
    interview.id,
    updateInterviewRequest.parse({ version: interview.version, outcome }),
  );
  if (outcome === 'cancelled') {
    if (live(s) && isOrderWorkable(order.status)) await stillFree(ctx, s);
    return;
  }
  if (outcome === 'passed') {
    sim.schedule(world.officeTime(sim.now, random.int(0, 1)), (next) => offer(world, next, s));
    return;
  }
  await moveSubmission(
    ctx,
    s,
    'rejected',
    outcome === 'no_show' ? 'Did not attend the client interview.' : 'Client interview did not go well.',
  );
  queueSourcing(world, order, world.officeTime(sim.now, 0));
}

async function offer(world: DemoWorld, ctx: ServiceContext, s: SimSubmission) {
  const { random, sim } = world;
  const order = s.order;
  if (!live(s) || !isOrderWorkable(order.status) || order.status === 'on_hold') return;
  if (!(await stillFree(ctx, s))) return;
  if (order.filled >= order.plan.openings) {
    await moveSubmission(ctx, s, 'rejected', submissionNotes.filled[0]);
    return;
  }
  await moveSubmission(ctx, s, 'offered');
  const rush = order.plan.fate === 'instant';
  if (rush || random.chance(0.9)) {
    sim.schedule(rush ? world.soon(sim.now, 5, 30) : world.soon(sim.now, 20, 240), (next) =>
      place(world, next, s),
    );
  } else {
    sim.schedule(world.soon(sim.now, 60, 600), async (next) => {
      if (s.status !== 'offered') return;
      await moveSubmission(next, s, 'withdrew', 'Declined the offer: accepted another job.');
      queueSourcing(world, order, world.officeTime(sim.now, 0));
    });
  }
}

/** The first day of work: at once for a rush, after notice for a permanent job, otherwise within the week. */
function startDateFor(world: DemoWorld, order: SimOrder) {
  const { random, sim } = world;
  const today = localDate(sim.now);
  if (order.plan.fate === 'instant') return localHour(sim.now) < 11 ? today : addWorkdays(today, 1);
  if (order.plan.type === 'direct_hire') return addWorkdays(today, random.int(8, 12));
  const soonest = addWorkdays(today, random.int(1, 3));
  return order.startDate > soonest ? order.startDate : soonest;
}

async function place(world: DemoWorld, ctx: ServiceContext, s: SimSubmission) {
  const { random } = world;
  const order = s.order;
  const c = s.candidate;
  if (s.status !== 'offered' || !isOrderWorkable(order.status)) return;
  if (!(await stillFree(ctx, s))) return;
  if (order.filled >= order.plan.openings) {
    await moveSubmission(ctx, s, 'rejected', submissionNotes.filled[0]);
    return;
  }
  const startDate = startDateFor(world, order);
  // A temporary job ends on the order's date when that is still ahead, otherwise after a few weeks.
  const endDate =
    order.plan.type !== 'temp'
      ? null
      : order.endDate && order.endDate >= addDays(startDate, 14)
        ? order.endDate
        : weeksOfWork(startDate, random.int(3, 10));
  const view = await createPlacement(
    ctx,
    c.owner,
    createPlacementRequest.parse({ submissionId: s.id, startDate, endDate }),
  );
  world.tally.placements++;
  if (c.placements > 0) world.tally.redeployments++;
  s.status = 'placed';
  s.version++;
  c.live.delete(s);
  c.phase = 'working';
  c.placements++;
  order.filled++;
  if (random.chance(0.15)) {
    await logWithCandidate(world, ctx, c, {
      channel: 'sms',
      direction: 'out',
      outcome: 'sent',
      summary: say(random, candidateNotes.startDetails, world.about({ candidate: c, order })),
      jobOrderId: order.id,
    });
  }
  if (order.filled >= order.plan.openings) {
    order.status = 'filled';
    await closeOut(ctx, order, submissionNotes.filled[0]);
  }
  beginAssignment(
    world,
    { id: view.id, version: view.version, candidate: c, order, startDate, endDate, active: true },
    {
      onOpeningFreed: () => queueSourcing(world, order, world.officeTime(world.sim.now, 0)),
      onBackOnBench: () => redeploy(world, c),
    },
  );
}

/**
 * When an assignment ends well, the recruiter's first move is to find the person their next one: the open order in
 * their line of work that most needs people, at their own branch if there is one.
 */
function redeploy(world: DemoWorld, c: SimCandidate) {
  const { random, sim } = world;
  const fits = world.orders.filter(
    (o) =>
      o.status === 'open' &&
      (o.plan.trade === c.plan.secondTrade || canCover(c.plan.trade, o.plan.trade)) &&
      o.filled + o.submissions.filter(live).length < o.plan.openings + 1 &&
      !o.submissions.some((s) => s.candidate === c),
  );
  const order = fits.find((o) => o.client.plan.branch === c.plan.branch) ?? fits[0];
  if (order && random.chance(0.85))
    sim.schedule(world.officeTime(c.readyAt, random.int(0, 1)), (ctx) => submit(world, ctx, order, c));
}
