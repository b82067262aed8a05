/**
 * @module The work queue: who needs attention now, per user. Standards due, overdue, escalated or coming up within a
 * business day (replies waiting among them), stalled journeys, proposed status updates and failed messages, most
 * urgent first. Acting (logging the touchpoint) meets the obligation, so the item leaves the queue on the next read.
 */
import type { AttentionItem } from '../../contract/journeys.ts';
import type { WorkItem, WorkItemState, WorkQueueQuery, WorkQueueView } from '../../contract/standards.ts';
import { workItemStates } from '../../contract/standards.ts';
import { addDuration, localParts } from '../../domain/business-calendar.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import type { Actor, Role } from '../../domain/roles.ts';
import { isOpen, type StandardKey, standardDefinitions } from '../../domain/standards.ts';
import { type StaffRow, waitingMessages } from '../../store/standards.ts';
import type { ServiceContext } from '../context.ts';
import { attention } from '../journey-maps.ts';
import { type FirmStandards, linkOf, liveHorizon, type MeasuredObligation, measureFirm } from './evaluate.ts';

const rank: Record<WorkItemState, number> = { escalated: 0, overdue: 1, due: 2, stalled: 3, upcoming: 4 };

/** The managers an owner's overdue item is escalated to: the branch's managers, else the firm's admins. */
export function managersFor(data: FirmStandards, branchId: string): StaffRow[] {
  const active = data.staff.filter((u) => u.active);
  const managers = active.filter((u) => u.role === 'branch_manager' && u.branchId === branchId);
  return managers.length > 0 ? managers : active.filter((u) => u.role === 'admin');
}

/** Whose queue an actor may open: their own; a branch manager their branch's users; an admin anyone's. */
export function canViewQueue(actor: Actor, target: { id: string; branchId: string }) {
  if (actor.userId === target.id) return true;
  if (actor.role === 'admin') return true;
  return actor.role === 'branch_manager' && actor.branchId === target.branchId;
}

/** Where an open obligation stands at `now`, or null when it is further off than the next business day. */
export function stateOf(o: MeasuredObligation, data: FirmStandards, now: number): WorkItemState | null {
  if (o.escalateAt !== null && now >= o.escalateAt) return 'escalated';
  if (now >= o.dueAt) return 'overdue';
  const cal = data.branches.get(o.branchId)!.calendar;
  if (localParts(cal, new Date(o.dueAt)).date === localParts(cal, new Date(now)).date) return 'due';
  if (o.dueAt <= addDuration(cal, new Date(now), { amount: 1, unit: 'business_days' }).getTime())
    return 'upcoming';
  return null;
}

const reasons: Record<StandardKey, string> = {
  registration_response: 'Registered on {opened} and not contacted since',
  staffing_request_response: 'Asked for staff on {opened}; not answered yet',
  reply_response: 'Wrote in on {opened} and waits for an answer',
  in_process_update: 'In process, and has not heard from us since {opened}',
  assignment_checkin: 'On assignment; no check-in since {opened}',
  client_contact: 'Active client, not contacted since {opened}',
};

const stateWords: Record<WorkItemState, string> = {
  escalated: 'overdue and escalated to the branch manager',
  overdue: 'overdue',
  due: 'due today',
  stalled: 'stalled',
  upcoming: 'due within a business day',
};

function standardItem(
  o: MeasuredObligation,
  state: WorkItemState,
  data: FirmStandards,
  owner: { id: string; name: string } | null,
): WorkItem {
  const cal = data.branches.get(o.branchId)!.calendar;
  const opened = localParts(cal, new Date(o.openedAt));
  const due = localParts(cal, new Date(o.dueAt));
  return {
    key: `${o.standardKey}:${o.itemKey}:${new Date(o.dueAt).toISOString()}`,
    kind: 'standard',
    state,
    standardKey: o.standardKey,
    label: standardDefinitions[o.standardKey].label,
    subject: { type: o.subject.type, id: o.subject.id, name: o.name },
    link: linkOf(o.subject),
    dueAt: new Date(o.dueAt).toISOString(),
    owner,
    reason: `${reasons[o.standardKey].replace('{opened}', opened.date)}: ${stateWords[state]} (due ${due.date}).`,
  };
}

function stalledItem(a: AttentionItem): WorkItem {
  return {
    key: `stalled:${a.type}:${a.subject.id}`,
    kind: 'stalled',
    state: 'stalled',
    standardKey: null,
    label: 'Stalled journey',
    subject: { type: a.type, id: a.subject.id, name: a.subject.name },
    link: linkOf({ type: a.type, id: a.subject.id }),
    dueAt: null,
    owner: a.owner,
    reason: `Waiting at "${a.lastActivityLabel}" for ${a.waitingDays} days (longer than ${a.thresholdDays}).`,
  };
}

