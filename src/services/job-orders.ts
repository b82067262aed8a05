/** @module Job order use cases: take a staffing request, read, list, change and move it; its pipeline board. */
import { orderFor, type Page } from '../contract/common.ts';
import type {
  CreateJobOrderInput,
  JobOrderDetail,
  JobOrderSummary,
  ListJobOrdersQueryInput,
  UpdateJobOrderInput,
} from '../contract/job-orders.ts';
import type { JobOrderPipeline } from '../contract/pipeline.ts';
import { forbidden, invalidField } from '../domain/errors.ts';
import {
  assertJobOrderTransition,
  clientActivityForOrderStatus,
  isOrderWorkable,
  type JobOrderStatus,
} from '../domain/job-order.ts';
import { type Actor, canEditClient, canRead } from '../domain/roles.ts';
import { activateClient, findClient } from '../store/clients.ts';
import { findContact } from '../store/contacts.ts';
import { guarded } from '../store/db-errors.ts';
import {
  countClientOrders,
  findJobOrder,
  insertJobOrder,
  type JobOrderSort,
  listJobOrders as listJobOrderRows,
  setJobOrderStatus,
  updateJobOrder as updateJobOrderRow,
} from '../store/job-orders.ts';
import { placementsOf } from '../store/placements.ts';
import { submissionsOfJobOrder } from '../store/submissions.ts';
import { ACCOUNT_ROLES } from './clients.ts';
import {
  assertUpdated,
  assertVersion,
  type Db,
  found,
  missingReference,
  type ServiceContext,
} from './context.ts';
import { prepareFilledUpdates } from './messaging/status-updates.ts';
import { resolveOwnership } from './ownership.ts';
import { presentJobOrder, presentJobOrderSummary } from './presenters/job-orders.ts';
import { presentPlacement, presentSubmission } from './presenters/pipeline.ts';
import { indexJobOrder } from './search-index.ts';
import { byUser, recordTouchpoint } from './touchpoints.ts';

async function readJobOrder(db: Db, actor: Actor, id: string): Promise<JobOrderDetail> {
  const order = found(await findJobOrder(db, actor.firmId, id), 'Job order');
  if (!canRead(actor, order)) throw forbidden();
  return presentJobOrder(order, actor);
}

function assertDates(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && end < start) throw invalidField('endDate', 'Must be on or after the start date');
}

/** Records a client's staffing request: a `staffing_request` on the client's journey, or a `repeat_request`. */
export async function createJobOrder(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateJobOrderInput,
): Promise<JobOrderDetail> {
  assertDates(input.startDate, input.endDate);
  const id = await ctx.store.transaction((tx) =>
    guarded(async () => {
      const client = await findClient(tx, actor.firmId, input.clientId);
      if (!client) missingReference('clientId', 'client');
      if (!canEditClient(actor, client)) throw forbidden('You cannot take job orders for this client');
      if (input.contactId) {
        const contact = await findContact(tx, actor.firmId, input.contactId);
        if (!contact || contact.clientId !== client.id)
          missingReference('contactId', 'contact at this client');
      }
      const ownership = await resolveOwnership(
        tx,
        actor,
        { ownerId: input.ownerId, branchId: input.branchId ?? client.branchId },
        null,
        ACCOUNT_ROLES,
      );
      const earlierOrders = await countClientOrders(tx, actor.firmId, client.id);
      const row = await insertJobOrder(tx, {
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
        firmId: actor.firmId,
        clientId: client.id,
        contactId: input.contactId ?? null,
        branchId: ownership.branchId,
        ownerId: ownership.ownerId,
        title: input.title,
        description: input.description ?? null,
        category: input.category ?? null,
        type: input.type,
        openings: input.openings,
        payRate: input.payRate ?? null,
        billRate: input.billRate ?? null,
        rateUnit: input.rateUnit ?? 'hour',
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        shift: input.shift ?? null,
        locationLine: input.locationLine ?? null,
        city: input.city ?? client.city,
        postcode: input.postcode ?? null,
        requiredSkills: input.requiredSkills ?? [],
        status: input.status ?? 'open',
        published: input.published ?? false,
        createdBy: actor.userId,
      });
      await indexJobOrder(tx, { ...row, clientName: client.name });
      await activateClient(tx, actor.firmId, client.id, ctx.clock.now());
      await recordTouchpoint(tx, {
        firmId: actor.firmId,
        subject: { type: 'client', clientId: client.id, contactId: row.contactId },
        activity: earlierOrders === 0 ? 'staffing_request' : 'repeat_request',
        channel: 'system',
        direction: 'in',
        actor: byUser(actor),
        occurredAt: ctx.clock.now(),
        jobOrderId: row.id,
        summary: `${row.openings} × ${row.title}`,
      });
      return row.id;
    }),
  );
  return readJobOrder(ctx.store.db, actor, id);
}

