/**
 * @module Service-standard settings: the firm's standards (admins change them; the defaults ship) and each branch's
 * working week and holidays (admins, and the branch's own managers).
 */
import type {
  BranchCalendarList,
  BranchCalendarView,
  SaveBranchCalendarRequest,
  SaveStandardRequest,
  StandardList,
  StandardView,
} from '../../contract/standards.ts';
import { weekProblems } from '../../domain/business-calendar.ts';
import { DomainError, forbidden, notFound, staleVersion } from '../../domain/errors.ts';
import { type Actor, canAdministerFirm } from '../../domain/roles.ts';
import { type StandardKey, standardDefinitions, standardKeys } from '../../domain/standards.ts';
import {
  deleteBranchHoliday as deleteHolidayRow,
  putBranchHoliday as putHolidayRow,
  saveBranchCalendar as saveCalendarRow,
  saveStandardSetting,
} from '../../store/standards.ts';
import type { ServiceContext } from '../context.ts';
import { type BranchInfo, branchesOf, settingsOf } from './evaluate.ts';

export async function listStandards(ctx: ServiceContext, actor: Actor): Promise<StandardList> {
  const { settings, rows } = await settingsOf(ctx.store.db, actor.firmId);
  return {
    items: standardKeys.map((key) => presentStandard(key, settings[key], rows.get(key)?.version ?? 0)),
  };
}

function presentStandard(
  key: StandardKey,
  s: {
    enabled: boolean;
    amount: number;
    unit: StandardView['unit'];
    escalateAfter: StandardView['escalateAfter'];
  },
  version: number,
): StandardView {
  const d = standardDefinitions[key];
  return {
    key,
    label: d.label,
    description: d.description,
    subject: d.subject,
    enabled: s.enabled,
    amount: s.amount,
    unit: s.unit,
    escalateAfter: s.escalateAfter,
    defaults: d.defaults,
    version,
  };
}

/** Changes a standard (admins): its window, its escalation, or turns it off. */
export async function saveStandard(
  ctx: ServiceContext,
  actor: Actor,
  key: StandardKey,
  body: SaveStandardRequest,
): Promise<StandardView> {
  if (!canAdministerFirm(actor)) throw forbidden();
  const row = await saveStandardSetting(
    ctx.store.db,
    {
      firmId: actor.firmId,
      key,
      enabled: body.enabled,
      amount: body.amount,
      unit: body.unit,
      escalateAfterAmount: body.escalateAfter?.amount ?? null,
      escalateAfterUnit: body.escalateAfter?.unit ?? null,
      updatedBy: actor.userId,
    },
    body.version,
    ctx.clock.now(),
  );
  if (!row) throw staleVersion('Standard');
  return presentStandard(
    key,
    { enabled: row.enabled, amount: row.amount, unit: body.unit, escalateAfter: body.escalateAfter },
    row.version,
  );
}

/** Admins change every branch's calendar; a branch manager their own branch's. */
const canEditCalendar = (actor: Actor, branchId: string) =>
  actor.role === 'admin' || (actor.role === 'branch_manager' && actor.branchId === branchId);

function presentCalendar(actor: Actor, b: BranchInfo): BranchCalendarView {
  return {
    branch: { id: b.id, name: b.name },
    timezone: b.calendar.zone,
    week: b.calendar.week,
    holidays: [...b.calendar.holidays].sort().map((day) => ({ day, name: b.holidayNames.get(day) ?? '' })),
    version: b.weekVersion,
    editable: canEditCalendar(actor, b.id),
  };
}

export async function listBranchCalendars(ctx: ServiceContext, actor: Actor): Promise<BranchCalendarList> {
  const branches = await branchesOf(ctx.store.db, actor.firmId);
  return {
    items: [...branches.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((b) => presentCalendar(actor, b)),
  };
}

async function editableBranch(ctx: ServiceContext, actor: Actor, branchId: string) {
  const branch = (await branchesOf(ctx.store.db, actor.firmId)).get(branchId);
  if (!branch) throw notFound('Branch');
  if (!canEditCalendar(actor, branchId)) throw forbidden();
  return branch;
}

async function readCalendar(ctx: ServiceContext, actor: Actor, branchId: string) {
  return presentCalendar(actor, (await branchesOf(ctx.store.db, actor.firmId)).get(branchId)!);
}

export async function saveBranchCalendar(
  ctx: ServiceContext,
  actor: Actor,
  branchId: string,
  body: SaveBranchCalendarRequest,
): Promise<BranchCalendarView> {
  await editableBranch(ctx, actor, branchId);
  const week = Object.fromEntries(
    Object.entries(body.week).map(([day, hours]) => [day, hours.map(([a, b]) => [a, b] as [string, string])]),
  );
  const problems = weekProblems(week);
  if (!Object.values(week).some((hours) => hours.length > 0)) problems.push('No working hours at all');
  if (problems.length > 0) {
    throw new DomainError(
      'validation',
      `week: ${problems.join('; ')}`,
      problems.map((message) => ({ path: 'week', message })),
    );
  }
  const row = await saveCalendarRow(
    ctx.store.db,
    { firmId: actor.firmId, branchId, week, updatedBy: actor.userId },
    body.version,
    ctx.clock.now(),
  );
  if (!row) throw staleVersion('Branch calendar');
  return readCalendar(ctx, actor, branchId);
}

export async function putBranchHoliday(
  ctx: ServiceContext,
  actor: Actor,
  branchId: string,
  day: string,
  name: string,
): Promise<BranchCalendarView> {
  await editableBranch(ctx, actor, branchId);
  await putHolidayRow(ctx.store.db, { firmId: actor.firmId, branchId, day, name });
  return readCalendar(ctx, actor, branchId);
}

export async function deleteBranchHoliday(
  ctx: ServiceContext,
  actor: Actor,
  branchId: string,
  day: string,
): Promise<BranchCalendarView> {
  await editableBranch(ctx, actor, branchId);
  if (!(await deleteHolidayRow(ctx.store.db, actor.firmId, branchId, day))) throw notFound('Holiday');
  return readCalendar(ctx, actor, branchId);
}
