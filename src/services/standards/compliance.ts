/**
 * @module The compliance report: how often each service standard was met, per standard × month × owner × branch,
 * and the people behind each miss. Only due moments already past count; one still open and overdue counts as
 * missed. A person's obligations count for their current owner and branch (the log does not say who owned them
 * then); months are the branch's local months; `from`/`to` are whole UTC days, [from, to).
 */
import type {
  ComplianceMiss,
  ComplianceMissesQuery,
  ComplianceMissesView,
  ComplianceQuery,
  ComplianceView,
} from '../../contract/standards.ts';
import { localParts } from '../../domain/business-calendar.ts';
import { type Actor, canReadFirmCompliance } from '../../domain/roles.ts';
import { type StandardKey, standardDefinitions, standardKeys, wasMet } from '../../domain/standards.ts';
import type { ServiceContext } from '../context.ts';
import {
  type FirmStandards,
  LIVE_HORIZON_DAYS,
  linkOf,
  type MeasuredObligation,
  measureFirm,
} from './evaluate.ts';

const DAY_MS = 86_400_000;
/** Recurring standards reach back: read the log this far before the report's first day. */
const LOOKBACK_DAYS = 62;

/** Managers and admins see the whole firm; everyone else only their own figures. */
interface Filter {
  from: string;
  to: string;
  standardKey?: StandardKey | undefined;
  branchId?: string | undefined;
  userId?: string | undefined;
  month?: string | undefined;
}

async function measured(ctx: ServiceContext, actor: Actor, q: Filter) {
  const now = ctx.clock.now().getTime();
  const from = Date.parse(`${q.from}T00:00:00Z`);
  const to = Math.min(Date.parse(`${q.to}T00:00:00Z`), now);
  const since = Math.min(from - LOOKBACK_DAYS * DAY_MS, now - LIVE_HORIZON_DAYS * DAY_MS);
  const data = await measureFirm(ctx, actor.firmId, new Date(since));
  const userId = canReadFirmCompliance(actor) ? q.userId : actor.userId;
  const monthOf = (o: MeasuredObligation) =>
    localParts(data.branches.get(o.branchId)!.calendar, new Date(o.dueAt)).date.slice(0, 7);
  const rows = data.obligations.filter(
    (o) =>
      o.dueAt >= from &&
      o.dueAt < to &&
      (q.standardKey === undefined || o.standardKey === q.standardKey) &&
      (q.branchId === undefined || o.branchId === q.branchId) &&
      (userId === undefined || o.ownerId === userId) &&
      (q.month === undefined || monthOf(o) === q.month),
  );
  return { data, rows, monthOf };
}

const percent = (met: number, due: number) => (due === 0 ? null : Math.round((met / due) * 1000) / 10);

const refOf = (data: FirmStandards, kind: 'user' | 'branch', id: string | null) => {
  if (id === null) return null;
  const name = kind === 'user' ? data.staff.find((u) => u.id === id)?.name : data.branches.get(id)?.name;
  return name === undefined ? null : { id, name };
};

/** % met per standard × month (and per owner and branch within), over the filtered population. */
export async function compliance(
  ctx: ServiceContext,
  actor: Actor,
  q: ComplianceQuery,
): Promise<ComplianceView> {
  const { data, rows, monthOf } = await measured(ctx, actor, q);
  type Tally = { due: number; met: number };
  const cells = new Map<string, Tally>();
  const detail = new Map<string, Tally>();
  const add = (m: Map<string, Tally>, key: string, met: boolean) => {
    const t = m.get(key) ?? { due: 0, met: 0 };
    t.due++;
    if (met) t.met++;
    m.set(key, t);
  };
  const months = new Set<string>();
  for (const o of rows) {
    const month = monthOf(o);
    months.add(month);
    const met = wasMet(o);
    add(cells, `${o.standardKey}|${month}`, met);
    add(detail, `${o.standardKey}|${month}|${o.ownerId ?? ''}|${o.branchId}`, met);
  }
  const order = (k: string) => standardKeys.indexOf(k as StandardKey);
  const tally = (t: Tally) => ({
    due: t.due,
    met: t.met,
    missed: t.due - t.met,
    percentMet: percent(t.met, t.due),
  });
  const cellList = [...cells]
    .map(([key, t]) => {
      const [standardKey, month] = key.split('|') as [StandardKey, string];
      return { standardKey, month, ...tally(t) };
    })
    .sort((a, b) => order(a.standardKey) - order(b.standardKey) || a.month.localeCompare(b.month));
  const rowList = [...detail]
    .map(([key, t]) => {
      const [standardKey, month, ownerId, branchId] = key.split('|') as [StandardKey, string, string, string];
      return {
        standardKey,
        month,
        user: refOf(data, 'user', ownerId || null),
        branch: refOf(data, 'branch', branchId),
        ...tally(t),
      };
    })
    .sort(
      (a, b) =>
        order(a.standardKey) - order(b.standardKey) ||
        a.month.localeCompare(b.month) ||
        (a.user?.name ?? '').localeCompare(b.user?.name ?? ''),
    );
  return {
    from: q.from,
    to: q.to,
    standards: standardKeys
      .filter((k) => data.settings[k].enabled)
      .map((key) => ({ key, label: standardDefinitions[key].label })),
    months: [...months].sort(),
    cells: cellList,
    rows: rowList,
    branches: [...data.branches.values()].map((b) => ({ id: b.id, name: b.name })),
    users: (canReadFirmCompliance(actor) ? data.staff : data.staff.filter((u) => u.id === actor.userId)).map(
      (u) => ({
        id: u.id,
        name: u.name,
      }),
    ),
  };
}

const MISSES_LISTED = 500;

/** The obligations behind the misses of a figure of the report: who, what, when it was due, and what happened. */
export async function complianceMisses(
  ctx: ServiceContext,
  actor: Actor,
  q: ComplianceMissesQuery,
): Promise<ComplianceMissesView> {
  const { data, rows } = await measured(ctx, actor, q);
  const misses = rows
    .filter((o) => !wasMet(o))
    .sort((a, b) => a.dueAt - b.dueAt || a.name.localeCompare(b.name));
  const items: ComplianceMiss[] = misses.slice(0, MISSES_LISTED).map((o) => ({
    standardKey: o.standardKey,
    label: standardDefinitions[o.standardKey].label,
    subject: { type: o.subject.type, id: o.subject.id, name: o.name },
    link: linkOf(o.subject),
    owner: refOf(data, 'user', o.ownerId),
    branch: refOf(data, 'branch', o.branchId),
    dueAt: new Date(o.dueAt).toISOString(),
    metAt: o.metAt === null ? null : new Date(o.metAt).toISOString(),
    how: o.metAt !== null ? 'late' : o.endedAt !== null ? 'ended' : 'open',
  }));
  return { items, total: misses.length };
}
