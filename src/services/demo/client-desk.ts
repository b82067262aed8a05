/**
 * @module The account managers' side: adding client companies and their people, prospecting (calls, emails, a site
 * meeting) until a prospect orders or goes cold, keeping accounts warm, and marking the ones that lapse.
 */
import { createClientRequest, createContactRequest } from '../../contract/clients.ts';
import type { ContactOutcome } from '../../domain/touchpoint.ts';
import { createClient, createContact, getClient, updateClient } from '../clients.ts';
import type { ServiceContext } from '../context.ts';
import { DAY } from './calendar.ts';
import type { ClientProfile } from './client-profiles.ts';
import { logWithClient } from './contact-log.ts';
import { clientNotes, say } from './notes.ts';
import { closeOrder } from './order-desk.ts';
import type { ClientPlan } from './plan.ts';
import type { DemoWorld, SimClient, SimContact } from './world.ts';

/** Queues a client's arrival at its planned moment. */
export function scheduleClient(world: DemoWorld, plan: ClientPlan, profile: ClientProfile) {
  world.sim.schedule(plan.createAt, (ctx) => addClient(world, ctx, plan, profile));
}

const decider = (client: SimClient): SimContact | null =>
  client.contacts.find((c) => c.role === 'decision_maker') ?? client.contacts[0] ?? null;

async function addClient(world: DemoWorld, ctx: ServiceContext, plan: ClientPlan, profile: ClientProfile) {
  const { random, sim } = world;
  const owner = world.accountManagerAt(plan.branch);
  const view = await createClient(ctx, owner, createClientRequest.parse(profile.input));
  world.tally.clients++;
  const client: SimClient = {
    plan,
    profile,
    id: view.id,
    owner,
    contacts: [],
    status: view.status,
    orders: [],
  };
  world.clients[plan.index] = client;
  for (const input of profile.contacts) {
    const contact = await createContact(ctx, owner, client.id, createContactRequest.parse(input));
    world.tally.contacts++;
    client.contacts.push({ id: contact.id, firstName: contact.firstName, role: contact.role });
  }
  if (plan.established) {
    sim.schedule(world.officeTime(sim.now + random.int(10, 45) * DAY, 0), (next) =>
      keepWarm(world, next, client),
    );
  } else {
    await prospect(world, ctx, client);
  }
  if (plan.lapseAt !== null) sim.schedule(plan.lapseAt, (next) => lapse(world, next, client));
  if (plan.goesColdAt !== null) sim.schedule(plan.goesColdAt, (next) => goCold(world, next, client));
}

/** The first calls and emails to a new prospect, a site meeting for those that will buy, follow-ups for the rest. */
async function prospect(world: DemoWorld, ctx: ServiceContext, client: SimClient) {
  const { random, sim } = world;
  const plan = client.plan;
  const contact = decider(client);
  const inbound = plan.source === 'website' || plan.source === 'referral';
  const outcome: ContactOutcome = inbound
    ? 'connected'
    : random.weighted<ContactOutcome>([
        ['connected', 5],
        ['left_message', 3],
        ['no_answer', 2],
      ]);
  await logWithClient(world, ctx, client, {
    contact,
    channel: 'call',
    direction: inbound ? 'in' : 'out',
    outcome,
    summary: say(
      random,
      outcome === 'connected' ? clientNotes.intro : clientNotes.noAnswer,
      world.about({ client, contact }),
    ),
  });
  if (random.chance(0.25)) {
    sim.schedule(world.officeTime(sim.now, random.int(0, 2)), (next) =>
      logWithClient(world, next, client, {
        contact,
        channel: 'email',
        direction: 'out',
        outcome: 'sent',
        summary: say(random, clientNotes.introEmail, world.about({ client, contact })),
      }),
    );
  }
  if (plan.meetingAt !== null) {
    sim.schedule(world.officeTime(plan.meetingAt, 0), (next) =>
      logWithClient(world, next, client, {
        contact,
        channel: 'meeting',
        outcome: 'held',
        summary: say(random, clientNotes.meeting, world.about({ client, contact })),
      }),
    );
    if (plan.firstOrderAt !== null) {
      sim.schedule(world.officeTime(plan.firstOrderAt + random.int(20, 45) * DAY, 0), (next) =>
        keepWarm(world, next, client),
      );
    }
    return;
  }
  for (let i = 0, t = sim.now, n = random.int(0, 1); i < n; i++) {
    t = world.officeTime(t + random.int(10, 30) * DAY, 0);
    sim.schedule(t, async (next) => {
      if (client.status !== 'prospect') return;
      const result = random.weighted<ContactOutcome>([
        ['no_answer', 3],
        ['left_message', 3],
        ['connected', 2],
      ]);
      await logWithClient(world, next, client, {
        contact,
        channel: 'call',
        direction: 'out',
        outcome: result,
        summary:
          result === 'connected'
            ? `Followed up with ${contact?.firstName ?? 'them'}: no needs right now, call back next quarter.`
            : say(random, clientNotes.noAnswer, world.about({ client, contact })),
      });
    });
  }
}

/** Account care: a call, an email or a visit every month or two while the client is active. */
async function keepWarm(world: DemoWorld, ctx: ServiceContext, client: SimClient) {
  const { random, sim } = world;
  // A lapsed account is not called; should it order again (and so be active again), the calls resume.
  if (client.status === 'active' && random.chance(0.45)) {
    const contact = random.pick(client.contacts);
    const channel = random.weighted<'call' | 'email' | 'meeting'>([
      ['call', 5],
      ['email', 3],
      ['meeting', 2],
    ]);
    const placed = world.candidates.find(
      (c) =>
        c.phase === 'working' &&
        client.orders.some((o) => o.submissions.some((s) => s.candidate === c && s.status === 'placed')),
    );
    await logWithClient(world, ctx, client, {
      contact,
      channel,
      direction: 'out',
      outcome: channel === 'email' ? 'sent' : channel === 'meeting' ? 'held' : 'connected',
      summary: say(
        random,
        clientNotes.care,
        world.about({ client, contact, ...(placed ? { candidate: placed } : {}) }),
      ),
    });
  }
  sim.schedule(world.officeTime(sim.now + random.int(60, 110) * DAY, 0), (next) =>
    keepWarm(world, next, client),
  );
}

/** An account that has gone quiet is marked inactive (lapsed); an order still open for it is cancelled first. */
async function lapse(world: DemoWorld, ctx: ServiceContext, client: SimClient) {
  const { random } = world;
  if (client.status !== 'active') return;
  for (const order of client.orders) await closeOrder(world, ctx, order, 'cancelled');
  const contact = decider(client);
  await logWithClient(world, ctx, client, {
    contact,
    channel: 'call',
    direction: 'out',
    outcome: 'connected',
    summary: say(random, clientNotes.lapse, world.about({ client, contact })),
  });
  await markInactive(ctx, client);
}

async function goCold(world: DemoWorld, ctx: ServiceContext, client: SimClient) {
  if (client.status !== 'prospect') return;
  const contact = decider(client);
  await logWithClient(world, ctx, client, {
    contact,
    channel: 'note',
    summary: say(world.random, clientNotes.cold, world.about({ client, contact })),
  });
  await markInactive(ctx, client);
}

async function markInactive(ctx: ServiceContext, client: SimClient) {
  const current = await getClient(ctx, client.owner, client.id);
  await updateClient(ctx, client.owner, client.id, { version: current.version, status: 'inactive' });
  client.status = 'inactive';
}
