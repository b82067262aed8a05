/** @module Hand-logged contacts: the calls, texts, emails, meetings and notes staff record as they work. */
import { logTouchpointRequest } from '../../contract/touchpoints.ts';
import type { ContactOutcome } from '../../domain/touchpoint.ts';
import type { ServiceContext } from '../context.ts';
import { logTouchpoint } from '../touchpoints.ts';
import type { StaffMember } from './staff.ts';
import type { DemoWorld, SimCandidate, SimClient, SimContact } from './world.ts';

/** Logs a call, text or note with a candidate, as the recruiter would. */
export async function logWithCandidate(
  world: DemoWorld,
  ctx: ServiceContext,
  c: SimCandidate,
  entry: {
    by?: StaffMember;
    channel: 'call' | 'sms' | 'email' | 'note';
    direction?: 'in' | 'out';
    summary: string;
    outcome?: ContactOutcome;
    jobOrderId?: string;
  },
) {
  await logTouchpoint(
    ctx,
    entry.by ?? c.owner,
    logTouchpointRequest.parse({
      subjectType: 'candidate',
      subjectId: c.id,
      channel: entry.channel,
      direction: entry.direction,
      summary: entry.summary,
      outcome: entry.outcome ?? null,
      jobOrderId: entry.jobOrderId ?? null,
    }),
  );
  world.tally.loggedContacts++;
}

/** Logs a contact with a client company, as its account manager would. */
export async function logWithClient(
  world: DemoWorld,
  ctx: ServiceContext,
  client: SimClient,
  entry: {
    contact?: SimContact | null;
    channel: 'call' | 'email' | 'meeting' | 'note';
    direction?: 'in' | 'out';
    summary: string;
    outcome?: ContactOutcome;
    jobOrderId?: string;
  },
) {
  await logTouchpoint(
    ctx,
    client.owner,
    logTouchpointRequest.parse({
      subjectType: 'client',
      subjectId: client.id,
      contactId: entry.contact?.id ?? null,
      channel: entry.channel,
      direction: entry.direction,
      summary: entry.summary,
      outcome: entry.outcome ?? null,
      jobOrderId: entry.jobOrderId ?? null,
    }),
  );
  world.tally.loggedContacts++;
}
