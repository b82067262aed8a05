import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  buildCandidate,
  buildClient,
  buildContact,
  buildJobOrder,
  buildPlacement,
  buildSubmission,
  buildWorld,
  candidateInput,
  type World,
} from '../../test/factories.ts';
import { type Client, signIn, testApp } from '../../test/http.ts';
import {
  assessments,
  candidates,
  checkIns,
  clients,
  contacts,
  employmentHistory,
  interviews,
  jobOrders,
  placements,
  searchTerms,
  submissions,
  touchpoints,
  users,
} from '../store/schema/index.ts';

let store: TestStore;
let app: FastifyInstance;
let w: World;
let admin: Client;
/** Records every case below aims at (created once; no case may change them). */
let f: {
  candidate: Awaited<ReturnType<typeof buildCandidate>>;
  other: Awaited<ReturnType<typeof buildCandidate>>;
  client: Awaited<ReturnType<typeof buildClient>>;
  contact: Awaited<ReturnType<typeof buildContact>>;
  order: Awaited<ReturnType<typeof buildJobOrder>>;
  placed: Awaited<ReturnType<typeof buildSubmission>>;
  waiting: Awaited<ReturnType<typeof buildSubmission>>;
  placement: Awaited<ReturnType<typeof buildPlacement>>;
};

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  app = await testApp(w.ctx);
  admin = await signIn(app, w.admin);
  const candidate = await buildCandidate(w, { emails: [{ address: `taken.${Date.now()}@mail.example` }] });
  const other = await buildCandidate(w);
  const client = await buildClient(w);
  const contact = await buildContact(w, client.id);
  const order = await buildJobOrder(w, { clientId: client.id, openings: 5 });
  const placed = await buildSubmission(w, candidate.id, order.id);
  const waiting = await buildSubmission(w, other.id, order.id);
  const placement = await buildPlacement(w, placed.id, '2026-11-02');
  f = { candidate, other, client, contact, order, placed, waiting, placement };
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const counted = {
  candidates,
  employmentHistory,
  clients,
  contacts,
  jobOrders,
  submissions,
  interviews,
  assessments,
  placements,
  checkIns,
  touchpoints,
  users,
  searchTerms,
};
const versioned = {
  candidates,
  employmentHistory,
  clients,
  contacts,
  jobOrders,
  submissions,
  interviews,
  placements,
  users,
};

/** Row counts of every record table and the sum of every version column, in one query. */
async function snapshot(): Promise<Record<string, unknown>> {
  const parts = [
    ...Object.entries(counted).map(
      ([name, t]) => sql`(select count(*) from ${t})::int as ${sql.identifier(name)}`,
    ),
    ...Object.entries(versioned).map(
      ([name, t]) =>
        sql`(select coalesce(sum(${t.version}), 0) from ${t})::int as ${sql.identifier(`${name}Versions`)}`,
    ),
  ];
  const result: any = await store.db.execute(sql`select ${sql.join(parts, sql`, `)}`);
  return result.rows[0];
}

/** Runs `fn` and asserts that no record was added, removed or changed. */
async function unchanged(fn: () => Promise<void>) {
  const before = await snapshot();
  // The fixtures are there, so a count that moves would show.
  expect(Object.keys(before)).toHaveLength(Object.keys(counted).length + Object.keys(versioned).length);
  expect(before.candidates).toBeGreaterThanOrEqual(2);
  expect(before.candidatesVersions).toBeGreaterThan(0);
  await fn();
  expect(await snapshot()).toEqual(before);
}

const long = (n: number) => 'x'.repeat(n);

interface WriteCase {
  route: string;
  method: 'POST' | 'PATCH';
  url: () => string;
  /** A body that would pass validation (it may still be refused by the use case). */
  body: () => Record<string, unknown>;
  wrongTypes: [path: string, patch: Record<string, unknown>][];
  /** A text field made one character too long (none for routes without free text). */
  tooLong: [path: string, patch: Record<string, unknown>] | null;
  /** A text field, to send a NUL character in. */
  text: string;
  /** Fields no client may send here: protected columns, or fields of another route. */
  unknown: string[];
}

