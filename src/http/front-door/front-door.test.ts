/**
 * The public forms through the in-process app on the real test database: apply with a resume, one candidate for one
 * person, field errors that keep the input, the status page and its actions, the staffing request, the source of a
 * visit, and the abuse defences (disguised executables, external entities, oversized posts, the honeypot, rate
 * limits).
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/db.ts';
import { buildClient, buildJobOrder, buildWorld, unique, type World } from '../../../test/factories.ts';
import { testApp } from '../../../test/http.ts';
import type { ServiceContext } from '../../services/context.ts';
import { documentXml, makeDocx, makePdf } from '../../services/documents/document-fixtures.ts';
import { listMessages } from '../../services/messaging/boxes.ts';
import { forgetPublicFirm } from '../../services/public/firm.ts';
import { findCandidate } from '../../store/candidates.ts';
import { documentsOf } from '../../store/front-door.ts';
import { findJobOrder } from '../../store/job-orders.ts';
import { findByTerm } from '../../store/search.ts';

let store: TestStore;
let app: FastifyInstance;
let w: World;
let jobPath: string;

const PUBLIC_URL = 'https://jobs.harbor.test';

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  Object.assign(w.ctx, {
    transports: {
      email: null,
      sms: null,
      publicUrl: PUBLIC_URL,
      mailFrom: 'desk@harbor.test',
      replyTo: null,
    },
  } satisfies Partial<ServiceContext>);
  forgetPublicFirm(store);
  const client = await buildClient(w);
  const job = await buildJobOrder(w, {
    clientId: client.id,
    published: true,
    title: 'Picker packer',
    city: 'Lynn',
  });
  jobPath = `/careers/jobs/${job.id}/apply`;
  app = await testApp(w.ctx);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

let phoneSeq = 1000;
const formKey = () => `key${unique()}${Math.random().toString(36).slice(2)}`.padEnd(20, 'x');

function person(overrides: Record<string, string> = {}) {
  const u = unique();
  return {
    firstName: 'Rosa',
    lastName: `Diaz${u}`,
    email: `rosa.${u}@mail.example`,
    // Each applicant their own number: the same phone would (rightly) make them one person.
    phone: `(781) 55${String(++phoneSeq).padStart(5, '0').slice(0, 1)}-${String(phoneSeq).slice(-4)}`,
    privacy: 'yes',
    formKey: formKey(),
    ...overrides,
  };
}

/** Posts a multipart form as a browser does (fields, and a file if given). */
async function postForm(
  url: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array; type?: string; field?: string },
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file)
    form.set(
      file.field ?? 'resume',
      new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  const encoded = new Response(form);
  const res = await app.inject({
    method: 'POST',
    url,
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type')!, ...headers },
  });
  return res;
}

const candidatesWithEmail = (email: string) =>
  findByTerm(store.db, w.firmId, 'candidate', 'email', email.toLowerCase());

