/**
 * @module An assignment from its first day to its end: check-ins (weekly at first, then monthly), and the end it
 * comes to — completed, ended by the client, resigned, no show, or hired by the client — after which most people go
 * back on the bench to be redeployed.
 */
import { createCheckInRequest, endPlacementRequest } from '../../contract/pipeline.ts';
import { type CheckInKind, type EndReason, endReasonFreesOpening } from '../../domain/placement.ts';
import type { ServiceContext } from '../context.ts';
import { createCheckIn, endPlacement, startDueAssignments } from '../placements.ts';
import { addDays, addWorkdays, at, DAY, daysBetween, HOUR, localDate } from './calendar.ts';
import { joinBench, setStatus } from './candidate-desk.ts';
import { logWithCandidate } from './contact-log.ts';
import { candidateNotes, checkInNotes, endNotes, say } from './notes.ts';
import type { DemoWorld, SimPlacement } from './world.ts';

interface Ending {
  at: number;
  reason: EndReason;
}

/** A working day's afternoon `fraction` of the way through an assignment. */
function partWay(world: DemoWorld, p: SimPlacement, until: string, from: number, to: number): number {
  const days = Math.max(1, daysBetween(p.startDate, until));
  return at(addWorkdays(p.startDate, Math.round(days * world.random.between(from, to) * (5 / 7))), 15.5);
}

/** How this assignment will end, if it ends: decided up front, as the people involved would make it go. */
function endingOf(world: DemoWorld, p: SimPlacement): Ending | null {
  const { random } = world;
  const reliability = p.candidate.plan.reliability;
  if (random.chance(0.02 + (1 - reliability) * 0.15)) return { at: at(p.startDate, 10.5), reason: 'no_show' };
  const type = p.order.plan.type;
  if (type === 'direct_hire') return null;
  const until = p.endDate ?? addWorkdays(p.startDate, random.int(45, 65));
  const r = random.float();
  const resign = 0.06 + (1 - reliability) * 0.2;
  if (r < resign) return { at: partWay(world, p, until, 0.2, 0.9), reason: 'candidate_resigned' };
  if (r < resign + 0.07) return { at: partWay(world, p, until, 0.3, 0.9), reason: 'client_ended' };
  if (r < resign + 0.09) return { at: partWay(world, p, until, 0.1, 0.5), reason: 'performance' };
  const reason: EndReason =
    type === 'temp_to_hire' && random.chance(0.75) ? 'converted_to_hire' : 'completed';
  return { at: at(until, 16), reason };
}

export interface AssignmentHooks {
  /** The person left early and the order needs someone again. */
  onOpeningFreed: () => void;
  /** The person is back on the bench and can be redeployed. */
  onBackOnBench: () => void;
}

/** Queues an assignment's life: its start (when in the future), check-ins and end. */
export function beginAssignment(world: DemoWorld, p: SimPlacement, hooks: AssignmentHooks) {
  const { random, sim } = world;
  const today = localDate(sim.now);
  // Waypoint's hourly timer logs the start of an assignment placed ahead of its first day; here it runs that morning.
  if (p.startDate > today && !world.startTimerDays.has(p.startDate)) {
    world.startTimerDays.add(p.startDate);
    sim.schedule(at(p.startDate, 7), (ctx) => startDueAssignments(ctx).then(() => undefined));
  }
  const ending = endingOf(world, p);
  const last = (ending?.at ?? sim.end) - 12 * HOUR;
  const moments: number[] = [];
  if (p.order.plan.type === 'direct_hire') {
    for (const d of [30, 75])
      if (random.chance(0.5)) moments.push(at(addDays(p.startDate, d), random.between(10, 16)));
  } else {
    if (random.chance(0.3)) moments.push(at(p.startDate, 15.5));
    for (const week of [1, 2])
      if (random.chance(0.2)) moments.push(at(addWorkdays(p.startDate, 5 * week), random.between(10, 16)));
    for (let d = 35; at(addDays(p.startDate, d), 12) < last; d += random.int(26, 34)) {
      if (random.chance(0.3))
        moments.push(at(addWorkdays(addDays(p.startDate, d), 0), random.between(10, 16)));
    }
  }
  const troubled =
    ending !== null && ['candidate_resigned', 'performance', 'client_ended'].includes(ending.reason);
  for (const [i, t] of moments.entries()) {
    if (t >= last) continue;
    const nearEnd = i === moments.length - 1 && troubled;
    sim.schedule(t, (ctx) => checkIn(world, ctx, p, nearEnd));
  }
  if (!ending) return;
  if (ending.reason === 'completed' && random.chance(0.2)) {
    sim.schedule(ending.at - 2 * DAY, (ctx) =>
      logWithCandidate(world, ctx, p.candidate, {
        channel: 'call',
        direction: 'out',
        outcome: 'connected',
        summary: say(random, candidateNotes.wrapUp, world.about({ candidate: p.candidate, order: p.order })),
        jobOrderId: p.order.id,
      }),
    );
  }
  sim.schedule(ending.at, (ctx) => endAssignment(world, ctx, p, ending.reason, hooks));
}

