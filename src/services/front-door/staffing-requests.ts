/**
 * @module An employer asks for staff on the public form: the company and the contact are matched (contact by email,
 * company by name) or created, a job order opens in "requested", the client's journey gets its staffing request (which
 * starts the response-time standard), the owning account manager (else the branch's managers) is told by mail, and
 * the employer gets a confirmation. One transaction; a retried post returns the first outcome.
 */
import { type AttributionInput, cleanAttribution, sourceOf } from '../../domain/attribution.ts';
import type { JobType } from '../../domain/candidate.ts';
import { normalizeEmail, normalizeSearchText } from '../../domain/contact-points.ts';
import { DomainError } from '../../domain/errors.ts';
import { activateClient, findClient, findClientsByName, insertClient } from '../../store/clients.ts';
import { findContact, insertContact } from '../../store/contacts.ts';
import { guarded } from '../../store/db-errors.ts';
import { listBranches } from '../../store/firms.ts';
import { findPublicPost, insertPublicPost, lockNaturalKeys } from '../../store/front-door.ts';
import { countClientOrders, insertJobOrder } from '../../store/job-orders.ts';
import { findByTerm } from '../../store/search.ts';
import { findUserView, listUserViews } from '../../store/users.ts';
import type { Db, ServiceContext } from '../context.ts';
import { queueConfirmation, queueStaffMail } from '../messaging/outbox.ts';
import type { PublicFirm } from '../public/firm.ts';
import { absoluteUrl } from '../public-url.ts';
import { indexClient, indexContact, indexJobOrder } from '../search-index.ts';
import { recordTouchpoint } from '../touchpoints.ts';

export interface StaffingRequestInput {
  firm: PublicFirm;
  company: string;
  contact: {
    firstName: string;
    lastName: string;
    email: string;
    phone?: string | undefined;
    title?: string | undefined;
  };
  position: string;
  openings: number;
  type: JobType;
  startDate?: string | undefined;
  endDate?: string | undefined;
  city?: string | undefined;
  postcode?: string | undefined;
  locationLine?: string | undefined;
  rateMin?: number | undefined;
  rateMax?: number | undefined;
  notes?: string | undefined;
  attribution: AttributionInput;
  idempotencyKey: string;
  ownHost: string | null;
}

export interface StaffingRequestOutcome {
  jobOrderId: string;
  clientId: string;
  contactId: string;
  /** Who was told (the account manager, else the branch's managers). */
  notified: string[];
  newClient: boolean;
  replayed: boolean;
}

