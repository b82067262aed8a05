/** @module A message as the API shows it, built field by field. */
import type { GuardWarning, MessageView } from '../../contract/messages.ts';
import type { MessageChannel, MessageKind, MessageStatus } from '../../domain/messaging.ts';
import type { MessageViewRow } from '../../store/messages.ts';

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentMessage(m: MessageViewRow): MessageView {
  return {
    id: m.id,
    channel: m.channel as MessageChannel,
    direction: m.direction as 'in' | 'out',
    kind: m.kind as MessageKind,
    status: m.status as MessageStatus,
    to: m.toAddress,
    from: m.fromAddress,
    subject: m.subject,
    body: m.body,
    templateKey: m.templateKey,
    topic: m.topic,
    candidate: ref(m.candidateId, m.candidateName),
    contact: ref(m.contactId, m.contactName),
    client: ref(m.clientId, m.clientName),
    user: ref(m.userId, m.userName),
    jobOrder: ref(m.jobOrderId, m.jobOrderTitle),
    submissionId: m.submissionId,
    sentBy: ref(m.sentBy, m.sentByName),
    guardWarnings: m.guardWarnings as GuardWarning[],
    overrideReason: m.overrideReason,
    attempts: m.attempts,
    nextAttemptAt: m.status === 'retrying' ? iso(m.nextAttemptAt) : null,
    lastError: m.lastError,
    touchpointId: m.touchpointId,
    createdAt: m.createdAt.toISOString(),
    sentAt: iso(m.sentAt),
    receivedAt: iso(m.receivedAt),
    version: m.version,
  };
}
