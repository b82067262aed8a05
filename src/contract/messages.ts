/** @module Messages as the API shows them: composing (with the contact guard), the boxes, templates, consent. */
import { z } from 'zod';
import {
  consentSources,
  consentStatuses,
  factKeys,
  guardWarningKinds,
  messageChannels,
  messageKinds,
  messageStatuses,
  statusStages,
  statusUpdateModes,
} from '../domain/messaging.ts';
import { channels } from '../domain/touchpoint.ts';
import { id, isoDateTime, optionalText, page, pageQuery, ref, text, version } from './common.ts';

/** Who a message is for: a candidate or a client's contact person (exactly one). */
export const recipient = z.union([z.strictObject({ candidateId: id }), z.strictObject({ contactId: id })]);
export type Recipient = z.infer<typeof recipient>;

export const templateKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Use lower-case letters, digits and _ (2 to 40)');

/** What a message is about: the job order (and the submission) it concerns. */
const about = {
  jobOrderId: id.nullable().optional(),
  submissionId: id.nullable().optional(),
};

/** A template filled in for one person (merge fields and the sender's signature), for the sender to edit. */
export const draftRequest = z.strictObject({
  to: recipient,
  templateKey,
  ...about,
});
export type DraftRequest = z.input<typeof draftRequest>;
export const draftView = z.object({
  channel: z.enum(messageChannels),
  templateKey,
  subject: z.string().nullable(),
  body: z.string(),
  /** Merge fields the template names that this person or order lacks (left as they are in the text). */
  missing: z.array(z.string()),
});
export type DraftView = z.infer<typeof draftView>;

/** The message as the sender will send it: what the guard checks, and what is sent. */
export const composeRequest = z.strictObject({
  to: recipient,
  channel: z.enum(messageChannels),
  /** Which of the person's addresses or numbers; their first one by default. */
  address: z.string().trim().max(254).optional(),
  templateKey: templateKey.nullable().optional(),
  /** What it is about, in a few words (the guard's "same topic"); the template's by default. */
  topic: optionalText(120),
  subject: optionalText(300),
  body: text(20_000),
  ...about,
});
export type ComposeRequest = z.input<typeof composeRequest>;

export const sendMessageRequest = composeRequest.extend({
  /** Why it goes despite the guard's warnings; required when there are any. */
  overrideReason: optionalText(1000),
});
export type SendMessageRequest = z.input<typeof sendMessageRequest>;
export type SendMessageInput = z.output<typeof sendMessageRequest>;

/**
 * One message to many: the template's merge fields are filled for each person. Each is checked by the guard; people
 * who opted out are skipped, and so are those with other warnings unless a reason is given for all.
 */
export const bulkMessageRequest = z.strictObject({
  to: z.array(recipient).min(1, 'Choose at least one person').max(500, 'At most 500 people at once'),
  channel: z.enum(messageChannels),
  templateKey: templateKey.nullable().optional(),
  topic: optionalText(120),
  subject: optionalText(300),
  body: text(20_000),
  jobOrderId: id.nullable().optional(),
  overrideReason: optionalText(1000),
});
export type BulkMessageRequest = z.input<typeof bulkMessageRequest>;
export type BulkMessageInput = z.output<typeof bulkMessageRequest>;
export const bulkMessageResult = z.object({
  queued: z.array(z.object({ messageId: id, to: ref })),
  skipped: z.array(z.object({ to: ref.nullable(), reason: z.string() })),
});
export type BulkMessageResult = z.infer<typeof bulkMessageResult>;

export const guardWarning = z.object({
  kind: z.enum(guardWarningKinds),
  /** For a conflict: the fact that differs. */
  field: z.enum(factKeys).nullable(),
  message: z.string(),
  /** What the job order or the colleague's message says, and what this message says. */
  expected: z.string().nullable(),
  found: z.string().nullable(),
  source: z.enum(['job_order', 'colleague', 'template', 'topic', 'consent']).nullable(),
  by: ref.nullable(),
  at: z.string().nullable(),
});
export type GuardWarning = z.infer<typeof guardWarning>;

/** A recent contact with the person or their company, by anyone. */
export const recentContact = z.object({
  touchpointId: z.number().int().nullable(),
  messageId: id.nullable(),
  at: z.string(),
  by: ref.nullable(),
  /** Who it was with: the person, or a colleague of theirs at the same company. */
  with: ref,
  samePerson: z.boolean(),
  channel: z.enum(channels),
  direction: z.enum(['in', 'out']).nullable(),
  what: z.string(),
  /** Not yet gone: waiting in the outbox, queued, retrying, or proposed. */
  pending: z.boolean(),
});
export type RecentContact = z.infer<typeof recentContact>;

export const consentState = z.object({
  channel: z.enum(messageChannels),
  status: z.enum(consentStatuses).nullable(),
  allowed: z.boolean(),
  at: z.string().nullable(),
  source: z.enum(consentSources).nullable(),
});
export type ConsentState = z.infer<typeof consentState>;

export const guardReport = z.object({
  recipient: ref,
  company: ref.nullable(),
  recent: z.array(recentContact),
  warnings: z.array(guardWarning),
  consent: z.array(consentState),
});
export type GuardReport = z.infer<typeof guardReport>;