/** Receives a staffing request: see the module comment. */
export async function receiveStaffingRequest(
  ctx: ServiceContext,
  input: StaffingRequestInput,
): Promise<StaffingRequestOutcome> {
  const firmId = input.firm.id;
  const email = normalizeEmail(input.contact.email);
  const company = input.company.trim();
  if (input.rateMin !== undefined && input.rateMax !== undefined && input.rateMax < input.rateMin)
    throw new DomainError('validation', 'The rate range is upside down', [
      { path: 'rateMax', message: 'Must be at least the lowest rate' },
    ]);
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    throw new DomainError('validation', 'The end date is before the start date', [
      { path: 'endDate', message: 'Must be on or after the start date' },
    ]);
  return ctx.store.transaction((tx) =>
    guarded(async () => {
      await lockNaturalKeys(tx, firmId, [
        `email:${email}`,
        `company:${normalizeSearchText(company)}`,
        `post:${input.idempotencyKey}`,
      ]);
      const earlier = await findPublicPost(tx, firmId, 'staffing_request', input.idempotencyKey);
      if (earlier) {
        return {
          jobOrderId: earlier.jobOrderId!,
          clientId: earlier.clientId!,
          contactId: earlier.contactId!,
          notified: (earlier.notified ?? '').split(',').filter(Boolean),
          newClient: earlier.newClient === 'true',
          replayed: true,
        };
      }
      const now = ctx.clock.now();
      const attribution = cleanAttribution(input.attribution);
      const { source, detail } = sourceOf(attribution, input.ownHost);

      // The contact by email decides the company (people write their company's name in many ways).
      const [knownContactId] = await findByTerm(tx, firmId, 'contact', 'email', email);
      const knownContact = knownContactId ? await findContact(tx, firmId, knownContactId) : null;
      let client = knownContact ? await findClient(tx, firmId, knownContact.clientId) : null;
      if (!client) {
        const [byName] = await findClientsByName(tx, firmId, company);
        client = byName ? await findClient(tx, firmId, byName.id) : null;
      }
      let newClient = false;
      if (!client) {
        const branchId = (await listBranches(tx, firmId))[0]?.id;
        if (!branchId) throw new DomainError('not_found', 'This firm takes no requests yet');
        const row = await insertClient(tx, {
          firmId,
          branchId,
          ownerId: null,
          name: company,
          status: 'prospect',
          city: input.city?.trim() || null,
          postcode: input.postcode?.trim() || null,
          source,
          sourceDetail: detail,
          attribution,
          createdBy: null,
          createdAt: now,
          updatedAt: now,
        });
        await indexClient(tx, row);
        client = await findClient(tx, firmId, row.id);
        newClient = true;
        await recordTouchpoint(tx, {
          firmId,
          subject: { type: 'client', clientId: row.id },
          activity: 'heard_of_us',
          channel: 'form',
          direction: 'in',
          actor: { kind: 'subject' },
          occurredAt: now,
          summary: detail ?? source,
          meta: { source, attribution },
        });
      }
      if (!client) throw new DomainError('not_found', 'Client not found');

      let contactId = knownContact?.clientId === client.id ? knownContact.id : null;
      if (!contactId) {
        const c = input.contact;
        const row = await insertContact(tx, {
          firmId,
          clientId: client.id,
          firstName: c.firstName.trim(),
          lastName: c.lastName.trim(),
          title: c.title?.trim() || null,
          emails: [{ address: c.email.trim(), label: 'work' }],
          phones: c.phone?.trim() ? [{ number: c.phone.trim(), label: 'work' }] : [],
          createdAt: now,
          updatedAt: now,
        });
        await indexContact(tx, { ...row, clientName: client.name });
        contactId = row.id;
      }

      const earlierOrders = await countClientOrders(tx, firmId, client.id);
      const order = await insertJobOrder(tx, {
        firmId,
        clientId: client.id,
        contactId,
        branchId: client.branchId,
        ownerId: client.ownerId,
        title: input.position.trim(),
        type: input.type,
        openings: input.openings,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        city: input.city?.trim() || client.city,
        postcode: input.postcode?.trim() || null,
        locationLine: input.locationLine?.trim() || null,
        status: 'requested',
        published: false,
        request: {
          rateMin: input.rateMin ?? null,
          rateMax: input.rateMax ?? null,
          notes: input.notes?.trim() || null,
          receivedAt: now.toISOString(),
        },
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      });
      await indexJobOrder(tx, { ...order, clientName: client.name });
      if (!newClient) await activateClient(tx, firmId, client.id, now);
      await recordTouchpoint(tx, {
        firmId,
        subject: { type: 'client', clientId: client.id, contactId },
        activity: earlierOrders === 0 ? 'staffing_request' : 'repeat_request',
        channel: 'form',
        direction: 'in',
        actor: { kind: 'subject' },
        occurredAt: now,
        jobOrderId: order.id,
        summary: `${order.openings} × ${order.title} (requested on the website)`,
        outcome: input.notes?.trim() || null,
      });

      const notified = await tellAccountManager(tx, ctx, firmId, client, order, input);
      await queueConfirmation(tx, ctx, {
        firmId,
        clientId: client.id,
        contactId,
        toAddress: input.contact.email.trim(),
        subject: `We have your request: ${order.openings} × ${order.title}`,
        body: [
          `Hello ${input.contact.firstName.trim()},`,
          '',
          `Thank you for your request for ${order.openings} × ${order.title}. ${input.firm.name} has it, and an account manager will call you back, usually within two business hours.`,
          '',
          input.firm.name,
        ].join('\n'),
        topic: `request:${order.id}`,
        jobOrderId: order.id,
      });

      await insertPublicPost(tx, {
        firmId,
        kind: 'staffing_request',
        key: input.idempotencyKey,
        outcome: {
          jobOrderId: order.id,
          clientId: client.id,
          contactId,
          notified: notified.join(','),
          newClient: String(newClient),
        },
        createdAt: now,
      });
      return { jobOrderId: order.id, clientId: client.id, contactId, notified, newClient, replayed: false };
    }),
  );
}

/** Mails the client's account manager, or every active manager of its branch when it has none; returns their ids. */
async function tellAccountManager(
  tx: Db,
  ctx: ServiceContext,
  firmId: string,
  client: { id: string; name: string; ownerId: string | null; branchId: string },
  order: { id: string; title: string; openings: number },
  input: StaffingRequestInput,
): Promise<string[]> {
  const owner = client.ownerId ? await findUserView(tx, firmId, client.ownerId) : null;
  const people = owner?.active
    ? [owner]
    : (await listUserViews(tx, firmId, { branchId: client.branchId, role: 'branch_manager' })).filter(
        (u) => u.active,
      );
  const c = input.contact;
  const rate =
    input.rateMin !== undefined || input.rateMax !== undefined
      ? `Rate range: ${input.rateMin ?? '?'}–${input.rateMax ?? '?'} per hour`
      : null;
  for (const u of people) {
    await queueStaffMail(tx, ctx, {
      firmId,
      userId: u.id,
      toAddress: u.email,
      kind: 'notice',
      topic: `request:${order.id}`,
      subject: `New staffing request: ${client.name}, ${order.openings} × ${order.title}`,
      body: [
        `${c.firstName} ${c.lastName} (${c.email}${c.phone ? `, ${c.phone}` : ''}) asked on the website for:`,
        `${order.openings} × ${order.title}`,
        [input.startDate ? `From ${input.startDate}` : null, input.endDate ? `to ${input.endDate}` : null]
          .filter(Boolean)
          .join(' ') || null,
        [input.locationLine, input.city, input.postcode].filter(Boolean).join(', ') || null,
        rate,
        input.notes ? `Notes: ${input.notes}` : null,
        '',
        `The request waits for an answer within the firm's response time. Open it: ${absoluteUrl(ctx, `/job-orders/${order.id}`)}`,
      ]
        .filter((line) => line !== null && line !== undefined)
        .join('\n'),
    });
  }
  return people.map((u) => u.id);
}
