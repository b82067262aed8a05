/** @module SQL for consent: append-only per person and channel; the latest entry is the person's current choice. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './database.ts';
import { consentEvents } from './schema/index.ts';

export type ConsentRow = typeof consentEvents.$inferSelect;
export type NewConsent = Omit<typeof consentEvents.$inferInsert, 'id'>;

export type ConsentPerson = { candidateId: string } | { contactId: string };

const personCond = (person: ConsentPerson) =>
  'candidateId' in person
    ? eq(consentEvents.candidateId, person.candidateId)
    : eq(consentEvents.contactId, person.contactId);

/** The person's latest consent entry per channel (null: never recorded). */
export async function latestConsent(
  db: Db,
  firmId: string,
  person: ConsentPerson,
): Promise<{ email: ConsentRow | null; sms: ConsentRow | null }> {
  const latest = async (channel: 'email' | 'sms') => {
    const [row] = await db
      .select()
      .from(consentEvents)
      .where(and(eq(consentEvents.firmId, firmId), personCond(person), eq(consentEvents.channel, channel)))
      .orderBy(desc(consentEvents.id))
      .limit(1);
    return row ?? null;
  };
  const [email, sms] = await Promise.all([latest('email'), latest('sms')]);
  return { email, sms };
}

/** Every consent entry of a person, newest first. */
export const consentHistory = (db: Db, firmId: string, person: ConsentPerson): Promise<ConsentRow[]> =>
  db
    .select()
    .from(consentEvents)
    .where(and(eq(consentEvents.firmId, firmId), personCond(person)))
    .orderBy(desc(consentEvents.id))
    .limit(200);

export async function insertConsent(db: Db, values: NewConsent): Promise<ConsentRow> {
  const [row] = await db.insert(consentEvents).values(values).returning();
  return row!;
}