const cases: WriteCase[] = [
  {
    route: 'createCandidate',
    method: 'POST',
    url: () => '/api/candidates',
    body: () => ({ firstName: 'Bad', lastName: 'Input', emails: [{ address: 'bad.input@mail.example' }] }),
    wrongTypes: [
      ['firstName', { firstName: 42 }],
      ['skills.0.years', { skills: [{ name: 'Forklift', years: 'three' }] }],
      ['emails.0.address', { emails: [{ address: 'not-an-email' }] }],
      ['desiredPay', { desiredPay: -5 }],
    ],
    tooLong: ['lastName', { lastName: long(101) }],
    text: 'lastName',
    unknown: ['firmId', 'id', 'createdBy', 'role', 'version', 'status', 'createdAt'],
  },
  {
    route: 'updateCandidate',
    method: 'PATCH',
    url: () => `/api/candidates/${f.candidate.id}`,
    body: () => ({ version: f.candidate.version, city: 'Lynn' }),
    wrongTypes: [
      ['version', { version: '1' }],
      ['availableFrom', { availableFrom: '31/12/2026' }],
      ['status', { status: 'hired' }],
    ],
    tooLong: ['city', { city: long(101) }],
    text: 'city',
    unknown: ['firmId', 'id', 'createdBy', 'createdAt', 'role', 'firstHeardOn'],
  },
  {
    route: 'createClient',
    method: 'POST',
    url: () => '/api/clients',
    body: () => ({ name: 'Bad Input Co' }),
    wrongTypes: [
      ['industry', { industry: 5 }],
      ['phone', { phone: 'call me' }],
    ],
    tooLong: ['name', { name: long(161) }],
    text: 'name',
    unknown: ['firmId', 'id', 'createdBy', 'version', 'role'],
  },
  {
    route: 'updateClient',
    method: 'PATCH',
    url: () => `/api/clients/${f.client.id}`,
    body: () => ({ version: 1, notes: 'x' }),
    wrongTypes: [['notes', { notes: { text: 'x' } }]],
    tooLong: ['notes', { notes: long(10_001) }],
    text: 'notes',
    unknown: ['firmId', 'id', 'createdBy', 'firstHeardOn'],
  },
  {
    route: 'createContact',
    method: 'POST',
    url: () => `/api/clients/${f.client.id}/contacts`,
    body: () => ({ firstName: 'Bad', lastName: 'Input' }),
    wrongTypes: [
      ['emails.0.address', { emails: [{ address: 7 }] }],
      ['role', { role: 'boss' }],
    ],
    tooLong: ['title', { title: long(121) }],
    text: 'title',
    unknown: ['firmId', 'clientId', 'id', 'version', 'active'],
  },
  {
    route: 'updateContact',
    method: 'PATCH',
    url: () => `/api/contacts/${f.contact.id}`,
    body: () => ({ version: 1, title: 'Boss' }),
    wrongTypes: [['active', { active: 'yes' }]],
    tooLong: ['notes', { notes: long(5001) }],
    text: 'notes',
    unknown: ['clientId', 'firmId', 'id'],
  },
  {
    route: 'createJobOrder',
    method: 'POST',
    url: () => '/api/job-orders',
    body: () => ({ clientId: f.client.id, title: 'Bad input', type: 'temp', openings: 1 }),
    wrongTypes: [
      ['openings', { openings: '3' }],
      ['openings', { openings: 1.5 }],
      ['payRate', { payRate: 12.345 }],
      ['requiredSkills.1', { requiredSkills: ['ok', 3] }],
    ],
    tooLong: ['title', { title: long(161) }],
    text: 'title',
    unknown: ['firmId', 'id', 'createdBy', 'filled', 'version', 'closedAt'],
  },
  {
    route: 'updateJobOrder',
    method: 'PATCH',
    url: () => `/api/job-orders/${f.order.id}`,
    body: () => ({ version: 1, title: 'Renamed' }),
    wrongTypes: [
      ['payRate', { payRate: '20' }],
      ['status', { status: 'closed' }],
    ],
    tooLong: ['description', { description: long(20_001) }],
    text: 'description',
    unknown: ['clientId', 'firmId', 'filled'],
  },
  {
    route: 'createSubmission',
    method: 'POST',
    url: () => '/api/submissions',
    body: () => ({ candidateId: f.other.id, jobOrderId: f.order.id }),
    wrongTypes: [
      ['candidateId', { candidateId: 12 }],
      ['status', { status: 'placed' }],
    ],
    tooLong: ['notes', { notes: long(5001) }],
    text: 'notes',
    unknown: ['firmId', 'createdBy', 'placementId', 'version', 'submittedAt'],
  },
  {
    route: 'updateSubmission',
    method: 'PATCH',
    url: () => `/api/submissions/${f.waiting.id}`,
    body: () => ({ version: 1, status: 'client_interview' }),
    wrongTypes: [['status', { status: true }]],
    tooLong: ['notes', { notes: long(5001) }],
    text: 'notes',
    unknown: ['candidateId', 'jobOrderId', 'firmId'],
  },
  {
    route: 'createPlacement',
    method: 'POST',
    url: () => '/api/placements',
    body: () => ({ submissionId: f.waiting.id, startDate: '2026-11-09' }),
    wrongTypes: [
      ['startDate', { startDate: 20261109 }],
      ['jobOrderVersion', { jobOrderVersion: 0 }],
    ],
    tooLong: null,
    text: 'rateUnit',
    unknown: ['candidateId', 'status', 'firmId', 'createdBy'],
  },
  {
    route: 'endPlacement',
    method: 'POST',
    url: () => `/api/placements/${f.placement.id}/end`,
    body: () => ({ version: 1, endedOn: '2026-11-10', endReason: 'completed' }),
    wrongTypes: [['endReason', { endReason: 1 }]],
    tooLong: ['endNotes', { endNotes: long(5001) }],
    text: 'endNotes',
    unknown: ['status', 'firmId'],
  },
  {
    route: 'logTouchpoint',
    method: 'POST',
    url: () => '/api/touchpoints',
    body: () => ({ subjectType: 'candidate', subjectId: f.candidate.id, channel: 'call', summary: 'Hi' }),
    wrongTypes: [
      ['subjectId', { subjectId: 5 }],
      ['occurredAt', { occurredAt: 'yesterday' }],
      ['channel', { channel: 'system' }],
    ],
    tooLong: ['summary', { summary: long(5001) }],
    text: 'summary',
    unknown: ['actorUserId', 'actorType', 'firmId', 'id', 'recordedAt', 'voidsId', 'actorName'],
  },
  {
    route: 'createUser',
    method: 'POST',
    url: () => '/api/users',
    body: () => ({
      name: 'Bad Input',
      email: 'bad.input.user@staff.example',
      role: 'recruiter',
      branchId: w.branchA,
      password: 'Harbor-Lantern-Quiet-7',
    }),
    wrongTypes: [
      ['role', { role: 1 }],
      ['role', { role: 'owner' }],
      ['branchId', { branchId: 'boston' }],
    ],
    tooLong: ['name', { name: long(101) }],
    text: 'name',
    unknown: ['firmId', 'id', 'active', 'version', 'passwordHash'],
  },
  {
    route: 'updateUser',
    method: 'PATCH',
    url: () => `/api/users/${w.recruiter.userId}`,
    body: () => ({ version: 1, name: 'Renamed' }),
    wrongTypes: [['active', { active: 'false' }]],
    tooLong: ['name', { name: long(101) }],
    text: 'name',
    unknown: ['email', 'password', 'firmId', 'passwordHash'],
  },
];

