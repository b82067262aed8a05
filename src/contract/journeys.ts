/** @module Journey maps: definitions, maps of a population, drill-down to the people behind a number, attention. */
import { z } from 'zod';
import { subjectTypes } from '../domain/touchpoint.ts';
import { id, isoDate, page, pageQuery, ref, text } from './common.ts';

export const journeyTypeParams = z.strictObject({ type: z.enum(subjectTypes) });
export type JourneyTypeParams = z.infer<typeof journeyTypeParams>;

const activityKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Use lower-case letters, digits and _ (2 to 40)');

export const journeyActivity = z.object({
  key: z.string(),
  label: z.string(),
  stallDays: z.number().nullable(),
  terminal: z.boolean(),
  /** A built-in activity (Waypoint appends it) rather than one the firm added for hand-logged contacts. */
  builtIn: z.boolean(),
});
export type JourneyActivityView = z.infer<typeof journeyActivity>;

export const journeyDefinitionView = z.object({
  type: z.enum(subjectTypes),
  /** 0 is Waypoint's default; the firm's edits are 1, 2, … */
  version: z.number().int(),
  activities: z.array(journeyActivity),
  stages: z.array(z.string()),
  editedBy: ref.nullable(),
  editedAt: z.string().nullable(),
});
export type JourneyDefinitionView = z.infer<typeof journeyDefinitionView>;

/** A new version of a definition; `basedOn` is the version the admin edited (a stale one gets 409). */
export const saveJourneyDefinitionRequest = z.strictObject({
  basedOn: z.number().int().min(0),
  activities: z
    .array(
      z.strictObject({
        key: activityKey,
        label: text(60),
        stallDays: z.number().int().min(1).max(3650).nullable(),
        terminal: z.boolean(),
      }),
    )
    .min(1)
    .max(60),
  stages: z.array(activityKey).max(20),
});
export type SaveJourneyDefinitionRequest = z.input<typeof saveJourneyDefinitionRequest>;
export type SaveJourneyDefinitionInput = z.output<typeof saveJourneyDefinitionRequest>;

export const journeyDefinitionList = z.object({ items: z.array(journeyDefinitionView) });

/** Who is in the population: segment filters and a date window. Shared by maps, drill-downs and the CLI. */
export const populationQuery = {
  source: z.string().max(40).optional(),
  branchId: id.optional(),
  ownerId: id.optional(),
  /** Candidates: job category; clients: industry. */
  category: z.string().max(80).optional(),
  /** Window [from, to): dates, inclusive start and exclusive end. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** event: only touchpoints inside the window (journeys cut to it); cohort: whole journeys that began in it. */
  mode: z.enum(['event', 'cohort']).optional(),
};

export const journeyMapQuery = z
  .strictObject({
    ...populationQuery,
    /** How many of the commonest paths to list. */
    top: z.coerce.number().int().min(1).max(100).default(10),
    /** Exact percentiles even where a faster approximation (within 1 %) would do. */
    exact: z.enum(['true', 'false']).optional(),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), {
    path: ['to'],
    message: 'A window needs both from and to',
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    path: ['to'],
    message: 'Must be after from',
  });
export type JourneyMapQuery = z.input<typeof journeyMapQuery>;
export type JourneyMapQueryInput = z.output<typeof journeyMapQuery>;

const timing = z.object({
  count: z.number().int(),
  /** Seconds (percentile_cont). */
  median: z.number(),
  p90: z.number(),
});

export const journeyMapView = z.object({
  type: z.enum(subjectTypes),
  definition: z.object({
    version: z.number().int(),
    activities: z.array(journeyActivity),
    stages: z.array(z.string()),
  }),
  window: z.object({
    mode: z.enum(['all', 'event', 'cohort']),
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** The moment stalls are measured at. */
    asOf: z.string(),
  }),
  /** True when the percentiles are the labelled approximation (within 1 %); counts are always exact. */
  approximate: z.boolean(),
  journeys: z.number().int(),
  events: z.number().int(),
  activities: z.array(
    z.object({ activity: z.string(), events: z.number().int(), journeys: z.number().int() }),
  ),
  funnel: z.array(
    z.object({ activity: z.string(), count: z.number().int(), conversion: z.number().nullable() }),
  ),
  variants: z.object({
    distinct: z.number().int(),
    top: z.array(
      z.object({
        /** The variant's activities joined by commas: pass it back to list its journeys. */
        key: z.string(),
        activities: z.array(z.string()),
        count: z.number().int(),
        share: z.number(),
        medianDuration: z.number(),
      }),
    ),
  }),
  edges: z.array(timing.extend({ from: z.string(), to: z.string() })),
  dwell: z.array(timing.extend({ activity: z.string() })),
  stalled: z.object({
    count: z.number().int(),
    byActivity: z.array(z.object({ activity: z.string(), count: z.number().int() })),
  }),
  /** How long the engine took, milliseconds. */
  computeMs: z.number(),
});
export type JourneyMapView = z.infer<typeof journeyMapView>;

