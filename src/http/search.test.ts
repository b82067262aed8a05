import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  buildCandidate,
  buildClient,
  buildContact,
  buildJobOrder,
  buildWorld,
  type World,
} from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';

let store: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  app = await testApp((await buildWorld(store)).ctx);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

/** A firm with a few people, companies and orders to find. */
async function firm() {
  const w: World = await buildWorld(store);
  const rec: Client = await signIn(app, w.recruiter);
  const maria = await buildCandidate(w, {
    firstName: 'María',
    lastName: 'Gonzalez-Ortiz',
    emails: [{ address: 'maria.gonzalez@mail.example' }],
    phones: [{ number: '(617) 555-0142' }],
    skills: [{ name: 'Forklift' }, { name: 'Reach truck' }],
    headline: '100% reliable picker',
  });
  const tom = await buildCandidate(w, {
    firstName: 'Tom',
    lastName: 'Baker',
    emails: [{ address: 'tom_baker@mail.example' }],
    phones: [{ number: '508-555-2299' }],
    skills: [{ name: 'Welding' }],
  });
  await rec.post(`/api/candidates/${tom.id}/employment`, {
    employer: 'Granite State Fabrication',
    title: 'Welder',
  });
  const client = await buildClient(w, { name: 'Keystone Kitchens', phone: '781-555-0100' });
  const contact = await buildContact(w, client.id, {
    firstName: 'Maria',
    lastName: 'Lindqvist',
    emails: [{ address: 'm.lindqvist@keystone.example' }],
  });
  const order = await buildJobOrder(w, { clientId: client.id, title: 'Line cook' });
  return { w, rec, maria, tom, client, contact, order };
}

const hits = async (c: Client, q: string, extra = '') => {
  const res = await c.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status, q).toBe(200);
  return res.body.items as any[];
};
const found = async (c: Client, q: string, extra = '') =>
  (await hits(c, q, extra)).map((h) => `${h.type}:${h.title}:${h.matchedOn}`);