export const getJobOrder = (ctx: ServiceContext, actor: Actor, id: string) =>
  readJobOrder(ctx.store.db, actor, id);

export async function listJobOrders(
  ctx: ServiceContext,
  actor: Actor,
  q: ListJobOrdersQueryInput,
): Promise<Page<JobOrderSummary>> {
  const { rows, total } = await listJobOrderRows(
    ctx.store.db,
    actor.firmId,
    q,
    q.sort as JobOrderSort,
    orderFor(q.sort, q.order),
    q.page,
    q.pageSize,
  );
  return { items: rows.map(presentJobOrderSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Changes a job order's terms or moves its status; closing it appends the client's journey step. */
export async function updateJobOrder(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateJobOrderInput,
): Promise<JobOrderDetail> {
  await ctx.store.transaction((tx) =>
    guarded(async () => {
      const current = found(await findJobOrder(tx, actor.firmId, id), 'Job order');
      if (!canEditClient(actor, current)) throw forbidden('You cannot change this job order');
      assertVersion(current, input.version, 'Job order');
      const from = current.status as JobOrderStatus;
      const to = input.status ?? from;
      const openings = input.openings ?? current.openings;
      if (openings < current.filled) {
        throw invalidField('openings', `${current.filled} openings are already placed`);
      }
      assertJobOrderTransition(from, to, current.filled, openings);
      assertDates(
        input.startDate === undefined ? current.startDate : input.startDate,
        input.endDate === undefined ? current.endDate : input.endDate,
      );
      if (input.contactId) {
        const contact = await findContact(tx, actor.firmId, input.contactId);
        if (!contact || contact.clientId !== current.clientId)
          missingReference('contactId', 'contact at this client');
      }
      const ownership = await resolveOwnership(tx, actor, input, current, ACCOUNT_ROLES);
      const { version, ownerId: _o, branchId: _b, ...fields } = input;
      const patch: Record<string, unknown> = {
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        ownerId: ownership.ownerId,
        branchId: ownership.branchId,
      };
      if (to !== from)
        patch.closedAt = ['filled', 'cancelled', 'unfilled'].includes(to) ? ctx.clock.now() : null;
      assertUpdated(
        await updateJobOrderRow(tx, actor.firmId, id, version, patch, ctx.clock.now()),
        'Job order',
      );
      let updated = found(await findJobOrder(tx, actor.firmId, id), 'Job order');
      await indexJobOrder(tx, updated);
      let final = to;
      // Cutting the openings down to those already placed fills the order, as the last placement would have.
      if (
        input.openings !== undefined &&
        isOrderWorkable(to) &&
        updated.filled > 0 &&
        updated.filled >= updated.openings
      ) {
        await setJobOrderStatus(tx, actor.firmId, id, 'filled', ctx.clock.now());
        updated = found(await findJobOrder(tx, actor.firmId, id), 'Job order');
        final = 'filled';
      }
      const activity = final !== from ? clientActivityForOrderStatus(final) : null;
      if (activity) {
        await recordTouchpoint(tx, {
          firmId: actor.firmId,
          subject: { type: 'client', clientId: current.clientId, contactId: current.contactId },
          activity,
          channel: 'system',
          actor: byUser(actor),
          occurredAt: ctx.clock.now(),
          jobOrderId: id,
          summary: `${updated.title}: ${final}`,
        });
      }
      if (final === 'filled' && from !== 'filled') {
        await prepareFilledUpdates(tx, ctx, actor.firmId, id, actor.userId);
      }
    }),
  );
  return readJobOrder(ctx.store.db, actor, id);
}

export async function getJobOrderPipeline(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<JobOrderPipeline> {
  const order = found(await findJobOrder(ctx.store.db, actor.firmId, id), 'Job order');
  if (!canRead(actor, order)) throw forbidden();
  return {
    submissions: (await submissionsOfJobOrder(ctx.store.db, actor.firmId, id)).map(presentSubmission),
    placements: (await placementsOf(ctx.store.db, actor.firmId, { jobOrderId: id })).map(presentPlacement),
  };
}
