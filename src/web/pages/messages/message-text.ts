/**
 * @module What the messaging screens say about a guard report and a message, in plain words. Pure, so it is tested
 * without React.
 */
import type { ConsentState, GuardReport, GuardWarning, MessageView } from '../../../contract/messages.ts';
import {
  factLabels,
  type GuardWarningKind,
  type MessageKind,
  type MessageStatus,
  messageStatusLabels,
} from '../../../domain/messaging.ts';

export const warningTitles: Record<GuardWarningKind, string> = {
  recent: 'Contacted recently',
  duplicate: 'Possible duplicate',
  conflict: 'Conflicting facts',
  consent: 'No consent',
};

export const kindLabels: Record<MessageKind, string> = {
  manual: 'Written by staff',
  status_update: 'Status update',
  bulk: 'Bulk message',
  digest: 'Digest',
  escalation: 'Escalation',
  notice: 'Notice',
  confirmation: 'Confirmation',
  inbound: 'Inbound',
};

export const messageChannelLabels = { email: 'Email', sms: 'Text message' } as const;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A warning's title and its one line: a conflict reads "Job order says $18.00/hour, your message says
 * $21.00/hour"; the other kinds carry the server's own sentence.
 */
export function describeWarning(w: GuardWarning): { title: string; text: string } {
  if (w.kind === 'conflict' && w.expected !== null && w.found !== null) {
    const title = w.field ? `Conflicting ${factLabels[w.field]}` : warningTitles.conflict;
    const source =
      w.source === 'job_order'
        ? 'Job order'
        : w.source === 'colleague' && w.by
          ? w.by.name
          : 'Earlier message';
    const verb = w.source === 'colleague' ? 'said' : 'says';
    return { title, text: `${source} ${verb} ${w.expected}, your message says ${w.found}` };
  }
  return { title: warningTitles[w.kind], text: w.message };
}

/** Sending is refused outright: the person opted out of the channel (no reason overrides it). */
export const blocksSending = (warnings: readonly GuardWarning[]) =>
  warnings.some((w) => w.kind === 'consent');

/** Sending needs a reason: there are warnings a reason may override. */
export const needsReason = (warnings: readonly GuardWarning[]) =>
  warnings.length > 0 && !blocksSending(warnings);

/** Why a channel cannot be used for this person, or null when it can. */
export function channelBlockedReason(
  consent: readonly ConsentState[],
  channel: 'email' | 'sms',
): string | null {
  const state = consent.find((c) => c.channel === channel);
  if (!state || state.allowed) return null;
  if (state.status === 'withdrawn')
    return channel === 'sms' ? 'Opted out of text messages' : 'Opted out of email';
  return channel === 'sms' ? 'No consent to text messages yet' : 'Email not allowed';
}

/** A consent line: "Allowed (granted Nov 2)", "Not allowed: never agreed". */
export function consentSummary(state: ConsentState): string {
  if (state.status === 'withdrawn') return 'Withdrawn: not allowed';
  if (state.status === 'granted') return 'Given: allowed';
  return state.allowed ? 'Allowed (no opt-out)' : 'Not given: not allowed';
}

const verbs: Record<string, string> = {
  call: 'called',
  email: 'emailed',
  sms: 'texted',
  meeting: 'met',
  form: 'heard from',
  portal: 'heard from',
};

/** "Ava Recruiter emailed Dana", "Waypoint is sending Dana a message", "Dana called in". */
export function recentLine(r: GuardReport['recent'][number]): string {
  const who = r.by?.name ?? 'Waypoint';
  if (r.pending) return `${who} is sending ${r.with.name} a message`;
  if (r.direction === 'in') return `${r.with.name} contacted us (${r.channel})`;
  return `${who} ${verbs[r.channel] ?? 'contacted'} ${r.with.name}`;
}

/** Where a message stands, with its attempts and next attempt for those still trying or given up. */
export function statusLine(m: Pick<MessageView, 'status' | 'attempts'>): string {
  const label = messageStatusLabels[m.status as MessageStatus] ?? capitalize(m.status);
  if ((m.status === 'retrying' || m.status === 'failed') && m.attempts > 0)
    return `${label} after ${m.attempts} attempt${m.attempts === 1 ? '' : 's'}`;
  return label;
}

/** The person a message is to or from, with the page to open. */
export function personOf(m: Pick<MessageView, 'candidate' | 'contact' | 'client'>) {
  if (m.candidate) return { name: m.candidate.name, to: `/candidates/${m.candidate.id}` };
  if (m.contact && m.client)
    return {
      name: `${m.contact.name} (${m.client.name})`,
      to: `/clients/${m.client.id}?contact=${m.contact.id}`,
    };
  if (m.client) return { name: m.client.name, to: `/clients/${m.client.id}` };
  return null;
}

/** What the guard is given when the body is still empty: the check needs some text, and says nothing of it. */
export const bodyForCheck = (body: string) => (body.trim() ? body : '…');
