/**
 * @module The recruiters' side of a candidate's journey: registration with typed-in history, screening (which some
 * miss or fail), tests and in-depth interviews, then the bench, where they are called now and then until they work
 * again or go quiet.
 */
import { createCandidateRequest, createEmploymentRequest } from '../../contract/candidates.ts';
import { createAssessmentRequest, createInterviewRequest } from '../../contract/pipeline.ts';
import type { CandidateStatus } from '../../domain/candidate.ts';
import type { ContactOutcome } from '../../domain/touchpoint.ts';
import { addEmployment, createCandidate, getCandidate, updateCandidate } from '../candidates.ts';
import type { ServiceContext } from '../context.ts';
import { createAssessment, createInterview } from '../interviews.ts';
import { at, DAY, localDate, MINUTE } from './calendar.ts';
import type { CandidateProfile } from './candidate-profiles.ts';
import { logWithCandidate } from './contact-log.ts';
import { candidateNotes, say } from './notes.ts';
import type { CandidatePlan } from './plan.ts';
import type { StaffMember } from './staff.ts';
import { trades } from './trades.ts';
import type { DemoWorld, SimCandidate } from './world.ts';

const iso = (t: number) => new Date(t).toISOString();

/** Sets a candidate's status by hand (inactive, do not place), at the version on record. */
export async function setStatus(
  ctx: ServiceContext,
  by: StaffMember,
  c: SimCandidate,
  status: CandidateStatus,
) {
  const current = await getCandidate(ctx, by, c.id);
  await updateCandidate(ctx, by, c.id, { version: current.version, status });
}

/** Queues a candidate's registration at its planned moment. */
export function scheduleRegistration(world: DemoWorld, plan: CandidatePlan, profile: CandidateProfile) {
  world.sim.schedule(plan.at, (ctx) => register(world, ctx, plan, profile));
}

async function register(
  world: DemoWorld,
  ctx: ServiceContext,
  plan: CandidatePlan,
  profile: CandidateProfile,
) {
  const owner =
    plan.rushOrder !== null
      ? world.random.pick(world.staff.recruiters[plan.branch])
      : world.recruiterAt(plan.branch);
  const view = await createCandidate(ctx, owner, createCandidateRequest.parse(profile.input));
  world.tally.candidates++;
  const available = profile.input.availableFrom ?? localDate(world.sim.now);
  const c: SimCandidate = {
    plan,
    profile,
    id: view.id,
    owner,
    phase: 'registered',
    readyAt: Math.max(world.sim.now, at(available, 7)),
    live: new Set(),
    placements: 0,
    lastEndedAt: null,
    benchSince: 0,
    registeredAt: world.sim.now,
  };
  world.candidates.push(c);
  for (const line of profile.employment) {
    await addEmployment(ctx, owner, c.id, createEmploymentRequest.parse(line));
    world.tally.employmentLines++;
  }
  const walkIn = plan.source === 'walk_in';
  // Some never answer the recruiter's calls after registering online: their journey stops at "registered".
  if (!walkIn && world.random.chance(0.12 * (1.5 - plan.engagement))) {
    c.phase = 'out';
    return;
  }
  const when = walkIn
    ? world.soon(world.sim.now, 15, 40)
    : world.officeTime(world.sim.now, world.random.int(0, 4));
  world.sim.schedule(when, (next) => screen(world, next, c, 1));
}

async function screen(world: DemoWorld, ctx: ServiceContext, c: SimCandidate, attempt: number) {
  const { random, sim } = world;
  const walkIn = c.plan.source === 'walk_in';
  const interviewer = c.owner.name;
  if (!walkIn && random.chance(0.03 + (1 - c.plan.engagement) * 0.15)) {
    await createInterview(
      ctx,
      c.owner,
      createInterviewRequest.parse({
        candidateId: c.id,
        kind: 'screening',
        scheduledAt: iso(sim.now - 5 * MINUTE),
        interviewer,
        outcome: 'no_show',
        notes: 'Did not pick up at the scheduled time.',
      }),
    );
    world.tally.interviews++;
    if (attempt === 1 && random.chance(0.5)) {
      await logWithCandidate(world, ctx, c, {
        channel: 'sms',
        summary: 'Missed our call. Texted to rebook the phone screen.',
        outcome: 'sent',
      });
      sim.schedule(world.officeTime(sim.now, random.int(1, 3)), (next) => screen(world, next, c, 2));
    } else {
      c.phase = 'out';
    }
    return;
  }
  const passed = c.plan.rushOrder !== null || random.chance(0.5 + 0.45 * c.plan.quality);
  const trade = trades[c.plan.trade];
  await createInterview(
    ctx,
    c.owner,
    createInterviewRequest.parse({
      candidateId: c.id,
      kind: 'screening',
      // Held just now, after they registered: a walk-in is screened on the spot, minutes after filling in the form.
      scheduledAt: iso(
        Math.max(
          c.registeredAt + Math.min(5 * MINUTE, (sim.now - c.registeredAt) / 2),
          sim.now - random.int(20, 40) * MINUTE,
        ),
      ),
      interviewer,
      outcome: passed ? 'passed' : 'failed',
      notes: passed
        ? random.pick([
            `Solid ${trade.category.toLowerCase()} background. References check out.`,
            'Good attitude, reliable transport, flexible on shifts.',
            'Clear communicator. Ready to start right away.',
          ])
        : random.pick([
            'Could not confirm the experience on the resume.',
            'Not available for any of the shifts we staff.',
            'References did not check out.',
            'Pay expectations well above what clients pay.',
          ]),
    }),
  );
  world.tally.interviews++;
  if (!passed) {
    c.phase = 'out';
    return;
  }
  if (c.plan.rushOrder !== null) {
    joinBench(world, c);
    return;
  }
  // Skilled trades get an in-depth interview; most trades a short test; both on later days, as desks book them.
  let next = sim.now;
  if (trade.interviewsInDepth && random.chance(0.35)) {
    next = world.officeTime(next, random.int(1, 3));
    sim.schedule(next, (ctx2) => interviewInDepth(world, ctx2, c));
  }
  if (trade.test && random.chance(0.3)) {
    next = world.officeTime(next, random.int(1, 2));
    const test = trade.test;
    sim.schedule(next, (ctx2) => takeTest(world, ctx2, c, test));
  }
  sim.schedule(next + MINUTE, async () => {
    if (c.phase === 'registered') joinBench(world, c);
  });
}