const issuePaths = (res: { body: any }) => (res.body.error.issues ?? []).map((i: any) => i.path);

describe.each(cases)('$method $route', (c) => {
  it('refuses malformed JSON (400 malformed_request)', async () => {
    await unchanged(async () => {
      for (const raw of ['{"firstName": ', '{bad json}', "{'a': 1}", '{"a":1}}']) {
        const res = await admin.request(c.method, c.url(), raw, { 'content-type': 'application/json' });
        expect(res.status, raw).toBe(400);
        expect(res.body.error.code).toBe('malformed_request');
      }
      const empty = await admin.request(c.method, c.url(), '', { 'content-type': 'application/json' });
      expect(empty.status).toBe(400);
      expect(empty.body.error.code).toBe('malformed_request');
      for (const body of [[], 'a string', 42, null]) {
        const res = await admin.request(c.method, c.url(), JSON.stringify(body), {
          'content-type': 'application/json',
        });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.code).toBe('validation');
      }
    });
  });

  it('refuses wrong types with 400 naming the field', async () => {
    await unchanged(async () => {
      for (const [path, patch] of c.wrongTypes) {
        const res = await admin.request(c.method, c.url(), { ...c.body(), ...patch });
        expect(res.status, path).toBe(400);
        expect(res.body.error.code).toBe('validation');
        expect(issuePaths(res), path).toContain(path);
      }
    });
  });

  it('refuses unknown and protected fields with 400 "Unknown field", naming each', async () => {
    await unchanged(async () => {
      const extra = Object.fromEntries(c.unknown.map((k) => [k, k === 'version' ? 1 : 'x']));
      const res = await admin.request(c.method, c.url(), { ...c.body(), ...extra });
      expect(res.status).toBe(400);
      expect(res.body.error.issues).toEqual(c.unknown.map((path) => ({ path, message: 'Unknown field' })));
      for (const key of c.unknown) {
        const one = await admin.request(c.method, c.url(), { ...c.body(), [key]: w.firmId });
        expect(one.status, key).toBe(400);
        expect(one.body.error.issues, key).toEqual([{ path: key, message: 'Unknown field' }]);
      }
    });
  });

  it('refuses a body that is not JSON (415) and one over 1 MiB (413)', async () => {
    await unchanged(async () => {
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/xml',
        'multipart/form-data',
      ]) {
        const res = await admin.request(c.method, c.url(), 'a=1', { 'content-type': type });
        expect(res.status, type).toBe(415);
        expect(res.body.error.code).toBe('unsupported_media_type');
      }
      const big = JSON.stringify({ ...c.body(), padding: long(1024 * 1024) });
      const res = await admin.request(c.method, c.url(), big, { 'content-type': 'application/json' });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
    });
  });

  it('refuses text with a NUL character (400), which the database cannot store', async () => {
    await unchanged(async () => {
      const res = await admin.request(c.method, c.url(), { ...c.body(), [c.text]: `a\u0000b` });
      expect(res.status).toBe(400);
      expect(issuePaths(res)).toEqual([c.text]);
      const nested = await admin.request(c.method, c.url(), {
        ...c.body(),
        [c.text]: 'ok',
        zz: { deep: ['\u0000'] },
      });
      expect(nested.status).toBe(400);
      expect(issuePaths(nested)).toEqual(['zz.deep.0']);
    });
  });
});

