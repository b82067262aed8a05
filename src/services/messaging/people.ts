/** @module Who a message is for, resolved from the request: a candidate, or a client's contact with their company. */
import type { Recipient } from '../../contract/messages.ts';
import { invalidField } from '../../domain/errors.ts';
import type { MessageChannel } from '../../domain/messaging.ts';
import { findCandidate } from '../../store/candidates.ts';
import { findClient } from '../../store/clients.ts';
import { findContact } from '../../store/contacts.ts';
import { type Db, found } from '../context.ts';

export interface Person {
  kind: 'candidate' | 'contact';
  id: string;
  firmId: string;
  firstName: string;
  lastName: string;
  fullName: string;
  emails: string[];
  phones: string[];
  /** The company, for a contact. */
  client: { id: string; name: string; ownerId: string | null; branchId: string } | null;
  ownerId: string | null;
  branchId: string;
}

export async function resolvePerson(db: Db, firmId: string, to: Recipient): Promise<Person> {
  if ('candidateId' in to) {
    const c = found(await findCandidate(db, firmId, to.candidateId), 'Candidate');
    return {
      kind: 'candidate',
      id: c.id,
      firmId,
      firstName: c.firstName,
      lastName: c.lastName,
      fullName: `${c.firstName} ${c.lastName}`,
      emails: c.emails.map((e) => e.address),
      phones: c.phones.map((p) => p.number),
      client: null,
      ownerId: c.ownerId,
      branchId: c.branchId,
    };
  }
  const contact = found(await findContact(db, firmId, to.contactId), 'Contact');
  const client = found(await findClient(db, firmId, contact.clientId), 'Client');
  return {
    kind: 'contact',
    id: contact.id,
    firmId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    fullName: `${contact.firstName} ${contact.lastName}`,
    emails: contact.emails.map((e) => e.address),
    phones: contact.phones.map((p) => p.number),
    client: { id: client.id, name: client.name, ownerId: client.ownerId, branchId: client.branchId },
    ownerId: client.ownerId,
    branchId: client.branchId,
  };
}

/** The message's columns that name its person. */
export const personColumns = (p: Person) =>
  p.kind === 'candidate'
    ? { candidateId: p.id, clientId: null, contactId: null }
    : { candidateId: null, clientId: p.client!.id, contactId: p.id };

/** The touchpoint subject a message to or from this person belongs to. */
export const subjectOf = (p: Person) =>
  p.kind === 'candidate'
    ? ({ type: 'candidate', candidateId: p.id } as const)
    : ({ type: 'client', clientId: p.client!.id, contactId: p.id } as const);

/**
 * The address or number to use: the one asked for, which must be one of the person's, else their first. Throws a
 * 400 naming `address` (or `channel`, when they have none).
 */
export function addressFor(p: Person, channel: MessageChannel, asked: string | undefined): string {
  const options = channel === 'email' ? p.emails : p.phones;
  if (asked) {
    const norm = (s: string) => (channel === 'email' ? s.trim().toLowerCase() : s.replace(/\D/g, ''));
    const hit = options.find((o) => norm(o) === norm(asked));
    if (!hit)
      throw invalidField(
        'address',
        `Not one of ${p.fullName}'s ${channel === 'email' ? 'email addresses' : 'phone numbers'}`,
      );
    return hit;
  }
  const first = options[0];
  if (!first)
    throw invalidField(
      'channel',
      `${p.fullName} has no ${channel === 'email' ? 'email address' : 'phone number'}`,
    );
  return first;
}