describe('GET /api/search', () => {
  it('finds people by any part of the name, accents and case aside', async () => {
    const { rec, maria, contact } = await firm();
    const res = await hits(rec, 'gonzal');
    expect(res).toEqual([
      {
        type: 'candidate',
        id: maria.id,
        title: 'María Gonzalez-Ortiz',
        subtitle: '100% reliable picker · Boston · (617) 555-0142',
        matchedOn: 'name',
        matched: 'maria gonzalez-ortiz',
        clientId: null,
      },
    ]);
    expect(await found(rec, 'ORTIZ')).toEqual(['candidate:María Gonzalez-Ortiz:name']);
    // "maria" finds the candidate (written María) and the contact.
    expect((await hits(rec, 'maria')).map((h) => h.id).sort()).toEqual([maria.id, contact.id].sort());
  });

  it('finds by email, whole or in part', async () => {
    const { rec, contact } = await firm();
    expect(await found(rec, 'maria.gonzalez@mail.example')).toEqual(['candidate:María Gonzalez-Ortiz:email']);
    expect(await found(rec, 'lindqvist@keystone')).toEqual(['contact:Maria Lindqvist:email']);
    expect((await hits(rec, 'keystone.example'))[0].id).toBe(contact.id);
  });

  it('finds by phone, whatever the format, and by part of the number', async () => {
    const { rec, maria, client } = await firm();
    for (const q of ['(617) 555-0142', '617.555.0142', '6175550142', '+1 617 555 0142', '1-617-555-0142']) {
      const res = await hits(rec, q);
      expect(
        res.map((h) => [h.id, h.matchedOn, h.matched]),
        q,
      ).toEqual([[maria.id, 'phone', '6175550142']]);
    }
    expect((await hits(rec, '555-01')).map((h) => h.id).sort()).toEqual([maria.id, client.id].sort());
    expect(await found(rec, '555 2299')).toEqual(['candidate:Tom Baker:phone']);
    expect(await found(rec, '(781)')).toEqual(['client:Keystone Kitchens:phone']);
  });

  it('finds by skill, past employer, company name and job title', async () => {
    const { rec, contact, order, client } = await firm();
    expect(await found(rec, 'reach tru')).toEqual(['candidate:María Gonzalez-Ortiz:skill']);
    expect(await found(rec, 'weld')).toEqual(['candidate:Tom Baker:skill']);
    expect(await found(rec, 'granite state')).toEqual(['candidate:Tom Baker:employer']);
    const keystone = await hits(rec, 'keystone kitch');
    expect(keystone.map((h) => [h.type, h.id, h.matchedOn]).sort()).toEqual(
      [
        ['client', client.id, 'company'],
        ['contact', contact.id, 'company'],
        ['job_order', order.id, 'company'],
      ].sort(),
    );
    expect(keystone.find((h) => h.type === 'job_order').subtitle).toBe('Keystone Kitchens · Boston · open');
    // Contacts and job orders name the client whose page they live on; clients and candidates name none.
    expect(Object.fromEntries(keystone.map((h) => [h.type, h.clientId]))).toEqual({
      client: null,
      contact: client.id,
      job_order: client.id,
    });
    expect(await found(rec, 'line cook')).toEqual(['job_order:Line cook:title']);
  });

  it('needs every word to match, in any of the record’s terms', async () => {
    const { rec, maria } = await firm();
    expect((await hits(rec, 'maria forklift')).map((h) => h.id)).toEqual([maria.id]);
    expect(await hits(rec, 'maria welding')).toEqual([]);
    expect((await hits(rec, 'baker granite')).map((h) => h.title)).toEqual(['Tom Baker']);
    expect((await hits(rec, 'maria keystone')).map((h) => h.type)).toEqual(['contact']);
  });

  it('filters by type and honours the limit', async () => {
    const { w, rec } = await firm();
    expect(await found(rec, 'keystone', '&type=contact')).toEqual(['contact:Maria Lindqvist:company']);
    expect(await found(rec, 'keystone', '&type=job_order')).toEqual(['job_order:Line cook:company']);
    expect(await hits(rec, 'keystone', '&type=candidate')).toEqual([]);
    for (let i = 0; i < 4; i++) await buildCandidate(w, { firstName: 'Quentin', lastName: `Limit${i}` });
    expect(await hits(rec, 'quentin', '&limit=3')).toHaveLength(3);
    expect(await hits(rec, 'quentin')).toHaveLength(4);
    expect((await rec.get('/api/search?q=quentin&limit=51')).status).toBe(400);
    expect((await rec.get('/api/search?q=quentin&type=user')).status).toBe(400);
  });

  it('matches LIKE wildcards literally', async () => {
    const { rec, maria, tom } = await firm();
    expect((await hits(rec, '%')).map((h) => h.id)).toEqual([maria.id]);
    expect((await hits(rec, '100%')).map((h) => h.id)).toEqual([maria.id]);
    expect((await hits(rec, '_')).map((h) => h.id)).toEqual([tom.id]);
    expect(await hits(rec, 'tom%baker')).toEqual([]);
    expect(await hits(rec, 'm_ria')).toEqual([]);
    expect(await hits(rec, '\\')).toEqual([]);
  });

  it('refuses an empty query (400) and a query over 100 characters', async () => {
    const { rec } = await firm();
    for (const url of ['/api/search', '/api/search?q=', '/api/search?q=%20%20%20']) {
      const res = await rec.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.issues[0].path).toBe('query.q');
    }
    expect((await rec.get(`/api/search?q=${'a'.repeat(101)}`)).status).toBe(400);
  });

  it('shows another firm nothing', async () => {
    const { maria, client } = await firm();
    const outsider = await buildWorld(store);
    const them = await signIn(app, outsider.admin);
    for (const q of ['maria', '617 555 0142', 'keystone', 'forklift', 'granite']) {
      const res = await hits(them, q);
      expect(res, q).toEqual([]);
    }
    const mine = await buildCandidate(outsider, { firstName: 'Maria', lastName: 'Outsider' });
    const res = await hits(them, 'maria');
    expect(res.map((h) => h.id)).toEqual([mine.id]);
    expect(JSON.stringify(res)).not.toContain(maria.id);
    expect(JSON.stringify(res)).not.toContain(client.id);
  });
});
