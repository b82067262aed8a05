/** @module Client use cases: add, read, list, change; contacts; placements at the client. */
import type {
  ClientDetail,
  ClientSummary,
  ContactDetail,
  CreateClientInput,
  CreateContactInput,
  ListClientsQueryInput,
  ListContactsQueryInput,
  UpdateClientInput,
  UpdateContactInput,
} from '../contract/clients.ts';
import { orderFor, type Page } from '../contract/common.ts';
import { forbidden, invalidField } from '../domain/errors.ts';
import { type Actor, canEditClient, canRead } from '../domain/roles.ts';
import { findCandidate } from '../store/candidates.ts';
import {
  type ClientSort,
  findClient,
  insertClient,
  listClients as listClientRows,
  updateClient as updateClientRow,
} from '../store/clients.ts';
import {
  type ContactSort,
  contactsOfClient,
  findContact,
  insertContact,
  listContacts as listContactRows,
  updateContact as updateContactRow,
} from '../store/contacts.ts';
import { guarded } from '../store/db-errors.ts';
import { listJobOrders } from '../store/job-orders.ts';
import { placementsOf } from '../store/placements.ts';
import { assertUpdated, assertVersion, type Db, found, type ServiceContext, todayOf } from './context.ts';
import { resolveOwnership } from './ownership.ts';
import { presentClient, presentClientSummary, presentContact } from './presenters/clients.ts';
import { presentPlacement } from './presenters/pipeline.ts';
import { indexCandidate, indexClient, indexContact, indexJobOrder } from './search-index.ts';
import { byUser, recordTouchpoint } from './touchpoints.ts';

export const ACCOUNT_ROLES = ['account_manager', 'branch_manager', 'admin'] as const;

async function readClient(db: Db, actor: Actor, id: string): Promise<ClientDetail> {
  const client = found(await findClient(db, actor.firmId, id), 'Client');
  if (!canRead(actor, client)) throw forbidden();
  return presentClient(client, actor);
}

/** Adds a client company; its journey starts with the firm hearing of it (when known, earlier). */
export async function createClient(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateClientInput,
): Promise<ClientDetail> {
  if (!canEditClient(actor, { firmId: actor.firmId, branchId: input.branchId ?? actor.branchId })) {
    throw forbidden('Your role cannot add clients');
  }
  if (input.firstHeardOn && input.firstHeardOn > todayOf(ctx))
    throw invalidField('firstHeardOn', 'Cannot be in the future');
  const id = await ctx.store.transaction((tx) =>
    guarded(async () => {
      const { ownerId, branchId } = await resolveOwnership(tx, actor, input, null, ACCOUNT_ROLES);
      const row = await insertClient(tx, {
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
        firmId: actor.firmId,
        branchId,
        ownerId,
        name: input.name,
        status: input.status ?? 'prospect',
        industry: input.industry ?? null,
        website: input.website ?? null,
        phone: input.phone ?? null,
        addressLine: input.addressLine ?? null,
        city: input.city ?? null,
        region: input.region ?? null,
        postcode: input.postcode ?? null,
        source: input.source ?? null,
        sourceDetail: input.sourceDetail ?? null,
        notes: input.notes ?? null,
        createdBy: actor.userId,
      });
      await indexClient(tx, row);
      await recordTouchpoint(tx, {
        firmId: actor.firmId,
        subject: { type: 'client', clientId: row.id },
        activity: 'heard_of_us',
        channel: 'system',
        actor: byUser(actor),
        occurredAt: input.firstHeardOn ? new Date(`${input.firstHeardOn}T00:00:00Z`) : ctx.clock.now(),
        summary: input.sourceDetail ?? input.source ?? 'Added as a client',
        meta: { source: input.source ?? null },
      });
      return row.id;
    }),
  );
  return readClient(ctx.store.db, actor, id);
}

export const getClient = (ctx: ServiceContext, actor: Actor, id: string) =>
  readClient(ctx.store.db, actor, id);

