/** @module The values a template's merge fields take for one message: person, job order, sender, firm. */

import { formatRate } from '../../domain/message-facts.ts';
import type { MergeValues } from '../../domain/message-templates.ts';
import { findFirm } from '../../store/firms.ts';
import { findJobOrder, type JobOrderView } from '../../store/job-orders.ts';
import { findUserView } from '../../store/users.ts';
import type { Db } from '../context.ts';
import type { Person } from './people.ts';

/** A rate as messages write it (and as the guard reads it back): `$18.00/hour`. */
export const rateText = (amount: number | null, unit: string | null) =>
  amount === null ? null : formatRate({ amount: amount.toFixed(2), unit });

/** A date as messages write it: `Monday, December 1, 2026`. */
export const dateText = (iso: string | null) =>
  iso === null
    ? null
    : new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      });

export async function mergeValuesFor(
  db: Db,
  person: Person,
  senderId: string | null,
  order: JobOrderView | null,
): Promise<MergeValues> {
  const firm = await findFirm(db, person.firmId);
  const sender = senderId ? await findUserView(db, person.firmId, senderId) : null;
  return {
    'recipient.firstName': person.firstName,
    'recipient.fullName': person.fullName,
    'candidate.firstName': person.kind === 'candidate' ? person.firstName : null,
    'candidate.lastName': person.kind === 'candidate' ? person.lastName : null,
    'contact.firstName': person.kind === 'contact' ? person.firstName : null,
    'contact.lastName': person.kind === 'contact' ? person.lastName : null,
    'client.name': person.client?.name ?? order?.clientName ?? null,
    'job.title': order?.title ?? null,
    'job.payRate': order ? rateText(order.payRate, order.rateUnit) : null,
    'job.billRate': order ? rateText(order.billRate, order.rateUnit) : null,
    'job.startDate': order ? dateText(order.startDate) : null,
    'job.location': order?.city ?? order?.locationLine ?? null,
    'job.shift': order?.shift ?? null,
    'recruiter.name': sender?.name ?? null,
    'recruiter.email': sender?.email ?? null,
    'firm.name': firm?.name ?? null,
    signature: sender?.signature ?? (sender ? `${sender.name}\n${firm?.name ?? ''}`.trim() : null),
  };
}

export async function orderFor(db: Db, firmId: string, jobOrderId: string | null | undefined) {
  if (!jobOrderId) return null;
  return findJobOrder(db, firmId, jobOrderId);
}
