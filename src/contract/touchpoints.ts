/** @module The touchpoint log as the API shows it, and logging a contact by hand. */
import { z } from 'zod';
import {
  actorTypes,
  channels,
  contactOutcomes,
  directions,
  manualChannels,
  subjectTypes,
} from '../domain/touchpoint.ts';
import { id, isoDateTime, ref, text } from './common.ts';

/** An activity key: a built-in one, or one a firm added to its journey definition. */
export const activityKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Use lower-case letters, digits and _ (2 to 40)');

export const logTouchpointRequest = z.strictObject({
  subjectType: z.enum(subjectTypes),
  /** The candidate or client company the contact was with. */
  subjectId: id,
  /** For a client: the contact person spoken to. */
  contactId: id.nullable().optional(),
  channel: z.enum(manualChannels),
  /**
   * What the contact was, when the firm tracks it as its own step (an activity its admins added to the journey
   * definition, e.g. "reference_check"); by default a contact is "contacted", a client meeting "meeting", a note "note".
   */
  activity: activityKey.optional(),
  direction: z.enum(directions).optional(),
  summary: text(5000),
  outcome: z.enum(contactOutcomes).nullable().optional(),
  /** What it was about. */
  jobOrderId: id.nullable().optional(),
  /** When it happened, if not now (no later than now). */
  occurredAt: isoDateTime.optional(),
});
export type LogTouchpointRequest = z.input<typeof logTouchpointRequest>;
export type LogTouchpointInput = z.output<typeof logTouchpointRequest>;

export const voidTouchpointRequest = z.strictObject({ reason: text(500) });
export type VoidTouchpointRequest = z.input<typeof voidTouchpointRequest>;
export const touchpointParams = z.strictObject({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const touchpointView = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  subjectType: z.enum(subjectTypes),
  candidate: ref.nullable(),
  client: ref.nullable(),
  contact: ref.nullable(),
  activity: z.string(),
  /** How the firm names the activity (its journey definition's label, or Waypoint's). */
  activityLabel: z.string(),
  channel: z.enum(channels),
  direction: z.enum(directions).nullable(),
  actorType: z.enum(actorTypes),
  actor: ref.nullable(),
  jobOrder: ref.nullable(),
  summary: z.string().nullable(),
  outcome: z.string().nullable(),
  /** Set when a later touchpoint voided this one. */
  voidedBy: z.number().int().nullable(),
  voidsId: z.number().int().nullable(),
});
export type TouchpointView = z.infer<typeof touchpointView>;

/** Timelines page backwards in time: pass the last `id` seen as `before` for the next page. */
export const timelineQuery = z.strictObject({
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  channel: z.enum(channels).optional(),
});
export type TimelineQuery = z.input<typeof timelineQuery>;
export type TimelineQueryInput = z.output<typeof timelineQuery>;
export const timeline = z.object({ items: z.array(touchpointView), nextBefore: z.number().int().nullable() });
export type Timeline = z.infer<typeof timeline>;