/** Stalled journeys the user owns, through the journey engine (none in a process that does not run it). */
async function stalledFor(ctx: ServiceContext, firmId: string, user: StaffRow): Promise<WorkItem[]> {
  if (!ctx.journeys) return [];
  const asUser: Actor = { userId: user.id, firmId, branchId: user.branchId, role: user.role as Role };
  const page = await attention(ctx, asUser, { scope: 'mine', ownerId: user.id, page: 1, pageSize: 100 });
  return page.items.map(stalledItem);
}

/** The queue of one user at `now`, from a firm measured at that moment. */
export async function queueItems(
  ctx: ServiceContext,
  data: FirmStandards,
  user: StaffRow,
  now: Date,
): Promise<WorkItem[]> {
  const t = now.getTime();
  const owner = { id: user.id, name: user.name };
  const items: WorkItem[] = [];
  const staffById = new Map(data.staff.map((u) => [u.id, u]));
  for (const o of data.obligations) {
    if (!isOpen(o)) continue;
    if (o.ownerId === user.id) {
      const state = stateOf(o, data, t);
      if (state) items.push(standardItem(o, state, data, owner));
      continue;
    }
    // Escalated items reach the managers they were escalated to, in their queue too under the owner's name; an
    // admin oversees every branch, so theirs holds every escalated item of the firm.
    if (o.escalateAt === null || o.escalateAt > t) continue;
    const ownerRow = o.ownerId ? staffById.get(o.ownerId) : undefined;
    const toUser = managersFor(data, ownerRow?.branchId ?? o.branchId).some((m) => m.id === user.id);
    if (!toUser && user.role !== 'admin') continue;
    const item = standardItem(
      o,
      'escalated',
      data,
      ownerRow ? { id: ownerRow.id, name: ownerRow.name } : null,
    );
    const who = `owner: ${ownerRow?.name ?? 'nobody'}`;
    items.push({ ...item, reason: `${toUser ? 'Escalated to you' : 'Escalated'} (${who}). ${item.reason}` });
  }
  items.push(...(await stalledFor(ctx, data.firmId, user)));
  for (const m of await waitingMessages(ctx.store.db, data.firmId)) {
    const person = m.candidateId
      ? { type: 'candidate' as const, id: m.candidateId, name: m.personName ?? '' }
      : m.clientId
        ? { type: 'client' as const, id: m.clientId, name: m.personName ?? '' }
        : null;
    if (m.status === 'proposed' && m.ownerId === user.id) {
      items.push({
        key: `message:${m.id}`,
        kind: 'proposed_update',
        state: 'due',
        standardKey: null,
        label: 'Status update to send',
        subject: person,
        link: person ? linkOf(person) : '/messages',
        dueAt: m.createdAt.toISOString(),
        owner,
        reason: `A status update ("${m.subject ?? 'no subject'}") waits for you to send, edit or dismiss it.`,
      });
    } else if (m.status === 'failed' && m.sentBy === user.id) {
      items.push({
        key: `message:${m.id}`,
        kind: 'failed_message',
        state: 'due',
        standardKey: null,
        label: 'Message not delivered',
        subject: person,
        link: person ? linkOf(person) : '/messages',
        dueAt: m.createdAt.toISOString(),
        owner,
        reason: `Your message ("${m.subject ?? 'no subject'}") could not be delivered${m.lastError ? `: ${m.lastError}` : ''}.`,
      });
    }
  }
  return sortQueue(items);
}

/** Escalated, then overdue (oldest due first), due, stalled (longest waiting first, as given), upcoming. */
export function sortQueue(items: WorkItem[]): WorkItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const r = rank[a.item.state] - rank[b.item.state];
      if (r !== 0) return r;
      if (a.item.dueAt && b.item.dueAt && a.item.dueAt !== b.item.dueAt)
        return a.item.dueAt < b.item.dueAt ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.item);
}

export const countStates = (items: WorkItem[]) =>
  Object.fromEntries(workItemStates.map((s) => [s, items.filter((i) => i.state === s).length])) as Record<
    WorkItemState,
    number
  >;

/** A user's work queue: the caller's own, or (for managers and admins) a user they may look after. */
export async function workQueue(
  ctx: ServiceContext,
  actor: Actor,
  q: WorkQueueQuery,
): Promise<WorkQueueView> {
  const now = ctx.clock.now();
  const data = await measureFirm(ctx, actor.firmId, liveHorizon(now));
  const targetId = q.userId ?? actor.userId;
  const user = data.staff.find((u) => u.id === targetId);
  if (!user) throw notFound('User');
  if (!canViewQueue(actor, user)) throw forbidden();
  const items = await queueItems(ctx, data, user, now);
  const visible = data.staff.filter((u) => u.active && canViewQueue(actor, u));
  visible.sort((a, b) =>
    a.id === actor.userId ? -1 : b.id === actor.userId ? 1 : a.name.localeCompare(b.name),
  );
  return {
    user: { id: user.id, name: user.name },
    asOf: now.toISOString(),
    items,
    counts: countStates(items),
    canView: visible.map((u) => ({ id: u.id, name: u.name })),
  };
}
