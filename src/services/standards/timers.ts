/**
 * @module The standards' timers, run every minute by the server: escalate an overdue item past its limit to the
 * branch manager(s) of its owner's branch (admins when the branch has none), and send each active member of staff
 * one daily digest of their queue (on a working day of their branch, from 07:00 local time). Nothing is kept in
 * memory: every run derives what is due from the log, and the escalation and digest rows (inserted with their mail
 * in one transaction, once by their primary keys) make a second run, a second process or a restart send nothing
 * twice.
 */
import type { WorkItem } from '../../contract/standards.ts';
import { isWorkingDay, localParts } from '../../domain/business-calendar.ts';
import { isOpen, standardDefinitions } from '../../domain/standards.ts';
import { listFirms } from '../../store/firms.ts';
import {
  digestRunsSince,
  insertDigestRun,
  insertEscalation,
  type StaffRow,
  setDigestMessage,
} from '../../store/standards.ts';
import type { ServiceContext } from '../context.ts';
import { queueStaffMail } from '../messaging/outbox.ts';
import { absoluteUrl } from '../public-url.ts';
import { type FirmStandards, liveHorizon, type MeasuredObligation, measureFirm } from './evaluate.ts';
import { countStates, managersFor, queueItems } from './work-queue.ts';

/**
 * How long after its limit an item is still escalated by mail. Older ones (a first start on a firm with a year of
 * history, a server down for over a week) are not mailed in a burst: they show as escalated in the owners' and
 * managers' queues and digests all the same.
 */
export const ESCALATION_WINDOW_MS = 7 * 86_400_000;

/** The local hour from which a day's digest goes out. */
export const DIGEST_HOUR = 7;

export interface TimerRun {
  escalated: number;
  digests: number;
}

/** Runs both timers for every firm; returns what this run sent. */
export async function runStandardTimers(ctx: ServiceContext): Promise<TimerRun> {
  const total: TimerRun = { escalated: 0, digests: 0 };
  for (const firm of await listFirms(ctx.store.db)) {
    const run = await runFirmTimers(ctx, firm.id);
    total.escalated += run.escalated;
    total.digests += run.digests;
  }
  return total;
}

export async function runFirmTimers(ctx: ServiceContext, firmId: string): Promise<TimerRun> {
  const now = ctx.clock.now();
  const data = await measureFirm(ctx, firmId, liveHorizon(now));
  return { escalated: await escalate(ctx, data, now), digests: await sendDigests(ctx, data, now) };
}

async function escalate(ctx: ServiceContext, data: FirmStandards, now: Date): Promise<number> {
  const t = now.getTime();
  const due = data.obligations.filter(
    (o) => isOpen(o) && o.escalateAt !== null && o.escalateAt <= t && o.escalateAt > t - ESCALATION_WINDOW_MS,
  );
  let sent = 0;
  for (const o of due) {
    const owner = o.ownerId ? data.staff.find((u) => u.id === o.ownerId) : undefined;
    const managers = managersFor(data, owner?.branchId ?? o.branchId);
    if (await escalateOne(ctx, data, o, owner ?? null, managers, now)) sent++;
  }
  return sent;
}

async function escalateOne(
  ctx: ServiceContext,
  data: FirmStandards,
  o: MeasuredObligation,
  owner: StaffRow | null,
  managers: StaffRow[],
  now: Date,
): Promise<boolean> {
  const label = standardDefinitions[o.standardKey].label;
  const dueAt = new Date(o.dueAt);
  return ctx.store.transaction(async (tx) => {
    const inserted = await insertEscalation(tx, {
      firmId: data.firmId,
      standardKey: o.standardKey,
      itemKey: o.itemKey,
      dueAt,
      escalatedAt: now,
      ownerId: owner?.id ?? null,
      managerIds: managers.map((m) => m.id),
      detail: { subjectType: o.subject.type, subjectId: o.subject.id, name: o.name, label },
    });
    if (!inserted) return false;
    const cal = data.branches.get(o.branchId)!.calendar;
    for (const m of managers) {
      await queueStaffMail(tx, ctx, {
        firmId: data.firmId,
        userId: m.id,
        toAddress: m.email,
        kind: 'escalation',
        subject: `Overdue: ${label} for ${o.name}`,
        body: [
          `${o.name} is overdue for "${label}".`,
          `It was due ${localParts(cal, dueAt).date} (${dueAt.toISOString()}); owner: ${owner?.name ?? 'nobody'}.`,
          standardDefinitions[o.standardKey].description,
          '',
          absoluteUrl(
            ctx,
            o.subject.type === 'candidate' ? `/candidates/${o.subject.id}` : `/clients/${o.subject.id}`,
          ),
        ].join('\n'),
        topic: `escalation:${o.standardKey}:${o.itemKey}:${dueAt.toISOString()}`,
      });
    }
    return true;
  });
}

const stateHeadings: Record<WorkItem['state'], string> = {
  escalated: 'Escalated',
  overdue: 'Overdue',
  due: 'Due today',
  stalled: 'Stalled',
  upcoming: 'Coming up',
};

/** The digest's text: counts, then each item with its reason and where to act. */
export function digestBody(ctx: ServiceContext, user: StaffRow, day: string, items: WorkItem[]): string {
  const counts = countStates(items);
  const lines = [`Good morning ${user.name.split(' ')[0]}, your work queue for ${day}:`, ''];
  if (items.length === 0) lines.push('Nothing needs you right now.');
  else {
    lines.push(
      (Object.keys(stateHeadings) as WorkItem['state'][])
        .filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${stateHeadings[s].toLowerCase()}`)
        .join(', '),
      '',
    );
    for (const item of items) {
      lines.push(`[${stateHeadings[item.state]}] ${item.subject?.name ?? item.label}: ${item.label}`);
      lines.push(`  ${item.reason}`);
      lines.push(`  ${absoluteUrl(ctx, item.link)}`);
    }
  }
  return lines.join('\n');
}

async function sendDigests(ctx: ServiceContext, data: FirmStandards, now: Date): Promise<number> {
  // Local days differ by zone by less than two days from the UTC one.
  const earliest = new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
  const sentToday = new Set(
    (await digestRunsSince(ctx.store.db, data.firmId, earliest)).map((r) => `${r.userId}|${r.day}`),
  );
  let sent = 0;
  for (const user of data.staff) {
    if (!user.active) continue;
    const branch = data.branches.get(user.branchId);
    if (!branch) continue;
    const local = localParts(branch.calendar, now);
    if (local.hour < DIGEST_HOUR || !isWorkingDay(branch.calendar, local.date)) continue;
    if (sentToday.has(`${user.id}|${local.date}`)) continue;
    const items = await queueItems(ctx, data, user, now);
    const took = await ctx.store.transaction(async (tx) => {
      if (!(await insertDigestRun(tx, { firmId: data.firmId, userId: user.id, day: local.date })))
        return false;
      const mail = await queueStaffMail(tx, ctx, {
        firmId: data.firmId,
        userId: user.id,
        toAddress: user.email,
        kind: 'digest',
        subject: `Your work queue for ${local.date}: ${items.length} item${items.length === 1 ? '' : 's'}`,
        body: digestBody(ctx, user, local.date, items),
        topic: `digest:${local.date}`,
      });
      await setDigestMessage(tx, data.firmId, user.id, local.date, mail.id);
      return true;
    });
    if (took) sent++;
  }
  return sent;
}
