/**
 * @module The contact guard: before anyone sends, who contacted this person (and their company) lately, by which
 * channel and about what; and warnings of a likely duplicate, a conflicting fact, or an opt-out.
 */
import type { GuardReport, GuardWarning, RecentContact } from '../../contract/messages.ts';
import { factsDiffer, factsOf } from '../../domain/message-facts.ts';
import {
  channelAllowed,
  DUPLICATE_WINDOW_MS,
  type FactKey,
  factKeys,
  factLabels,
  type MessageChannel,
  type MessageFacts,
  pendingStatuses,
  RECENT_WARNING_MS,
  RECENT_WINDOW_MS,
} from '../../domain/messaging.ts';
import type { Channel } from '../../domain/touchpoint.ts';
import { latestConsent } from '../../store/consent.ts';
import type { JobOrderView } from '../../store/job-orders.ts';
import { type MessageRow, messagesAbout, userNames } from '../../store/messages.ts';
import { timeline } from '../../store/touchpoints.ts';
import type { Db } from '../context.ts';
import { dateText, rateText } from './merge.ts';
import type { Person } from './people.ts';

export interface Composed {
  channel: MessageChannel;
  templateKey?: string | null | undefined;
  topic?: string | null | undefined;
  subject?: string | null | undefined;
  body: string;
  jobOrderId?: string | null | undefined;
}

// Templates too generic to say what a message is about: their use twice is not a duplicate.
const GENERIC_TEMPLATES = new Set(['general', 'sms_check_in']);
const CONTACT_CHANNELS = new Set<string>(['call', 'email', 'sms', 'meeting', 'form', 'portal']);
const COLLEAGUE_FACTS_WINDOW_MS = 30 * 24 * 3_600_000;

const verb: Record<string, string> = {
  call: 'called',
  email: 'emailed',
  sms: 'texted',
  meeting: 'met',
  form: 'heard from',
  portal: 'heard from',
};

/** "5 minutes ago", "1 hour ago", "3 days ago". */
export function ago(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}

/** The facts the job order states, written as messages write them. */
export function orderFacts(order: JobOrderView | null): MessageFacts {
  if (!order) return {};
  const facts: MessageFacts = { jobTitle: order.title };
  const pay = rateText(order.payRate, order.rateUnit);
  const bill = rateText(order.billRate, order.rateUnit);
  if (pay) facts.payRate = pay;
  if (bill) facts.billRate = bill;
  if (order.startDate) facts.startDate = order.startDate;
  return facts;
}

const showFact = (key: FactKey, value: string) => (key === 'startDate' ? (dateText(value) ?? value) : value);

/** The facts a composed message states (subject and body together). */
export const composedFacts = (person: Person, m: Composed, today: string) =>
  factsOf(`${m.subject ?? ''}\n${m.body}`, person.kind, today);