async function checkIn(world: DemoWorld, ctx: ServiceContext, p: SimPlacement, troubled: boolean) {
  if (!p.active) return;
  const { random } = world;
  const visit = random.chance(0.15);
  const kind: CheckInKind = visit
    ? 'visit'
    : random.weighted<CheckInKind>([
        ['call', 6],
        ['sms', 3],
        ['email', 1],
      ]);
  const satisfaction = (
    troubled
      ? random.int(1, 3)
      : random.weighted([
          [3, 1],
          [4, 4],
          [5, 3],
        ] as const)
  ) as 1 | 2 | 3 | 4 | 5;
  await createCheckIn(
    ctx,
    visit ? p.order.client.owner : p.candidate.owner,
    p.id,
    createCheckInRequest.parse({ kind, satisfaction, notes: random.pick(checkInNotes[satisfaction]) }),
  );
  world.tally.checkIns++;
}

async function endAssignment(
  world: DemoWorld,
  ctx: ServiceContext,
  p: SimPlacement,
  reason: EndReason,
  hooks: AssignmentHooks,
) {
  const { random, sim } = world;
  const c = p.candidate;
  const byClientSide =
    reason === 'client_ended' || reason === 'performance' || reason === 'converted_to_hire';
  await endPlacement(
    ctx,
    byClientSide ? p.order.client.owner : c.owner,
    p.id,
    endPlacementRequest.parse({
      version: p.version,
      endedOn: localDate(sim.now),
      endReason: reason,
      endNotes: random.pick(endNotes[reason]),
    }),
  );
  world.tally.assignmentsEnded++;
  p.active = false;
  const order = p.order;
  if (endReasonFreesOpening(reason)) {
    order.filled--;
    // Waypoint reopens a filled order when its person leaves early; the desk looks for a replacement.
    if (order.status === 'filled') {
      order.status = 'open';
      hooks.onOpeningFreed();
    }
  }
  if (reason === 'converted_to_hire') {
    c.phase = 'out';
    await logWithCandidate(world, ctx, c, {
      channel: 'note',
      summary: say(random, candidateNotes.hired, world.about({ candidate: c, order })),
    });
    await setStatus(ctx, c.owner, c, 'inactive');
    return;
  }
  if (reason === 'no_show' && random.chance(0.4)) {
    c.phase = 'out';
    const manager = world.staff.managers[c.owner.branch];
    await logWithCandidate(world, ctx, c, {
      by: manager,
      channel: 'note',
      summary: 'No call, no show on day one. Do not place again.',
    });
    await setStatus(ctx, manager, c, 'do_not_place');
    return;
  }
  c.lastEndedAt = sim.now;
  c.readyAt = sim.now + random.int(1, 5) * DAY;
  joinBench(world, c);
  hooks.onBackOnBench();
}
