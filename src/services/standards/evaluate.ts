/**
 * @module A firm's service standards measured from its touchpoint log: settings and branch calendars read once, the
 * touchpoints since a horizon in one query, each person's obligations from the pure evaluator, with their owner,
 * branch and name. Shared by the work queue, the compliance report and the timers.
 */
import { type BusinessCalendar, type DurationUnit, defaultWeek } from '../../domain/business-calendar.ts';
import {
  defaultSetting,
  evaluateSubject,
  type Obligation,
  type StandardKey,
  type StandardSettings,
  type StandardTouchpoint,
  standardKeys,
} from '../../domain/standards.ts';
import type { SubjectType } from '../../domain/touchpoint.ts';
import {
  firmBranchCalendars,
  firmBranchHolidays,
  firmBranchZones,
  firmStaff,
  firmStandardSettings,
  type StaffRow,
  type StandardSettingRow,
  standardSubjects,
  standardTouchpoints,
} from '../../store/standards.ts';
import type { Db, ServiceContext } from '../context.ts';

/** How far back the live views (queue, timers) read the log: recurring standards reach back a year at most. */
export const LIVE_HORIZON_DAYS = 400;
const DAY_MS = 86_400_000;

export interface MeasuredObligation extends Obligation {
  name: string;
  ownerId: string | null;
  /** The person's branch, whose calendar the obligation was measured in. */
  branchId: string;
}

export interface BranchInfo {
  id: string;
  name: string;
  calendar: BusinessCalendar;
  /** The branch's own week (null: the default), with its version. */
  weekVersion: number;
  ownWeek: boolean;
  holidayNames: Map<string, string>;
}

export interface FirmStandards {
  firmId: string;
  settings: StandardSettings;
  settingRows: Map<StandardKey, StandardSettingRow>;
  branches: Map<string, BranchInfo>;
  staff: StaffRow[];
  obligations: MeasuredObligation[];
}

/** The firm's settings: its own rows over the shipped defaults. */
export async function settingsOf(db: Db, firmId: string) {
  const rows = await firmStandardSettings(db, firmId);
  const byKey = new Map(
    rows
      .filter((r) => (standardKeys as readonly string[]).includes(r.key))
      .map((r) => [r.key as StandardKey, r]),
  );
  const settings = Object.fromEntries(
    standardKeys.map((key) => {
      const row = byKey.get(key);
      if (!row) return [key, defaultSetting(key)];
      return [
        key,
        {
          key,
          enabled: row.enabled,
          amount: row.amount,
          unit: row.unit as DurationUnit,
          escalateAfter:
            row.escalateAfterAmount !== null && row.escalateAfterUnit !== null
              ? { amount: row.escalateAfterAmount, unit: row.escalateAfterUnit as DurationUnit }
              : null,
        },
      ];
    }),
  ) as StandardSettings;
  return { settings, rows: byKey };
}

/** Each branch with its calendar: its own week or the default, its holidays, its time zone. */
export async function branchesOf(db: Db, firmId: string): Promise<Map<string, BranchInfo>> {
  const [zones, weeks, holidays] = await Promise.all([
    firmBranchZones(db, firmId),
    firmBranchCalendars(db, firmId),
    firmBranchHolidays(db, firmId),
  ]);
  const weekOf = new Map(weeks.map((w) => [w.branchId, w]));
  const out = new Map<string, BranchInfo>();
  for (const b of zones) {
    const own = weekOf.get(b.id);
    const days = holidays.filter((h) => h.branchId === b.id);
    out.set(b.id, {
      id: b.id,
      name: b.name,
      calendar: {
        zone: b.timezone,
        week: own?.week ?? defaultWeek,
        holidays: new Set(days.map((h) => h.day)),
      },
      weekVersion: own?.version ?? 0,
      ownWeek: !!own,
      holidayNames: new Map(days.map((h) => [h.day, h.name])),
    });
  }
  return out;
}

/** Every obligation of the firm's people with touchpoints since `since`. */
export async function measureFirm(ctx: ServiceContext, firmId: string, since: Date): Promise<FirmStandards> {
  const db = ctx.store.db;
  const [{ settings, rows }, branches, staff, log] = await Promise.all([
    settingsOf(db, firmId),
    branchesOf(db, firmId),
    firmStaff(db, firmId),
    standardTouchpoints(ctx.store, firmId, since),
  ]);
  const ids = { candidates: new Set<string>(), clients: new Set<string>() };
  for (const t of log) (t.subjectType === 'candidate' ? ids.candidates : ids.clients).add(t.subjectId);
  const subjects = new Map(
    (await standardSubjects(db, firmId, { candidates: [...ids.candidates], clients: [...ids.clients] })).map(
      (s) => [`${s.type}:${s.id}`, s],
    ),
  );
  const obligations: MeasuredObligation[] = [];
  let start = 0;
  // The rows come grouped by person, in time order: one evaluation per group.
  while (start < log.length) {
    const first = log[start]!;
    let end = start + 1;
    while (
      end < log.length &&
      log[end]!.subjectId === first.subjectId &&
      log[end]!.subjectType === first.subjectType
    )
      end++;
    const subject = subjects.get(`${first.subjectType}:${first.subjectId}`);
    const branch = subject ? branches.get(subject.branchId) : undefined;
    // A person whose record is gone (erased) has no one to answer to.
    if (subject && branch) {
      const touchpoints: StandardTouchpoint[] = log.slice(start, end);
      for (const o of evaluateSubject({
        subject: { type: first.subjectType as SubjectType, id: first.subjectId },
        touchpoints,
        calendar: branch.calendar,
        settings,
      })) {
        obligations.push({ ...o, name: subject.name, ownerId: subject.ownerId, branchId: subject.branchId });
      }
    }
    start = end;
  }
  return { firmId, settings, settingRows: rows, branches, staff, obligations };
}

/** The horizon of the live views at `now`. */
export const liveHorizon = (now: Date) => new Date(now.getTime() - LIVE_HORIZON_DAYS * DAY_MS);

/** The web app's page for a person. */
export const linkOf = (s: { type: SubjectType; id: string }) =>
  s.type === 'candidate' ? `/candidates/${s.id}` : `/clients/${s.id}`;