describe('applying on the careers site', () => {
  it('shows the form for an open job, takes the application with a PDF resume, and confirms by mail', async () => {
    const form = await app.inject({ method: 'GET', url: jobPath });
    expect(form.statusCode).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toContain('Apply: Picker packer');
    const key = /name="formKey" value="([^"]+)"/.exec(form.body)?.[1];
    expect(key).toBeTruthy();

    const p = person({ formKey: key!, city: 'Lynn', howHeard: 'referral' });
    const res = await postForm(jobPath, p, {
      name: 'Rosa resume.pdf',
      bytes: makePdf(['Rosa Diaz', 'Order picker, 4 years']),
      type: 'application/pdf',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('We have your application for Picker packer');
    const [id] = await candidatesWithEmail(p.email);
    const c = await findCandidate(store.db, w.firmId, id!);
    expect(c).toMatchObject({ source: 'referral', city: 'Lynn' });
    expect(c?.resumeText).toContain('Order picker, 4 years');
    const docs = await documentsOf(store.db, w.firmId, id!);
    expect(docs.map((d) => [d.filename, d.mediaType])).toEqual([['Rosa resume.pdf', 'application/pdf']]);
    const mail = await listMessages(w.ctx, w.admin, {
      box: 'outbox',
      candidateId: id!,
      page: 1,
      pageSize: 5,
    });
    expect(mail.items[0]?.body).toContain(`${PUBLIC_URL}/careers/status/`);

    // The same form posted again (a double click): the first outcome, nothing new.
    const again = await postForm(jobPath, p);
    expect(again.statusCode).toBe(200);
    expect(await candidatesWithEmail(p.email)).toHaveLength(1);
  });

  it('gives one candidate for the same person applying twice, email in other case and with spaces, phone formatted differently', async () => {
    const u = unique();
    const first = await postForm(
      jobPath,
      person({ email: `Kim.Lee${u}@Mail.example`, phone: '617-555-0177' }),
    );
    expect(first.statusCode).toBe(200);
    const second = await postForm(
      '/careers/register',
      person({ email: `  kim.lee${u}@mail.example  `, phone: '+1 (617) 555 0177', firstName: 'Kimberly' }),
    );
    expect(second.statusCode).toBe(200);
    expect(await candidatesWithEmail(`kim.lee${u}@mail.example`)).toHaveLength(1);
    expect(await findByTerm(store.db, w.firmId, 'candidate', 'phone', '6175550177')).toHaveLength(1);
  });

  it('answers bad input with every field’s message, keeping what was typed, and keeps nothing', async () => {
    const email = `not-an-address-${unique()}`;
    const res = await postForm(jobPath, {
      firstName: 'Al',
      lastName: '',
      email,
      phone: 'call me',
      formKey: formKey(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('There is a problem');
    expect(res.body).toContain('Enter your last name');
    expect(res.body).toContain('Enter an email address like name@example.com');
    expect(res.body).toContain('Enter a phone number');
    expect(res.body).toContain('Please accept the privacy notice to continue');
    expect(res.body).toContain(`value="${email}"`);
    expect(res.body).toContain('value="call me"');
  });

  it('404s a job that is not open, without saying why', async () => {
    const hidden = await buildJobOrder(w, { published: false });
    expect((await app.inject({ method: 'GET', url: `/careers/jobs/${hidden.id}/apply` })).statusCode).toBe(
      404,
    );
    const res = await postForm(`/careers/jobs/${hidden.id}/apply`, person());
    expect(res.statusCode).toBe(404);
  });
});

describe('uploads and abuse', () => {
  it('refuses a disguised executable, saying so under the resume field, and keeps nothing', async () => {
    const exe = new Uint8Array(readFileSync(process.execPath).subarray(0, 64 * 1024));
    const p = person();
    const res = await postForm(jobPath, p, { name: 'resume.pdf', bytes: exe, type: 'application/pdf' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="resume-error"');
    expect(res.body).toContain('not a PDF or Word');
    expect(await candidatesWithEmail(p.email)).toEqual([]);
  });

  it('refuses a .docx that declares an external entity, saying so under the resume field, and keeps nothing', async () => {
    const docx = makeDocx(
      documentXml(
        { raw: '<w:p><w:r><w:t>Hello &xxe;</w:t></w:r></w:p>' },
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      ),
    );
    const p = person();
    const res = await postForm(jobPath, p, { name: 'cv.docx', bytes: docx });
    expect(res.statusCode).toBe(400);
    // Refused for declaring it, before anything is read: the entity is never resolved.
    expect(res.body).toMatch(/id="resume-error">This Word document contains content we do not accept\.</);
    expect(await candidatesWithEmail(p.email)).toEqual([]);
  });

  it('answers an oversized post with 413 before it keeps anything', async () => {
    const p = person();
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    const res = await postForm(jobPath, p, { name: 'huge.pdf', bytes: big });
    expect(res.statusCode).toBe(413);
    expect(await candidatesWithEmail(p.email)).toEqual([]);
    const urlencoded = await app.inject({
      method: 'POST',
      url: '/employers/request',
      payload: `notes=${'x'.repeat(70 * 1024)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(urlencoded.statusCode).toBe(413);
  });

  it('thanks a robot that filled the honeypot and keeps nothing', async () => {
    const p = person({ website: 'http://spam.example' });
    const res = await postForm(jobPath, p);
    expect(res.statusCode).toBe(200);
    expect(await candidatesWithEmail(p.email)).toEqual([]);
  });

  it('limits posts per address with 429 and Retry-After', async () => {
    const strict = await testApp(w.ctx, { postsPerMinute: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await strict.inject({
          method: 'POST',
          url: '/careers/status',
          payload: `email=someone${i}@mail.example`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await strict.close();
    }
  });
});

describe('the status page over HTTP', () => {
  it('opens from the mailed link, takes availability and a document, withdraws, and never leaks the link', async () => {
    const p = person();
    expect((await postForm(jobPath, p)).statusCode).toBe(200);
    const [id] = await candidatesWithEmail(p.email);
    const mail = await listMessages(w.ctx, w.admin, {
      box: 'outbox',
      candidateId: id!,
      page: 1,
      pageSize: 5,
    });
    const path = new URL(/https:\/\/\S+\/careers\/status\/\S+/.exec(mail.items[0]!.body)![0]).pathname;
    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Application received');

    const availability = await app.inject({
      method: 'POST',
      url: `${path}/availability`,
      payload: 'availableFrom=2026-12-14&note=after+exams',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(availability.statusCode).toBe(303);
    expect((await findCandidate(store.db, w.firmId, id!))?.availableFrom).toBe('2026-12-14');

    const doc = await postForm(
      `${path}/documents`,
      {},
      { name: 'forklift-cert.pdf', bytes: makePdf(['Forklift certificate']), field: 'document' },
    );
    expect(doc.statusCode).toBe(303);
    expect((await documentsOf(store.db, w.firmId, id!)).map((d) => d.filename)).toContain(
      'forklift-cert.pdf',
    );

    const submissionId = /name="submissionId" value="([^"]+)"/.exec(page.body)?.[1];
    const withdraw = await app.inject({
      method: 'POST',
      url: `${path}/withdraw`,
      payload: `submissionId=${submissionId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(withdraw.statusCode).toBe(303);
    const after = await app.inject({ method: 'GET', url: withdraw.headers.location as string });
    expect(after.body).toContain('You have withdrawn from that job.');
    expect(after.body).toContain('Withdrawn');

    const bogus = await app.inject({ method: 'GET', url: `/careers/status/${'A'.repeat(32)}` });
    expect(bogus.statusCode).toBe(404);
    expect(bogus.body).toContain('has expired or is not valid');
  });
});

describe('an employer’s staffing request', () => {
  it('opens a requested order for the account manager and thanks the employer', async () => {
    const form = await app.inject({ method: 'GET', url: '/employers/request' });
    expect(form.statusCode).toBe(200);
    const company = `Bayside Foods ${unique()}`;
    const res = await app.inject({
      method: 'POST',
      url: '/employers/request',
      payload: new URLSearchParams({
        company,
        firstName: 'Lee',
        lastName: 'Park',
        email: `lee.${unique()}@bayside.example`,
        phone: '617 555 0199',
        position: 'Line cook',
        openings: '2',
        type: 'temp',
        city: 'Quincy',
        rateMin: '19',
        rateMax: '23.5',
        formKey: formKey(),
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('2 × Line cook');
    const [clientId] = await findByTerm(store.db, w.firmId, 'client', 'company', company.toLowerCase());
    expect(clientId).toBeTruthy();
    const notices = await listMessages(w.ctx, w.manager, { box: 'outbox', page: 1, pageSize: 50 });
    const notice = notices.items.find((m) => m.kind === 'notice' && m.subject?.includes(company));
    expect(notice?.body).toContain('Line cook');
    const orderId = /\/job-orders\/([0-9a-f-]{36})/.exec(notice!.body)![1]!;
    expect(await findJobOrder(store.db, w.firmId, orderId)).toMatchObject({
      status: 'requested',
      openings: 2,
    });

    const bad = await app.inject({
      method: 'POST',
      url: '/employers/request',
      payload: new URLSearchParams({ company, rateMin: '30', rateMax: 'abc', formKey: formKey() }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the position you need to fill');
    expect(bad.body).toContain('Enter an amount');
  });
});

describe('where a visit came from', () => {
  it('remembers a campaign link’s source across pages, privately, and files it with the application', async () => {
    const landing = await app.inject({
      method: 'GET',
      url: '/careers?utm_source=indeed&utm_medium=cpc&utm_campaign=lynn',
    });
    expect(landing.statusCode).toBe(200);
    const cookie = landing.cookies.find((c) => c.name === 'wp_src');
    expect(cookie?.httpOnly).toBe(true);
    expect(landing.headers['cache-control']).toBe('private, no-store');
    const p = person();
    const res = await postForm(jobPath, p, undefined, { cookie: `wp_src=${cookie!.value}` });
    expect(res.statusCode).toBe(200);
    const [id] = await candidatesWithEmail(p.email);
    expect(await findCandidate(store.db, w.firmId, id!)).toMatchObject({
      source: 'job_board',
      sourceDetail: 'indeed / cpc / lynn',
    });
    // A plain visit sets nothing and stays cacheable.
    const plain = await app.inject({ method: 'GET', url: '/careers' });
    expect(plain.cookies).toEqual([]);
    expect(plain.headers['cache-control']).toBe('public, max-age=60');
  });
});
