/** @module Service standards through the API: settings, branch calendars, the work queue and the compliance report. */
import { z } from 'zod';
import { durationUnits } from '../domain/durations.ts';
import { standardKeys } from '../domain/standard-definitions.ts';
import { subjectTypes } from '../domain/touchpoint.ts';
import { id, isoDate, ref, text } from './common.ts';

const duration = z.strictObject({
  amount: z.number().int().min(1, 'At least 1').max(1000, 'At most 1000'),
  unit: z.enum(durationUnits),
});

export const standardParams = z.strictObject({ key: z.enum(standardKeys) });

export const standardView = z.object({
  key: z.enum(standardKeys),
  label: z.string(),
  description: z.string(),
  subject: z.enum(['candidate', 'client', 'both']),
  enabled: z.boolean(),
  amount: z.number().int(),
  unit: z.enum(durationUnits),
  escalateAfter: duration.nullable(),
  /** What ships, to show beside the firm's own setting. */
  defaults: z.object({
    amount: z.number().int(),
    unit: z.enum(durationUnits),
    escalateAfter: duration.nullable(),
  }),
  /** 0 while the firm runs the default; its own saves are 1, 2, … */
  version: z.number().int(),
});
export type StandardView = z.infer<typeof standardView>;
export const standardList = z.object({ items: z.array(standardView) });
export type StandardList = z.infer<typeof standardList>;

export const saveStandardRequest = z.strictObject({
  enabled: z.boolean(),
  amount: duration.shape.amount,
  unit: z.enum(durationUnits),
  escalateAfter: duration.nullable(),
  /** The version edited (0: the default). */
  version: z.number().int().min(0),
});
export type SaveStandardRequest = z.infer<typeof saveStandardRequest>;

const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM');
export const workingWeek = z.partialRecord(
  z.enum(['1', '2', '3', '4', '5', '6', '7']),
  z.array(z.tuple([hhmm, hhmm])),
);

export const branchParams = z.strictObject({ branchId: id });
export const holidayParams = z.strictObject({ branchId: id, day: isoDate });

export const holidayView = z.object({ day: z.string(), name: z.string() });
export const branchCalendarView = z.object({
  branch: ref,
  timezone: z.string(),
  week: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))),
  holidays: z.array(holidayView),
  /** 0 while the branch keeps the default week. */
  version: z.number().int(),
  /** Whether the caller may change it (admins; the branch's own managers). */
  editable: z.boolean(),
});
export type BranchCalendarView = z.infer<typeof branchCalendarView>;
export const branchCalendarList = z.object({ items: z.array(branchCalendarView) });
export type BranchCalendarList = z.infer<typeof branchCalendarList>;

export const saveBranchCalendarRequest = z.strictObject({
  week: workingWeek,
  version: z.number().int().min(0),
});
export type SaveBranchCalendarRequest = z.infer<typeof saveBranchCalendarRequest>;
export const holidayRequest = z.strictObject({ name: text(80) });

export const workItemStates = ['escalated', 'overdue', 'due', 'stalled', 'upcoming'] as const;
export type WorkItemState = (typeof workItemStates)[number];
export const workItemKinds = ['standard', 'stalled', 'proposed_update', 'failed_message'] as const;

export const workQueueQuery = z.strictObject({ userId: id.optional() });
export type WorkQueueQuery = z.input<typeof workQueueQuery>;

export const workItem = z.object({
  /** Stable across reads: the item, and for a standard its due moment. */
  key: z.string(),
  kind: z.enum(workItemKinds),
  state: z.enum(workItemStates),
  standardKey: z.enum(standardKeys).nullable(),
  /** The standard's label, or what kind of work it is. */
  label: z.string(),
  subject: z.object({ type: z.enum(subjectTypes), id: z.string(), name: z.string() }).nullable(),
  /** Where to act (the web app's path). */
  link: z.string(),
  dueAt: z.string().nullable(),
  owner: ref.nullable(),
  reason: z.string(),
});
export type WorkItem = z.infer<typeof workItem>;

export const workQueueView = z.object({
  user: ref,
  asOf: z.string(),
  items: z.array(workItem),
  counts: z.record(z.enum(workItemStates), z.number().int()),
  /** Users whose queue the caller may open (themselves first). */
  canView: z.array(ref),
});
export type WorkQueueView = z.infer<typeof workQueueView>;

export const complianceQuery = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    standardKey: z.enum(standardKeys).optional(),
    branchId: id.optional(),
    userId: id.optional(),
  })
  .refine((q) => q.from < q.to, { message: 'from must be before to', path: ['to'] });
export type ComplianceQuery = z.input<typeof complianceQuery>;

const tally = {
  /** Obligations that came due in the cell (only moments already past). */
  due: z.number().int(),
  met: z.number().int(),
  missed: z.number().int(),
  /** met / due, 0 to 100; null with nothing due. */
  percentMet: z.number().nullable(),
};
export const complianceRow = z.object({
  standardKey: z.enum(standardKeys),
  month: z.string(),
  user: ref.nullable(),
  branch: ref.nullable(),
  ...tally,
});
export const complianceCell = z.object({ standardKey: z.enum(standardKeys), month: z.string(), ...tally });
export const complianceView = z.object({
  from: z.string(),
  to: z.string(),
  standards: z.array(z.object({ key: z.enum(standardKeys), label: z.string() })),
  months: z.array(z.string()),
  /** Standard × month, over the filtered population. */
  cells: z.array(complianceCell),
  /** Standard × month × owner × branch. */
  rows: z.array(complianceRow),
  branches: z.array(ref),
  users: z.array(ref),
});
export type ComplianceView = z.infer<typeof complianceView>;

export const complianceMissesQuery = z.strictObject({
  from: isoDate,
  to: isoDate,
  standardKey: z.enum(standardKeys).optional(),
  branchId: id.optional(),
  userId: id.optional(),
  /** `YYYY-MM`, as in the report's cells. */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'Use YYYY-MM')
    .optional(),
});
export type ComplianceMissesQuery = z.input<typeof complianceMissesQuery>;

export const complianceMiss = z.object({
  standardKey: z.enum(standardKeys),
  label: z.string(),
  subject: z.object({ type: z.enum(subjectTypes), id: z.string(), name: z.string() }),
  link: z.string(),
  owner: ref.nullable(),
  branch: ref.nullable(),
  dueAt: z.string(),
  metAt: z.string().nullable(),
  /** late: met after the due moment; open: still not met; ended: its reason went away unmet. */
  how: z.enum(['late', 'open', 'ended']),
});
export type ComplianceMiss = z.infer<typeof complianceMiss>;
export const complianceMissesView = z.object({
  items: z.array(complianceMiss),
  /** All misses matching, of which at most 500 are listed. */
  total: z.number().int(),
});
export type ComplianceMissesView = z.infer<typeof complianceMissesView>;