export const messageView = z.object({
  id,
  channel: z.enum(messageChannels),
  direction: z.enum(['in', 'out']),
  kind: z.enum(messageKinds),
  status: z.enum(messageStatuses),
  to: z.string(),
  from: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string(),
  templateKey: z.string().nullable(),
  topic: z.string().nullable(),
  candidate: ref.nullable(),
  contact: ref.nullable(),
  client: ref.nullable(),
  user: ref.nullable(),
  jobOrder: ref.nullable(),
  submissionId: id.nullable(),
  sentBy: ref.nullable(),
  guardWarnings: z.array(guardWarning),
  overrideReason: z.string().nullable(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  touchpointId: z.number().int().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  version: z.number().int(),
});
export type MessageView = z.infer<typeof messageView>;

export const messageBoxes = ['outbox', 'proposed', 'failed', 'sent', 'inbox', 'triage', 'all'] as const;
export const listMessagesQuery = z.strictObject({
  box: z.enum(messageBoxes).default('all'),
  candidateId: id.optional(),
  clientId: id.optional(),
  contactId: id.optional(),
  /** Only messages this user sent (out) or that concern their people (proposed). */
  mine: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export type ListMessagesQuery = z.input<typeof listMessagesQuery>;
export type ListMessagesInput = z.output<typeof listMessagesQuery>;
export const messagePage = page(messageView);
export type MessagePage = z.infer<typeof messagePage>;

export const messageCounts = z.object({
  outbox: z.number().int(),
  proposed: z.number().int(),
  failed: z.number().int(),
  triage: z.number().int(),
  /** Whether mail and SMS have a transport (otherwise they wait in the outbox). */
  transports: z.object({ email: z.boolean(), sms: z.boolean() }),
});
export type MessageCounts = z.infer<typeof messageCounts>;

/** Sending a proposed status update, as it is or edited. */
export const sendProposedRequest = z.strictObject({
  version,
  subject: optionalText(300),
  body: text(20_000),
  overrideReason: optionalText(1000),
});
export type SendProposedRequest = z.input<typeof sendProposedRequest>;
export const messageVersionRequest = z.strictObject({ version });
export type MessageVersionRequest = z.input<typeof messageVersionRequest>;

/** Filing a message from the triage list on a person's timeline. */
export const fileMessageRequest = z.strictObject({ version, to: recipient });
export type FileMessageRequest = z.input<typeof fileMessageRequest>;

export const templateView = z.object({
  key: templateKey,
  name: z.string(),
  channel: z.enum(messageChannels),
  audience: z.enum(['candidate', 'contact', 'staff']),
  subject: z.string().nullable(),
  body: z.string(),
  /** Whether the firm changed Waypoint's default. */
  custom: z.boolean(),
  version: z.number().int(),
});
export type TemplateView = z.infer<typeof templateView>;
export const templateList = z.object({
  items: z.array(templateView),
  /** The merge fields a template may use, e.g. `{{candidate.firstName}}`, with what each stands for. */
  mergeFields: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type TemplateList = z.infer<typeof templateList>;
export const templateParams = z.strictObject({ key: templateKey });
export const saveTemplateRequest = z.strictObject({
  name: text(120),
  subject: optionalText(300),
  body: text(20_000),
  /** The version edited (0 for Waypoint's default). */
  version: z.number().int().min(0),
});
export type SaveTemplateRequest = z.input<typeof saveTemplateRequest>;

export const statusUpdateRuleView = z.object({
  stage: z.enum(statusStages),
  label: z.string(),
  mode: z.enum(statusUpdateModes),
  templateKey,
  version: z.number().int(),
});
export type StatusUpdateRuleView = z.infer<typeof statusUpdateRuleView>;
export const statusUpdateRuleList = z.object({ items: z.array(statusUpdateRuleView) });
export const statusStageParams = z.strictObject({ stage: z.enum(statusStages) });
export const saveStatusUpdateRuleRequest = z.strictObject({
  mode: z.enum(statusUpdateModes),
  templateKey,
  version: z.number().int().min(0),
});
export type SaveStatusUpdateRuleRequest = z.input<typeof saveStatusUpdateRuleRequest>;

export const consentQuery = z.union([z.strictObject({ candidateId: id }), z.strictObject({ contactId: id })]);
export const consentView = z.object({
  channels: z.array(consentState),
  history: z.array(
    z.object({
      channel: z.enum(messageChannels),
      status: z.enum(consentStatuses),
      source: z.enum(consentSources),
      at: z.string(),
      by: ref.nullable(),
      noticeVersion: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type ConsentView = z.infer<typeof consentView>;
export const recordConsentRequest = z.strictObject({
  to: recipient,
  channel: z.enum(messageChannels),
  status: z.enum(consentStatuses),
  /** The privacy notice version the person agreed to, when granting. */
  noticeVersion: optionalText(40),
  note: optionalText(500),
  at: isoDateTime.optional(),
});
export type RecordConsentRequest = z.input<typeof recordConsentRequest>;

export const signatureView = z.object({ signature: z.string().nullable() });
export const saveSignatureRequest = z.strictObject({ signature: optionalText(2000) });
export type SaveSignatureRequest = z.input<typeof saveSignatureRequest>;