describe.each(cases.filter((c) => c.tooLong !== null))('$method $route', (c) => {
  it('refuses over-long text with 400 naming the field', async () => {
    await unchanged(async () => {
      const [path, patch] = c.tooLong!;
      const res = await admin.request(c.method, c.url(), { ...c.body(), ...patch });
      expect(res.status).toBe(400);
      expect(issuePaths(res)).toEqual([path]);
    });
  });
});

describe('conflicts', () => {
  it('refuses duplicate unique values with 409 and changes nothing', async () => {
    await unchanged(async () => {
      const dupEmail = await admin.post(
        '/api/candidates',
        candidateInput({ emails: [{ address: f.candidate.emails[0]!.address.toUpperCase() }] }),
      );
      expect(dupEmail.status).toBe(409);
      expect(issuePaths(dupEmail)).toEqual(['emails.0.address']);
      const dupUser = await admin.post('/api/users', {
        name: 'Dup',
        email: w.recruiter.email,
        role: 'recruiter',
        branchId: w.branchA,
        password: 'Harbor-Lantern-Quiet-7',
      });
      expect(dupUser.status).toBe(409);
      expect(issuePaths(dupUser)).toEqual(['email']);
      const dupSubmission = await admin.post('/api/submissions', {
        candidateId: f.candidate.id,
        jobOrderId: f.order.id,
      });
      expect(dupSubmission.status).toBe(409);
      expect(issuePaths(dupSubmission)).toEqual(['candidateId']);
      const dupPlacement = await admin.post('/api/placements', {
        submissionId: f.placed.id,
        startDate: '2026-11-09',
      });
      expect(dupPlacement.status).toBe(409);
    });
  });

  it('refuses stale versions with 409 and keeps the record as it was', async () => {
    await unchanged(async () => {
      const stale: [string, string, Record<string, unknown>][] = [
        ['PATCH', `/api/candidates/${f.candidate.id}`, { version: 99, city: 'Stale' }],
        ['PATCH', `/api/clients/${f.client.id}`, { version: 99, city: 'Stale' }],
        ['PATCH', `/api/contacts/${f.contact.id}`, { version: 99, title: 'Stale' }],
        ['PATCH', `/api/job-orders/${f.order.id}`, { version: 99, title: 'Stale' }],
        ['PATCH', `/api/submissions/${f.waiting.id}`, { version: 99, status: 'rejected' }],
        [
          'POST',
          `/api/placements/${f.placement.id}/end`,
          { version: 99, endedOn: '2026-11-10', endReason: 'other' },
        ],
        ['PATCH', `/api/users/${w.recruiter.userId}`, { version: 99, name: 'Stale' }],
        [
          'POST',
          '/api/placements',
          { submissionId: f.waiting.id, startDate: '2026-11-09', jobOrderVersion: 99 },
        ],
      ];
      for (const [method, url, body] of stale) {
        const res = await admin.request(method as 'POST', url, body);
        expect(res.status, url).toBe(409);
        expect(res.body.error.code, url).toBe('conflict_version');
      }
    });
  });
});

