/** @module What each kind of record is findable by: the terms written to the search index with every change. */
import { fullName } from '../domain/candidate.ts';
import { normalizeEmail, normalizePhone, normalizeSearchText } from '../domain/contact-points.ts';
import type { Db } from '../store/database.ts';
import { employersOf } from '../store/employment.ts';
import { replaceTerms, type Term } from '../store/search.ts';

interface Person {
  firstName: string;
  lastName: string;
  emails: { address: string }[];
  phones: { number: string }[];
}

const personTerms = (p: Person): Term[] => [
  { kind: 'name', term: normalizeSearchText(fullName(p)) },
  ...p.emails.map((e) => ({ kind: 'email' as const, term: normalizeEmail(e.address) })),
  ...p.phones.map((ph) => ({ kind: 'phone' as const, term: normalizePhone(ph.number) })),
];

/** Re-indexes a candidate: name, emails, phones, skills, headline, and every employer in their history. */
export async function indexCandidate(
  db: Db,
  c: Person & { firmId: string; id: string; skills: { name: string }[]; headline: string | null },
) {
  const employers = await employersOf(db, c.firmId, c.id);
  await replaceTerms(db, c.firmId, 'candidate', c.id, [
    ...personTerms(c),
    ...c.skills.map((s) => ({ kind: 'skill' as const, term: normalizeSearchText(s.name) })),
    ...(c.headline ? [{ kind: 'title' as const, term: normalizeSearchText(c.headline) }] : []),
    ...employers.map((e) => ({ kind: 'employer' as const, term: normalizeSearchText(e) })),
  ]);
}

export async function indexClient(
  db: Db,
  c: { firmId: string; id: string; name: string; phone: string | null },
) {
  await replaceTerms(db, c.firmId, 'client', c.id, [
    { kind: 'company', term: normalizeSearchText(c.name) },
    ...(c.phone ? [{ kind: 'phone' as const, term: normalizePhone(c.phone) }] : []),
  ]);
}

export async function indexContact(db: Db, c: Person & { firmId: string; id: string; clientName: string }) {
  await replaceTerms(db, c.firmId, 'contact', c.id, [
    ...personTerms(c),
    { kind: 'company', term: normalizeSearchText(c.clientName) },
  ]);
}

export async function indexJobOrder(
  db: Db,
  j: { firmId: string; id: string; title: string; clientName: string },
) {
  await replaceTerms(db, j.firmId, 'job_order', j.id, [
    { kind: 'title', term: normalizeSearchText(j.title) },
    { kind: 'company', term: normalizeSearchText(j.clientName) },
  ]);
}
