/**
 * @module The vocabulary of messages: channels, where a message stands in delivery, the stages that send a status
 * update, consent per channel, and what the contact guard warns of. Pure; no I/O.
 */

export const messageChannels = ['email', 'sms'] as const;
export type MessageChannel = (typeof messageChannels)[number];

/** Why a message exists: a person wrote it, Waypoint prepared it, or it came in. */
export const messageKinds = [
  'manual',
  'status_update',
  'bulk',
  'digest',
  'escalation',
  'notice',
  'confirmation',
  'inbound',
] as const;
export type MessageKind = (typeof messageKinds)[number];

/**
 * Where a message stands:
 * - `proposed`: a status update waiting for the recruiter to send, edit or dismiss;
 * - `outbox`: no transport is configured for its channel; it waits, visible, until one is (nothing is dropped);
 * - `queued` → `sending` → `sent`; a failed attempt is `retrying` (with its next attempt), then `failed` for good;
 * - `cancelled`: withdrawn before it went;
 * - `received`: inbound, filed on a person's timeline; `triage`: inbound from an unknown address.
 */
export const messageStatuses = [
  'proposed',
  'outbox',
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'cancelled',
  'received',
  'triage',
] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export const messageStatusLabels: Record<MessageStatus, string> = {
  proposed: 'Proposed',
  outbox: 'In outbox',
  queued: 'Queued',
  sending: 'Sending',
  retrying: 'Retrying',
  sent: 'Sent',
  failed: 'Failed',
  cancelled: 'Cancelled',
  received: 'Received',
  triage: 'To triage',
};

/** Messages Waypoint may still deliver. */
export const pendingStatuses = [
  'outbox',
  'queued',
  'sending',
  'retrying',
] as const satisfies readonly MessageStatus[];

/** Attempts before a message is given up as failed, and the wait before each retry (exponential, capped). */
export const MAX_ATTEMPTS = 6;
export function retryDelayMs(attempt: number): number {
  // 1 min, 2, 4, 8, 16 … capped at an hour.
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
}

/** The moves in a candidate's journey that tell the candidate where they stand. */
export const statusStages = [
  'submitted',
  'client_interview',
  'offered',
  'placed',
  'not_selected',
  'position_filled',
] as const;
export type StatusStage = (typeof statusStages)[number];
export const statusStageLabels: Record<StatusStage, string> = {
  submitted: 'Submitted to the client',
  client_interview: 'Client interview',
  offered: 'Offered',
  placed: 'Placed',
  not_selected: 'Not selected',
  position_filled: 'Job filled by someone else',
};

/** Per stage: the update goes out by itself, is proposed to the recruiter, or is not prepared. */
export const statusUpdateModes = ['auto', 'propose', 'off'] as const;
export type StatusUpdateMode = (typeof statusUpdateModes)[number];

export const consentStatuses = ['granted', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];
export const consentSources = ['staff', 'unsubscribe_link', 'reply_stop', 'form'] as const;
export type ConsentSource = (typeof consentSources)[number];

/**
 * Whether a channel may be used for a person, from their latest choice: email is allowed until they opt out (an
 * existing relationship); SMS only with consent they gave (text messages need prior express consent).
 */
export function channelAllowed(channel: MessageChannel, latest: ConsentStatus | null): boolean {
  if (latest === 'withdrawn') return false;
  return channel === 'email' ? true : latest === 'granted';
}

/** The facts a message can state that the contact guard holds to the job order and to colleagues' messages. */
export const factKeys = ['payRate', 'billRate', 'startDate', 'jobTitle'] as const;
export type FactKey = (typeof factKeys)[number];
export const factLabels: Record<FactKey, string> = {
  payRate: 'pay rate',
  billRate: 'bill rate',
  startDate: 'start date',
  jobTitle: 'job title',
};
export type MessageFacts = Partial<Record<FactKey, string>>;

/**
 * - `recent`: a colleague contacted the person (or their company) within RECENT_WARNING_MS;
 * - `duplicate`: the same template or topic went to the person within DUPLICATE_WINDOW_MS, by anyone;
 * - `conflict`: a pay rate, bill rate, start date or job title differs from the job order or a colleague's message;
 * - `consent`: the person opted out of the channel (sending is refused, not overridable).
 */
export const guardWarningKinds = ['recent', 'duplicate', 'conflict', 'consent'] as const;
export type GuardWarningKind = (typeof guardWarningKinds)[number];

/** How far back a same-topic message counts as a likely duplicate. */
export const DUPLICATE_WINDOW_MS = 3 * 24 * 3_600_000;
/** A colleague's contact this recent is a warning of its own. */
export const RECENT_WARNING_MS = 24 * 3_600_000;
/** How far back the guard lists recent contacts. */
export const RECENT_WINDOW_MS = 14 * 24 * 3_600_000;
