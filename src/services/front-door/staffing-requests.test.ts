import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, testClock } from '../../../test/clock.ts';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import {
  buildClient,
  buildContact,
  buildWorld,
  postKey,
  publicFirm,
  unique,
  type World,
} from '../../../test/factories.ts';
import { findClient } from '../../store/clients.ts';
import { findJobOrder } from '../../store/job-orders.ts';
import { timeline } from '../../store/touchpoints.ts';
import { listMessages } from '../messaging/boxes.ts';
import { workQueue } from '../standards/work-queue.ts';
import { receiveStaffingRequest, type StaffingRequestInput } from './staffing-requests.ts';

let store: TestStore;
let w: World;
// A Monday morning in Boston: the two business hours run within the day.
const clock = testClock('2026-11-23T14:00:00Z');

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store, clock);
});
afterAll(() => store.close());

const request = (overrides: Partial<StaffingRequestInput> = {}): StaffingRequestInput => ({
  firm: publicFirm(w),
  company: `Northwind Logistics ${unique()}`,
  contact: {
    firstName: 'Pat',
    lastName: 'Kim',
    email: `pat.${unique()}@northwind.example`,
    phone: '617-555-0100',
  },
  position: 'Warehouse associate',
  openings: 3,
  type: 'temp',
  startDate: '2026-12-01',
  city: 'Everett',
  rateMin: 18,
  rateMax: 21,
  notes: 'Forklift experience a plus',
  attribution: { utmSource: 'facebook', utmMedium: 'social' },
  idempotencyKey: postKey('staff'),
  ownHost: null,
  ...overrides,
});

describe('a staffing request from the public form', () => {
  it('creates the company and contact, opens a requested job order, tells the branch managers and confirms', async () => {
    const out = await receiveStaffingRequest(w.ctx, request());
    expect(out.newClient).toBe(true);
    const order = await findJobOrder(store.db, w.firmId, out.jobOrderId);
    expect(order).toMatchObject({
      status: 'requested',
      published: false,
      openings: 3,
      title: 'Warehouse associate',
      request: { rateMin: 18, rateMax: 21, notes: 'Forklift experience a plus' },
    });
    const client = await findClient(store.db, w.firmId, out.clientId);
    expect(client).toMatchObject({ status: 'prospect', source: 'social_media' });
    // No account manager yet: the branch's manager is told.
    expect(out.notified).toEqual([w.manager.userId]);
    const steps = (await timeline(store.db, w.firmId, { clientId: out.clientId }, { limit: 10 })).map((t) => [
      t.activity,
      t.channel,
      t.actorType,
    ]);
    expect(steps).toContainEqual(['staffing_request', 'form', 'subject']);
    expect(steps).toContainEqual(['heard_of_us', 'form', 'subject']);
    // A mail to a member of staff is theirs to see: the manager's list holds both.
    const mail = await listMessages(w.ctx, w.manager, { box: 'outbox', page: 1, pageSize: 100 });
    expect(
      mail.items
        .filter((m) => m.topic === `request:${out.jobOrderId}`)
        .map((m) => m.kind)
        .sort(),
    ).toEqual(['confirmation', 'notice']);
  });

  it('matches the company through a known contact’s email, tells its account manager, and starts the response standard', async () => {
    const client = await buildClient(w, { ownerId: w.accountManager.userId });
    const contact = await buildContact(w, client.id);
    const email = contact.emails[0]!.address.toUpperCase();
    const out = await receiveStaffingRequest(
      w.ctx,
      request({
        company: 'a name they spell differently',
        contact: { firstName: 'X', lastName: 'Y', email },
      }),
    );
    expect(out).toMatchObject({ clientId: client.id, contactId: contact.id, newClient: false });
    expect(out.notified).toEqual([w.accountManager.userId]);
    clock.advance(3 * HOUR);
    const queue = await workQueue(w.ctx, w.accountManager, {});
    expect(queue.items.find((i) => i.subject?.id === client.id)).toMatchObject({
      standardKey: 'staffing_request_response',
      state: 'overdue',
    });
  });

  it('returns the first outcome for a retried post and refuses an upside-down rate range', async () => {
    const r = request();
    const first = await receiveStaffingRequest(w.ctx, r);
    expect(await receiveStaffingRequest(w.ctx, r)).toEqual({ ...first, replayed: true });
    await expect(receiveStaffingRequest(w.ctx, request({ rateMin: 30, rateMax: 20 }))).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'rateMax' }],
    });
  });
});
