/** @module Touchpoints as the API shows them. */
import type { TouchpointView } from '../../contract/touchpoints.ts';
import type { ActorType, Channel, Direction, SubjectType } from '../../domain/touchpoint.ts';
import type { TimelineRow } from '../../store/touchpoints.ts';
import { iso, refOrNull } from './common.ts';

export function presentTouchpoint(
  t: TimelineRow,
  labelOf: (type: SubjectType, activity: string) => string,
): TouchpointView {
  return {
    id: t.id,
    occurredAt: iso(t.occurredAt),
    recordedAt: iso(t.recordedAt),
    subjectType: t.subjectType as SubjectType,
    candidate: refOrNull(t.candidateId, t.candidateName),
    client: refOrNull(t.clientId, t.clientName),
    contact: refOrNull(t.contactId, t.contactName),
    activity: t.activity,
    activityLabel: labelOf(t.subjectType as SubjectType, t.activity),
    channel: t.channel as Channel,
    direction: t.direction as Direction | null,
    actorType: t.actorType as ActorType,
    actor: refOrNull(t.actorUserId, t.actorName),
    jobOrder: refOrNull(t.jobOrderId, t.jobOrderTitle),
    summary: t.summary,
    outcome: t.outcome,
    voidedBy: t.voidedBy,
    voidsId: t.voidsId,
  };
}