describe('paths and routes', () => {
  it('refuses a malformed id in the path with 400 naming it', async () => {
    await unchanged(async () => {
      const requests: [string, string, unknown][] = [
        ['GET', '/api/candidates/not-a-uuid', undefined],
        ['GET', `/api/candidates/${f.candidate.id.toUpperCase().replace(/-/g, '')}`, undefined],
        ['PATCH', '/api/clients/123', { version: 1 }],
        ['POST', '/api/placements/nope/end', { version: 1, endedOn: '2026-11-10', endReason: 'other' }],
        ['DELETE', `/api/candidates/${f.candidate.id}/employment/bad`, undefined],
        ['GET', "/api/job-orders/1'%20or%20'1'='1", undefined],
      ];
      for (const [method, url, body] of requests) {
        const res = await admin.request(method as 'GET', url, body);
        expect(res.status, url).toBe(400);
        expect(issuePaths(res)[0], url).toMatch(/^params\./);
      }
      for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999']) {
        const res = await admin.post(`/api/touchpoints/${id}/void`, { reason: 'x' });
        expect(res.status, id).toBe(400);
        expect([...new Set(issuePaths(res))]).toEqual(['params.id']);
      }
    });
  });

  it('refuses bodies nested deeper than any form with 400, not a stack overflow', async () => {
    await unchanged(async () => {
      const depth = 200_000;
      for (const raw of [
        `${'['.repeat(depth)}${']'.repeat(depth)}`,
        `{"firstName":"a","lastName":"b","skills":${'['.repeat(depth)}${']'.repeat(depth)}}`,
        `{"firstName":"a","lastName":"b","notes":${'{"a":'.repeat(depth / 4)}1${'}'.repeat(depth / 4)}}`,
      ]) {
        const res = await admin.request('POST', '/api/candidates', raw, {
          'content-type': 'application/json',
        });
        expect(res.status).toBe(400);
      }
    });
  });

  it('answers an unknown route or method with a 404 in JSON', async () => {
    const requests: [string, string][] = [
      ['GET', '/api/nothing-here'],
      ['POST', '/api/candidates/x/y/z'],
      ['DELETE', '/api/candidates'],
      ['GET', '/api'],
    ];
    for (const [method, url] of requests) {
      const res = await admin.request(method as 'GET', url);
      expect(res.status, url).toBe(404);
      expect(res.body).toEqual({ error: { code: 'not_found', message: 'No such endpoint' } });
      expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
    }
  });

  it('refuses unknown, repeated or out-of-range query parameters with 400', async () => {
    for (const url of [
      '/api/candidates?foo=1',
      '/api/candidates?status=new&status=active',
      '/api/candidates?sort=lastName;drop table candidates',
      '/api/clients?order=sideways',
      '/api/job-orders?pageSize=1000',
      '/api/contacts?page=-1',
      '/api/touchpoints?before=0',
      `/api/candidates?q=${long(101)}`,
    ]) {
      const res = await admin.get(url);
      expect(res.status, url).toBe(400);
      expect(issuePaths(res)[0], url).toMatch(/^query\./);
    }
  });

  it('refuses years a date column cannot hold and scores the column cannot hold (400, not 500)', async () => {
    await unchanged(async () => {
      const requests: [string, Record<string, unknown>, string][] = [
        ['/api/candidates', { ...candidateInput(), availableFrom: '0000-01-01' }, 'availableFrom'],
        [
          '/api/touchpoints',
          {
            subjectType: 'candidate',
            subjectId: f.candidate.id,
            channel: 'call',
            summary: 'x',
            occurredAt: '0001-01-01T00:00:00Z',
          },
          'occurredAt',
        ],
        [
          '/api/interviews',
          { candidateId: f.candidate.id, kind: 'screening', scheduledAt: '9999-12-31T23:59:59-14:00' },
          'scheduledAt',
        ],
        [
          '/api/assessments',
          {
            candidateId: f.candidate.id,
            name: 'Big',
            takenOn: '2026-01-01',
            score: 1_000_000,
            maxScore: 1_000_000,
          },
          'score',
        ],
        ['/api/clients', { name: 'Old Co', firstHeardOn: '0000-01-01' }, 'firstHeardOn'],
      ];
      for (const [url, body, path] of requests) {
        const res = await admin.post(url, body);
        expect(res.status, path).toBe(400);
        expect(issuePaths(res), path).toContain(path);
      }
    });
  });
});