export async function listClients(
  ctx: ServiceContext,
  actor: Actor,
  q: ListClientsQueryInput,
): Promise<Page<ClientSummary>> {
  const { rows, total } = await listClientRows(
    ctx.store.db,
    actor.firmId,
    q,
    q.sort as ClientSort,
    orderFor(q.sort, q.order),
    q.page,
    q.pageSize,
  );
  return { items: rows.map(presentClientSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Re-indexes what carries a client's name: its contacts, its job orders and the candidates placed there. */
async function reindexClientName(db: Db, firmId: string, clientId: string, name: string) {
  for (const contact of await contactsOfClient(db, firmId, clientId)) {
    await indexContact(db, { ...contact, clientName: name });
  }
  const orders = await listJobOrders(db, firmId, { clientId }, 'createdAt', 'asc', 1, 10_000);
  for (const order of orders.rows) await indexJobOrder(db, { ...order, clientName: name });
  const placedIds = new Set((await placementsOf(db, firmId, { clientId })).map((p) => p.candidateId));
  for (const candidateId of placedIds) {
    const candidate = await findCandidate(db, firmId, candidateId);
    if (candidate) await indexCandidate(db, candidate);
  }
}

export async function updateClient(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateClientInput,
): Promise<ClientDetail> {
  await ctx.store.transaction((tx) =>
    guarded(async () => {
      const current = found(await findClient(tx, actor.firmId, id), 'Client');
      if (!canEditClient(actor, current)) throw forbidden('You cannot change this client');
      assertVersion(current, input.version, 'Client');
      const ownership = await resolveOwnership(tx, actor, input, current, ACCOUNT_ROLES);
      const { version, ownerId: _o, branchId: _b, ...fields } = input;
      const patch = {
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        ownerId: ownership.ownerId,
        branchId: ownership.branchId,
      };
      assertUpdated(await updateClientRow(tx, actor.firmId, id, version, patch, ctx.clock.now()), 'Client');
      const updated = found(await findClient(tx, actor.firmId, id), 'Client');
      await indexClient(tx, updated);
      if (updated.name !== current.name) await reindexClientName(tx, actor.firmId, id, updated.name);
      if (input.status === 'inactive' && current.status !== 'inactive') {
        await recordTouchpoint(tx, {
          firmId: actor.firmId,
          subject: { type: 'client', clientId: id },
          activity: 'lapsed',
          channel: 'system',
          actor: byUser(actor),
          occurredAt: ctx.clock.now(),
          summary: 'Marked inactive',
        });
      }
    }),
  );
  return readClient(ctx.store.db, actor, id);
}

// Contacts

export async function listClientContacts(ctx: ServiceContext, actor: Actor, clientId: string) {
  const client = found(await findClient(ctx.store.db, actor.firmId, clientId), 'Client');
  if (!canRead(actor, client)) throw forbidden();
  return { items: (await contactsOfClient(ctx.store.db, actor.firmId, clientId)).map(presentContact) };
}

export async function createContact(
  ctx: ServiceContext,
  actor: Actor,
  clientId: string,
  input: CreateContactInput,
): Promise<ContactDetail> {
  const id = await ctx.store.transaction(async (tx) => {
    const client = found(await findClient(tx, actor.firmId, clientId), 'Client');
    if (!canEditClient(actor, client)) throw forbidden('You cannot change this client');
    const row = await insertContact(tx, {
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
      firmId: actor.firmId,
      clientId,
      firstName: input.firstName,
      lastName: input.lastName,
      title: input.title ?? null,
      role: input.role ?? 'hiring_manager',
      emails: (input.emails ?? []).map((e) => ({ address: e.address, label: e.label })),
      phones: (input.phones ?? []).map((p) => ({ number: p.number, label: p.label })),
      notes: input.notes ?? null,
    });
    await indexContact(tx, { ...row, clientName: client.name });
    return row.id;
  });
  return getContact(ctx, actor, id);
}

export async function getContact(ctx: ServiceContext, actor: Actor, id: string): Promise<ContactDetail> {
  const contact = found(await findContact(ctx.store.db, actor.firmId, id), 'Contact');
  if (!canRead(actor, contact)) throw forbidden();
  return presentContact(contact);
}

export async function updateContact(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateContactInput,
): Promise<ContactDetail> {
  await ctx.store.transaction(async (tx) => {
    const contact = found(await findContact(tx, actor.firmId, id), 'Contact');
    const client = found(await findClient(tx, actor.firmId, contact.clientId), 'Client');
    if (!canEditClient(actor, client)) throw forbidden('You cannot change this client');
    assertVersion(contact, input.version, 'Contact');
    const { version, ...fields } = input;
    const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    assertUpdated(await updateContactRow(tx, actor.firmId, id, version, patch, ctx.clock.now()), 'Contact');
    const updated = found(await findContact(tx, actor.firmId, id), 'Contact');
    await indexContact(tx, updated);
  });
  return getContact(ctx, actor, id);
}

export async function listContacts(
  ctx: ServiceContext,
  actor: Actor,
  q: ListContactsQueryInput,
): Promise<Page<ContactDetail>> {
  const { rows, total } = await listContactRows(
    ctx.store.db,
    actor.firmId,
    {
      q: q.q,
      clientId: q.clientId,
      role: q.role,
      active: q.active === undefined ? undefined : q.active === 'true',
    },
    q.sort as ContactSort,
    orderFor(q.sort, q.order),
    q.page,
    q.pageSize,
  );
  return { items: rows.map(presentContact), total, page: q.page, pageSize: q.pageSize };
}

export async function listClientPlacements(ctx: ServiceContext, actor: Actor, clientId: string) {
  const client = found(await findClient(ctx.store.db, actor.firmId, clientId), 'Client');
  if (!canRead(actor, client)) throw forbidden();
  return { items: (await placementsOf(ctx.store.db, actor.firmId, { clientId })).map(presentPlacement) };
}