const sameTopic = (a: string | null, b: string | null | undefined) =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/** The guard's report for a message `senderId` is about to send. */
export async function guardReport(
  db: Db,
  person: Person,
  senderId: string,
  m: Composed,
  order: JobOrderView | null,
  now: Date,
): Promise<GuardReport> {
  const firmId = person.firmId;
  const scope = person.kind === 'candidate' ? { candidateId: person.id } : { clientId: person.client!.id };
  const since = new Date(now.getTime() - RECENT_WINDOW_MS);
  const [touchpoints, messages, consent] = await Promise.all([
    timeline(db, firmId, scope, { limit: 100 }),
    messagesAbout(db, firmId, scope, new Date(now.getTime() - COLLEAGUE_FACTS_WINDOW_MS)),
    latestConsent(
      db,
      firmId,
      person.kind === 'candidate' ? { candidateId: person.id } : { contactId: person.id },
    ),
  ]);
  const names = await userNames(
    db,
    firmId,
    messages.map((x) => x.sentBy).filter((x): x is string => x !== null),
  );
  const samePerson = (row: { candidateId: string | null; contactId: string | null }) =>
    person.kind === 'candidate' ? row.candidateId === person.id : row.contactId === person.id;
  const withRef = (row: { contactId: string | null; contactName?: string | null }) =>
    person.kind === 'candidate' || row.contactId === person.id
      ? { id: person.id, name: person.fullName }
      : row.contactId
        ? { id: row.contactId, name: row.contactName ?? 'a colleague of theirs' }
        : { id: person.client!.id, name: person.client!.name };

  const recent: RecentContact[] = [];
  for (const t of touchpoints) {
    if (t.occurredAt < since) break;
    if (t.voidedBy !== null || t.voidsId !== null) continue;
    if (person.kind === 'contact' && t.subjectType !== 'client') continue;
    if (!CONTACT_CHANNELS.has(t.channel)) continue;
    recent.push({
      touchpointId: t.id,
      messageId: typeof t.meta?.messageId === 'string' ? t.meta.messageId : null,
      at: t.occurredAt.toISOString(),
      by: t.actorUserId ? { id: t.actorUserId, name: t.actorName ?? '' } : null,
      with: withRef(t),
      samePerson: person.kind === 'candidate' || t.contactId === person.id,
      channel: t.channel as Channel,
      direction: (t.direction as 'in' | 'out' | null) ?? null,
      what: t.summary ?? t.activity,
      pending: false,
    });
  }
  for (const x of messages) {
    if (!(pendingStatuses as readonly string[]).includes(x.status) && x.status !== 'proposed') continue;
    if (x.createdAt < since) continue;
    recent.push({
      touchpointId: null,
      messageId: x.id,
      at: x.createdAt.toISOString(),
      by: x.sentBy ? { id: x.sentBy, name: names.get(x.sentBy) ?? '' } : null,
      with: samePerson(x) ? { id: person.id, name: person.fullName } : withRef(x),
      samePerson: samePerson(x),
      channel: x.channel as Channel,
      direction: 'out',
      what: x.subject ?? x.body.slice(0, 120),
      pending: true,
    });
  }
  recent.sort((a, b) => b.at.localeCompare(a.at));

  const warnings: GuardWarning[] = [];
  const warn = (w: Partial<GuardWarning> & Pick<GuardWarning, 'kind' | 'message'>) =>
    warnings.push({ field: null, expected: null, found: null, source: null, by: null, at: null, ...w });

  // Opted out: the one warning no reason overrides.
  const latest = consent[m.channel];
  if (
    !channelAllowed(
      m.channel,
      latest?.status === 'granted' || latest?.status === 'withdrawn' ? latest.status : null,
    )
  ) {
    warn({
      kind: 'consent',
      source: 'consent',
      message:
        latest?.status === 'withdrawn'
          ? `${person.fullName} opted out of ${m.channel === 'email' ? 'email' : 'text messages'}`
          : `${person.fullName} has not agreed to text messages`,
      at: latest?.at.toISOString() ?? null,
    });
  }

  // A colleague's contact in the last day: one warning per colleague, their latest.
  const warnedColleagues = new Set<string>();
  for (const r of recent) {
    if (!r.by || r.by.id === senderId || warnedColleagues.has(r.by.id)) continue;
    if (r.direction === 'in') continue;
    const age = now.getTime() - new Date(r.at).getTime();
    if (age > RECENT_WARNING_MS) continue;
    warnedColleagues.add(r.by.id);
    const whom = r.samePerson ? 'them' : `${r.with.name} at ${person.client?.name ?? 'their company'}`;
    warn({
      kind: 'recent',
      source: 'colleague',
      by: r.by,
      at: r.at,
      message: `${r.by.name} ${r.pending ? `is sending ${whom} a message (${r.channel})` : `${verb[r.channel] ?? 'contacted'} ${whom}`} ${ago(age)}: ${r.what}`,
    });
  }

  // The same template or topic to the same person lately, by anyone.
  const dupSince = now.getTime() - DUPLICATE_WINDOW_MS;
  const topic = m.topic ?? null;
  for (const x of messages) {
    if (!samePerson(x) || x.createdAt.getTime() < dupSince || x.status === 'proposed') continue;
    const sameTemplate = Boolean(
      m.templateKey && !GENERIC_TEMPLATES.has(m.templateKey) && x.templateKey === m.templateKey,
    );
    if (!sameTemplate && !sameTopic(x.topic, topic)) continue;
    const by = x.sentBy ? { id: x.sentBy, name: names.get(x.sentBy) ?? '' } : null;
    warn({
      kind: 'duplicate',
      source: sameTemplate ? 'template' : 'topic',
      by,
      at: x.createdAt.toISOString(),
      message: `${by ? (by.id === senderId ? 'You' : by.name) : 'Waypoint'} sent ${person.firstName} ${sameTemplate ? 'this template' : `"${x.topic}"`} ${ago(now.getTime() - x.createdAt.getTime())}: ${x.subject ?? x.body.slice(0, 80)}`,
    });
    break;
  }

  // Facts that differ from the job order, or from what a colleague last wrote to this person.
  const today = now.toISOString().slice(0, 10);
  const stated = composedFacts(person, m, today);
  const fromOrder = orderFacts(order);
  const flagged = new Set<FactKey>();
  for (const key of factKeys) {
    const found = stated[key];
    const expected = fromOrder[key];
    if (!found || !expected || !factsDiffer(key, expected, found)) continue;
    flagged.add(key);
    warn({
      kind: 'conflict',
      field: key,
      source: 'job_order',
      expected: showFact(key, expected),
      found: showFact(key, found),
      message: `The job order says the ${factLabels[key]} is ${showFact(key, expected)}; your message says ${showFact(key, found)}`,
    });
  }
  const colleagueLast = new Map<FactKey, MessageRow>();
  for (const x of messages) {
    if (!samePerson(x) || !x.sentBy || x.sentBy === senderId) continue;
    if (m.jobOrderId && x.jobOrderId && x.jobOrderId !== m.jobOrderId) continue;
    for (const key of factKeys) {
      if (typeof x.facts[key] === 'string' && !colleagueLast.has(key)) colleagueLast.set(key, x);
    }
  }
  for (const [key, x] of colleagueLast) {
    const found = stated[key];
    const expected = x.facts[key] as string;
    if (!found || flagged.has(key) || !factsDiffer(key, expected, found)) continue;
    const by = { id: x.sentBy!, name: names.get(x.sentBy!) ?? '' };
    warn({
      kind: 'conflict',
      field: key,
      source: 'colleague',
      by,
      at: x.createdAt.toISOString(),
      expected: showFact(key, expected),
      found: showFact(key, found),
      message: `${by.name} told ${person.firstName} the ${factLabels[key]} is ${showFact(key, expected)} (${ago(now.getTime() - x.createdAt.getTime())}); your message says ${showFact(key, found)}`,
    });
  }

  return {
    recipient: { id: person.id, name: person.fullName },
    company: person.client ? { id: person.client.id, name: person.client.name } : null,
    recent,
    warnings,
    consent: (['email', 'sms'] as const).map((channel) => {
      const c = consent[channel];
      const status = c?.status === 'granted' || c?.status === 'withdrawn' ? c.status : null;
      return {
        channel,
        status,
        allowed: channelAllowed(channel, status),
        at: c?.at.toISOString() ?? null,
        source: (c?.source as GuardReport['consent'][number]['source']) ?? null,
      };
    }),
  };
}
