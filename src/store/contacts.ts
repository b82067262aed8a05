/** @module SQL for client contacts (people at client companies). */
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { pageTotal, totalOver } from './paging.ts';
import { clients, contacts, touchpoints } from './schema/index.ts';
import { matchesQuery } from './search.ts';
import { isContactTouchpoint } from './touchpoints.ts';

export type ContactRow = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;
export type ContactView = ContactRow & { clientName: string; lastContactAt: Date | null };

const lastContact = sql<Date | null>`(select max(${touchpoints.occurredAt}) from ${touchpoints}
  where ${touchpoints.firmId} = ${contacts.firmId} and ${touchpoints.contactId} = ${contacts.id}
  and ${isContactTouchpoint})`.mapWith({
  mapFromDriverValue: (v: unknown) => (v === null ? null : new Date(v as string)),
});

const joined = (db: Db) =>
  db
    .select({ contact: contacts, clientName: clients.name, lastContactAt: lastContact })
    .from(contacts)
    .innerJoin(clients, and(eq(clients.firmId, contacts.firmId), eq(clients.id, contacts.clientId)));

const flatten = (r: {
  contact: ContactRow;
  clientName: string;
  lastContactAt: Date | null;
}): ContactView => ({
  ...r.contact,
  clientName: r.clientName,
  lastContactAt: r.lastContactAt,
});

export async function insertContact(db: Db, values: NewContact) {
  const [row] = await db.insert(contacts).values(values).returning();
  return row!;
}

export async function findContact(db: Db, firmId: string, id: string): Promise<ContactView | null> {
  const [row] = await joined(db).where(and(eq(contacts.firmId, firmId), eq(contacts.id, id)));
  return row ? flatten(row) : null;
}

export async function updateContact(
  db: Db,
  firmId: string,
  id: string,
  version: number,
  patch: Partial<NewContact>,
  /** When, by the service clock: the one source of "now", so a controlled clock (tests, the demo seed) holds. */
  now: Date,
) {
  const rows = await db
    .update(contacts)
    .set({ ...patch, version: sql`${contacts.version} + 1`, updatedAt: now })
    .where(and(eq(contacts.firmId, firmId), eq(contacts.id, id), eq(contacts.version, version)))
    .returning({ id: contacts.id });
  return rows.length === 1;
}

export async function contactsOfClient(db: Db, firmId: string, clientId: string) {
  const rows = await joined(db)
    .where(and(eq(contacts.firmId, firmId), eq(contacts.clientId, clientId)))
    .orderBy(desc(contacts.active), asc(contacts.lastName), asc(contacts.firstName));
  return rows.map(flatten);
}

export interface ContactFilter {
  q?: string | undefined;
  clientId?: string | undefined;
  role?: string | undefined;
  active?: boolean | undefined;
}

const sortColumns = {
  name: [contacts.lastName, contacts.firstName],
  company: [clients.name, contacts.lastName],
  updatedAt: [contacts.updatedAt],
} as const;
export type ContactSort = keyof typeof sortColumns;

export async function listContacts(
  db: Db,
  firmId: string,
  filter: ContactFilter,
  sort: ContactSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
) {
  const conds: (SQL | undefined)[] = [eq(contacts.firmId, firmId)];
  if (filter.q) conds.push(matchesQuery(firmId, 'contact', contacts.id, filter.q));
  if (filter.clientId) conds.push(eq(contacts.clientId, filter.clientId));
  if (filter.role) conds.push(eq(contacts.role, filter.role));
  if (filter.active !== undefined) conds.push(eq(contacts.active, filter.active));
  const dir = order === 'desc' ? desc : asc;
  const rows = await db
    .select({
      contact: contacts,
      clientName: clients.name,
      lastContactAt: lastContact,
      total: totalOver(),
    })
    .from(contacts)
    .innerJoin(clients, and(eq(clients.firmId, contacts.firmId), eq(clients.id, contacts.clientId)))
    .where(and(...conds))
    .orderBy(...sortColumns[sort].map((c) => sql`${dir(c)} nulls last`), asc(contacts.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = await pageTotal(db, rows, page, contacts, and(...conds));
  return { rows: rows.map(flatten), total };
}