async function interviewInDepth(world: DemoWorld, ctx: ServiceContext, c: SimCandidate) {
  if (c.phase === 'out') return;
  const { random, sim } = world;
  const passed = random.chance(0.6 + 0.35 * c.plan.quality);
  await createInterview(
    ctx,
    c.owner,
    createInterviewRequest.parse({
      candidateId: c.id,
      kind: 'internal',
      scheduledAt: iso(sim.now - 45 * MINUTE),
      interviewer: c.owner.name,
      outcome: passed ? 'passed' : 'failed',
      notes: passed
        ? 'Walked through past jobs in detail. Strong hands-on experience.'
        : 'Experience is thinner than the resume suggests.',
    }),
  );
  world.tally.interviews++;
  if (!passed) {
    c.phase = 'out';
    return;
  }
  // Strong skilled candidates meet the branch manager as well, who keeps the best of them in mind for key clients.
  if (random.chance(0.35)) {
    const manager = world.staff.managers[c.owner.branch];
    sim.schedule(world.officeTime(sim.now, random.int(1, 3)), async (next) => {
      if (c.phase === 'out') return;
      await createInterview(
        next,
        manager,
        createInterviewRequest.parse({
          candidateId: c.id,
          kind: 'internal',
          scheduledAt: iso(sim.now - 40 * MINUTE),
          interviewer: manager.name,
          outcome: 'passed',
          notes: 'Second interview with the branch manager. Would put them in front of our best accounts.',
        }),
      );
      world.tally.interviews++;
    });
  }
}

async function takeTest(
  world: DemoWorld,
  ctx: ServiceContext,
  c: SimCandidate,
  test: { name: string; maxScore: number; passMark: number },
) {
  if (c.phase === 'out') return;
  const score = Math.round(
    test.maxScore * Math.min(1, world.random.between(0.45, 0.8) + 0.25 * c.plan.quality),
  );
  await createAssessment(
    ctx,
    c.owner,
    createAssessmentRequest.parse({
      candidateId: c.id,
      name: test.name,
      score,
      maxScore: test.maxScore,
      passed: score >= test.passMark,
      takenOn: localDate(world.sim.now),
    }),
  );
  world.tally.assessments++;
}

/** Puts a candidate on the bench: available, and called now and then while nothing comes up. */
export function joinBench(world: DemoWorld, c: SimCandidate) {
  c.phase = 'bench';
  c.readyAt = Math.max(c.readyAt, world.sim.now);
  const stint = world.sim.now;
  c.benchSince = stint;
  const first = world.officeTime(world.sim.now + world.random.int(21, 45) * DAY, 0);
  world.sim.schedule(first, (ctx) => benchCall(world, ctx, c, stint));
}

async function benchCall(world: DemoWorld, ctx: ServiceContext, c: SimCandidate, stint: number) {
  const { random, sim } = world;
  // Only while this bench stint lasts: work, or leaving the market, ends the calls.
  if (c.phase !== 'bench' || c.benchSince !== stint) return;
  if (c.live.size > 0) {
    sim.schedule(world.officeTime(sim.now + random.int(10, 20) * DAY, 0), (next) =>
      benchCall(world, next, c, stint),
    );
    return;
  }
  const idleDays = (sim.now - stint) / DAY;
  if (idleDays > 120 && random.chance(0.15)) {
    c.phase = 'out';
    await logWithCandidate(world, ctx, c, {
      channel: 'note',
      summary: say(random, candidateNotes.goneQuiet, world.about({ candidate: c })),
    });
    await setStatus(ctx, c.owner, c, 'inactive');
    return;
  }
  if (random.chance(0.15)) {
    const inbound = random.chance(0.2);
    const outcome = inbound
      ? 'connected'
      : random.weighted<ContactOutcome>([
          ['connected', 6],
          ['left_message', 3],
          ['no_answer', 2],
        ]);
    await logWithCandidate(world, ctx, c, {
      channel: 'call',
      direction: inbound ? 'in' : 'out',
      summary: inbound
        ? say(random, candidateNotes.inbound, world.about({ candidate: c }))
        : outcome === 'connected'
          ? say(random, candidateNotes.bench, world.about({ candidate: c }))
          : outcome === 'left_message'
            ? 'Left a voicemail about new openings.'
            : 'No answer.',
      outcome,
    });
  }
  sim.schedule(world.officeTime(sim.now + random.int(40, 75) * DAY, 0), (next) =>
    benchCall(world, next, c, stint),
  );
}