describe('fuzz: random values of random types in every field', () => {
  // Any JSON value a client could send: text in any script (NUL and lone surrogates too), numbers of any size,
  // dates of any year, ids, nested arrays and objects.
  const anyValue = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.string({ maxLength: 200 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.uuid(),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  );
  /** Each field keeps its valid value, gets a random one, or is left out. */
  const fuzzed = (valid: Record<string, unknown>) =>
    fc.record(
      Object.fromEntries(
        Object.entries(valid).map(([k, v]) => [
          k,
          fc.oneof(fc.constant(v), anyValue, fc.constant(undefined)),
        ]),
      ),
    );

  const targets: [string, 'POST' | 'PATCH', () => string, () => Record<string, unknown>][] = [
    [
      'create candidate',
      'POST',
      () => '/api/candidates',
      () => ({
        firstName: 'Fuzz',
        lastName: 'Case',
        emails: [{ address: 'fuzz@mail.example' }],
        phones: [{ number: '617-555-0100' }],
        skills: [{ name: 'Forklift', years: 2 }],
        availableFrom: '2026-12-01',
        desiredPay: 20,
        source: 'referral',
        ownerId: w.recruiter.userId,
      }),
    ],
    [
      'log touchpoint',
      'POST',
      () => '/api/touchpoints',
      () => ({
        subjectType: 'client',
        subjectId: f.client.id,
        contactId: f.contact.id,
        channel: 'call',
        summary: 'Fuzz',
        jobOrderId: f.order.id,
        occurredAt: '2026-11-01T10:00:00Z',
      }),
    ],
    [
      'update job order',
      'PATCH',
      () => `/api/job-orders/${f.order.id}`,
      () => ({
        version: 1,
        openings: 4,
        payRate: 20,
        startDate: '2026-12-01',
        status: 'on_hold',
        contactId: f.contact.id,
        requiredSkills: ['Forklift'],
      }),
    ],
    [
      'create placement',
      'POST',
      () => '/api/placements',
      () => ({
        submissionId: f.waiting.id,
        startDate: '2026-11-09',
        endDate: '2026-12-09',
        billRate: 30,
        rateUnit: 'hour',
        jobOrderVersion: 1,
      }),
    ],
    [
      'create interview',
      'POST',
      () => '/api/interviews',
      () => ({
        candidateId: f.other.id,
        submissionId: f.waiting.id,
        kind: 'client',
        scheduledAt: '2026-11-01T10:00:00Z',
        outcome: 'passed',
      }),
    ],
  ];

  it.each(targets)('%s never answers 5xx', async (_name, method, url, valid) => {
    await fc.assert(
      fc.asyncProperty(fuzzed(valid()), async (body) => {
        const res = await admin.request(method, url(), body);
        expect(res.status, JSON.stringify(body)).toBeLessThan(500);
        if (res.status >= 400) expect(Object.keys(res.body)).toEqual(['error']);
      }),
      { numRuns: 60 },
    );
  });

  it('list and search queries never answer 5xx', async () => {
    const param = fc.oneof(
      anyValue.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      fc.constantFrom('name', 'desc', '1', '0', '-1', '1e9'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/candidates',
          '/api/clients',
          '/api/contacts',
          '/api/job-orders',
          '/api/search',
          '/api/touchpoints',
        ),
        fc.dictionary(
          fc.constantFrom('q', 'sort', 'order', 'page', 'pageSize', 'status', 'before', 'limit', 'type'),
          param,
          {
            maxKeys: 4,
          },
        ),
        async (path, query) => {
          const qs = new URLSearchParams(query as Record<string, string>).toString();
          const res = await admin.get(`${path}?${qs}`);
          expect(res.status, `${path}?${qs}`).toBeLessThan(500);
        },
      ),
      { numRuns: 80 },
    );
  });
});