/** What a drill-down lists: the journeys behind one number of a map (same population filters as the map). */
export const drillKinds = ['all', 'activity', 'edge', 'stage', 'dropoff', 'variant', 'stalled'] as const;
export const journeyPeopleQuery = z
  .strictObject({
    ...populationQuery,
    ...pageQuery,
    kind: z.enum(drillKinds).default('all'),
    /** activity, stalled (optional: stalled on this activity): the activity; edge: its start. */
    activity: z.string().max(40).optional(),
    /** edge: where it leads. */
    to: z.string().max(40).optional(),
    /** stage, dropoff: the stage's position (0 = first). */
    stage: z.coerce.number().int().min(0).max(19).optional(),
    /** variant: its key. */
    variant: z.string().max(4000).optional(),
  })
  .superRefine((q, ctx) => {
    const need = (field: 'activity' | 'to' | 'stage' | 'variant') =>
      q[field] === undefined &&
      ctx.addIssue({ code: 'custom', path: [field], message: `Required for ${q.kind}` });
    if (q.kind === 'activity') need('activity');
    if (q.kind === 'edge') {
      need('activity');
      need('to');
    }
    if (q.kind === 'stage' || q.kind === 'dropoff') need('stage');
    if (q.kind === 'variant') need('variant');
  });
export type JourneyPeopleQuery = z.input<typeof journeyPeopleQuery>;
export type JourneyPeopleQueryInput = z.output<typeof journeyPeopleQuery>;

export const journeyPerson = z.object({
  /** The candidate or client. */
  subject: ref,
  subtitle: z.string().nullable(),
  owner: ref.nullable(),
  branch: ref.nullable(),
  firstAt: z.string(),
  lastActivity: z.string(),
  lastAt: z.string(),
  /** Days since the last touchpoint (as of the map's asOf). */
  waitingDays: z.number(),
  stalled: z.boolean(),
  touchpoints: z.number().int(),
});
export type JourneyPerson = z.infer<typeof journeyPerson>;
export const journeyPeoplePage = page(journeyPerson);

/** One person's path, to draw on the map (the definition's activities only, in order). */
export const journeyPath = z.object({
  subject: ref,
  steps: z.array(z.object({ activity: z.string(), at: z.string() })),
  stalled: z.boolean(),
});
export type JourneyPath = z.infer<typeof journeyPath>;
export const journeyPathParams = z.strictObject({ type: z.enum(subjectTypes), subjectId: id });

/** The values a population can be filtered by, with labels. */
export const journeySegments = z.object({
  sources: z.array(z.object({ value: z.string(), label: z.string() })),
  branches: z.array(ref),
  owners: z.array(ref),
  categories: z.array(z.object({ value: z.string(), label: z.string() })),
});
export type JourneySegments = z.infer<typeof journeySegments>;

/** "Needs attention": stalled journeys, for a user, a branch or the firm. */
export const attentionQuery = z.strictObject({
  type: z.enum(subjectTypes).optional(),
  /** mine: journeys I own; branch: my branch's; firm: everyone's. */
  scope: z.enum(['mine', 'branch', 'firm']).default('mine'),
  ownerId: id.optional(),
  branchId: id.optional(),
  ...pageQuery,
});
export type AttentionQuery = z.input<typeof attentionQuery>;
export type AttentionQueryInput = z.output<typeof attentionQuery>;

export const attentionItem = z.object({
  type: z.enum(subjectTypes),
  subject: ref,
  subtitle: z.string().nullable(),
  owner: ref.nullable(),
  branch: ref.nullable(),
  lastActivity: z.string(),
  lastActivityLabel: z.string(),
  lastAt: z.string(),
  waitingDays: z.number(),
  /** The stall threshold of the last activity, days. */
  thresholdDays: z.number(),
});
export type AttentionItem = z.infer<typeof attentionItem>;
export const attentionPage = page(attentionItem).extend({
  /** Counts per owner and per branch over the whole scope (not just this page). */
  byOwner: z.array(z.object({ owner: ref.nullable(), count: z.number().int() })),
  byBranch: z.array(z.object({ branch: ref.nullable(), count: z.number().int() })),
});
export type AttentionPage = z.infer<typeof attentionPage>;
