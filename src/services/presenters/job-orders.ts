/** @module Job orders as the API shows them. */
import type { JobOrderDetail, JobOrderSummary, StaffingRequestView } from '../../contract/job-orders.ts';
import type { JobType, PayUnit } from '../../domain/candidate.ts';
import type { JobOrderStatus, Shift } from '../../domain/job-order.ts';
import { marginPercent } from '../../domain/placement.ts';
import { type Actor, canEditClient, canReassign } from '../../domain/roles.ts';
import type { JobOrderView } from '../../store/job-orders.ts';
import { iso, refOrNull } from './common.ts';

export function presentJobOrderSummary(j: JobOrderView): JobOrderSummary {
  return {
    id: j.id,
    title: j.title,
    client: { id: j.clientId, name: j.clientName },
    status: j.status as JobOrderStatus,
    type: j.type as JobType,
    openings: j.openings,
    filled: j.filled,
    city: j.city,
    startDate: j.startDate,
    payRate: j.payRate,
    rateUnit: j.rateUnit as PayUnit,
    owner: refOrNull(j.ownerId, j.ownerName),
    branch: { id: j.branchId, name: j.branchName },
    submissions: j.submissionCount,
    createdAt: iso(j.createdAt),
    updatedAt: iso(j.updatedAt),
  };
}

const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The public form's request, read defensively: it is JSON kept beside the order, not a checked column. */
function presentRequest(j: JobOrderView): StaffingRequestView | null {
  const r = j.request;
  if (!r || typeof r !== 'object') return null;
  return {
    rateMin: numberOrNull(r.rateMin),
    rateMax: numberOrNull(r.rateMax),
    notes: typeof r.notes === 'string' ? r.notes : null,
    receivedAt: typeof r.receivedAt === 'string' ? r.receivedAt : iso(j.createdAt),
  };
}

export function presentJobOrder(j: JobOrderView, actor: Actor): JobOrderDetail {
  return {
    id: j.id,
    version: j.version,
    title: j.title,
    description: j.description,
    category: j.category,
    client: { id: j.clientId, name: j.clientName },
    contact: refOrNull(j.contactId, j.contactName),
    type: j.type as JobType,
    openings: j.openings,
    filled: j.filled,
    payRate: j.payRate,
    billRate: j.billRate,
    rateUnit: j.rateUnit as PayUnit,
    marginPercent: marginPercent(j.payRate, j.billRate),
    startDate: j.startDate,
    endDate: j.endDate,
    shift: j.shift as Shift | null,
    locationLine: j.locationLine,
    city: j.city,
    postcode: j.postcode,
    requiredSkills: j.requiredSkills,
    status: j.status as JobOrderStatus,
    published: j.published,
    request: presentRequest(j),
    owner: refOrNull(j.ownerId, j.ownerName),
    branch: { id: j.branchId, name: j.branchName },
    createdAt: iso(j.createdAt),
    updatedAt: iso(j.updatedAt),
    permissions: { edit: canEditClient(actor, j), reassign: canReassign(actor, j) },
  };
}
