/** @module Client companies and contacts as the API shows them. */
import type { ClientDetail, ClientSummary, ContactDetail, contactRoles } from '../../contract/clients.ts';
import type { Source } from '../../domain/candidate.ts';
import type { ClientStatus, Industry } from '../../domain/client.ts';
import { type Actor, canEditClient, canReassign } from '../../domain/roles.ts';
import type { ClientView } from '../../store/clients.ts';
import type { ContactView } from '../../store/contacts.ts';
import { iso, isoOrNull, refOrNull } from './common.ts';

export function presentClientSummary(
  c: ClientView & { openOrders: number; lastContactAt: Date | null },
): ClientSummary {
  return {
    id: c.id,
    name: c.name,
    status: c.status as ClientStatus,
    industry: c.industry as Industry | null,
    city: c.city,
    phone: c.phone,
    owner: refOrNull(c.ownerId, c.ownerName),
    branch: { id: c.branchId, name: c.branchName },
    openOrders: c.openOrders,
    lastContactAt: isoOrNull(c.lastContactAt),
    updatedAt: iso(c.updatedAt),
  };
}

export function presentClient(c: ClientView, actor: Actor): ClientDetail {
  return {
    id: c.id,
    version: c.version,
    name: c.name,
    status: c.status as ClientStatus,
    industry: c.industry as Industry | null,
    website: c.website,
    phone: c.phone,
    addressLine: c.addressLine,
    city: c.city,
    region: c.region,
    postcode: c.postcode,
    source: c.source as Source | null,
    sourceDetail: c.sourceDetail,
    notes: c.notes,
    owner: refOrNull(c.ownerId, c.ownerName),
    branch: { id: c.branchId, name: c.branchName },
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    permissions: { edit: canEditClient(actor, c), reassign: canReassign(actor, c) },
  };
}

export function presentContact(c: ContactView): ContactDetail {
  return {
    id: c.id,
    version: c.version,
    client: { id: c.clientId, name: c.clientName },
    firstName: c.firstName,
    lastName: c.lastName,
    title: c.title,
    role: c.role as (typeof contactRoles)[number],
    emails: c.emails.map((e) => ({ address: e.address, label: e.label })),
    phones: c.phones.map((p) => ({ number: p.number, label: p.label })),
    active: c.active,
    notes: c.notes,
    lastContactAt: isoOrNull(c.lastContactAt),
    updatedAt: iso(c.updatedAt),
  };
}
