/**
 * The front door in a browser, on a Waypoint server of its own whose mail goes to a real SMTP server on loopback:
 * a job seeker finds a job on the careers site, applies with a resume, opens the status page from the confirmation
 * mail and sees it change when the recruiter moves the application; an employer's staffing request reaches the
 * account manager; and markup typed into every public field stays text in the staff app.
 */
import type { ParsedMail } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makePdf } from '../src/services/documents/document-fixtures.ts';
import { openMigratedStore } from '../src/store/database.ts';
import { type SmtpSink, startSmtpSink } from '../test/smtp-sink.ts';
import {
  type ProcessDatabase,
  processDatabase,
  type RunningServer,
  startWaypoint,
} from '../test/waypoint-process.ts';
import { launchBrowser, type PageOptions } from './browser.ts';
import { type E2eData, prepareFirm } from './fixtures-data.ts';
import { api, hasText, IMG, noScriptRan, SCRIPT, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
let sink: SmtpSink;
let db: ProcessDatabase;
let server: RunningServer;
let firm: E2eData;

beforeAll(async () => {
  sink = await startSmtpSink();
  db = await processDatabase(false);
  const store = await openMigratedStore({ dataDir: db.dataDir });
  firm = await prepareFirm(store);
  await store.close();
  server = await startWaypoint({
    ...db.env,
    SMTP_URL: sink.url,
    MAIL_FROM: 'E2E Staffing <desk@e2e.example>',
    WAYPOINT_PUBLIC_URL: 'https://jobs.e2e.example',
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close();
  await db?.close();
});

/** Every page of this file: on its own server, at a phone's size. */
const onPhone = (): PageOptions => ({ baseURL: server.url, viewport: { width: 390, height: 844 } });

/** The first mail to `to` whose subject matches, waiting for the delivery worker. */
async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
  const sentTo = () =>
    sink.received.filter((m) =>
      (m.to && !Array.isArray(m.to) ? m.to.text : '').toLowerCase().includes(to.toLowerCase()),
    );
  await expect
    .poll(() => sentTo().map((m) => m.subject ?? ''), { timeout: 30_000, interval: 200 })
    .toContainEqual(expect.stringMatching(subject));
  return sentTo().find((m) => subject.test(m.subject ?? ''))!;
}

test('a job seeker finds a job, applies with a resume, and follows the application from the mailed link', async () => {
  const u = unique();
  const title = `Order picker ${u}`;
  const email = `jamie.${u}@mail.example`;
  // Staff publish a job on the careers site.
  await withPage(
    browser,
    firm.users.accountManager.email,
    async (page) => {
      await (await api(page)).post('/api/job-orders', {
        clientId: firm.client.id,
        title,
        type: 'temp',
        openings: 3,
        payRate: 19.5,
        billRate: 29,
        city: 'Chelsea',
        description: 'Pick and pack orders in a clean, modern warehouse.',
        status: 'open',
        published: true,
      });
    },
    onPhone(),
  );

  await withPage(
    browser,
    null,
    async (page) => {
      await page.goto('/careers?utm_source=indeed&utm_medium=cpc');
      await page.getByLabel('Keyword').fill(u);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('link', { name: title }).click();
      await visible(page.getByRole('heading', { level: 1, name: title }));
      await page.getByRole('link', { name: 'Apply' }).first().click();
      await visible(page.getByRole('heading', { level: 1, name: `Apply: ${title}` }));

      await page.getByLabel('First name').fill('Jamie');
      await page.getByLabel('Last name').fill(`Quinn ${u}`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Mobile phone').fill('(617) 555-0123');
      await page.getByLabel(/^Resume/).setInputFiles({
        name: 'jamie-quinn.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(makePdf(['Jamie Quinn', 'Order picking, RF scanner, 3 years'])),
      });
      await page.getByLabel(/I have read the privacy notice/).check();
      await page.getByRole('button', { name: 'Send my application' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Application sent' }));
      await hasText(page.getByRole('status'), `We have your application for ${title}`);

      const confirmation = await mailTo(email, /We have your application/);
      const link = /https:\/\/jobs\.e2e\.example(\/careers\/status\/[A-Za-z0-9_-]+)/.exec(
        confirmation.text ?? '',
      );
      expect(link, confirmation.text).toBeTruthy();
      await page.goto(link![1]!);
      await visible(page.getByRole('heading', { level: 1, name: 'Hello Jamie' }));
      const application = page.getByRole('listitem').filter({ hasText: title });
      await hasText(application, 'Application received');

      // The recruiter puts the application forward.
      await withPage(
        browser,
        firm.users.recruiter.email,
        async (staff) => {
          const http = await api(staff);
          const found = await http.get<{ items: { id: string; source: string | null }[] }>(
            `/api/candidates?q=${encodeURIComponent(email)}`,
          );
          expect(found.items).toHaveLength(1);
          const pipeline = await http.get<{ submissions: { id: string; version: number; status: string }[] }>(
            `/api/candidates/${found.items[0]!.id}/pipeline`,
          );
          const s = pipeline.submissions[0]!;
          expect(s.status).toBe('applied');
          await http.patch(`/api/submissions/${s.id}`, { status: 'submitted', version: s.version });
          const candidate = await http.get<{ source: string | null }>(
            `/api/candidates/${found.items[0]!.id}`,
          );
          expect(candidate.source).toBe('job_board');
        },
        onPhone(),
      );

      await page.reload();
      await hasText(page.getByRole('listitem').filter({ hasText: title }), 'Put forward to the employer');
    },
    onPhone(),
  );

  // The resume is on the candidate's record, its text read.
  await withPage(
    browser,
    firm.users.recruiter.email,
    async (staff) => {
      await staff.goto(`/candidates?q=${encodeURIComponent(email)}`);
      await staff.getByRole('link', { name: new RegExp(`Quinn ${u}`) }).click();
      const documents = staff.getByRole('region', { name: 'Documents' });
      await hasText(documents, 'jamie-quinn.pdf');
      await documents.getByRole('button', { name: /Show text/ }).click();
      await hasText(documents, 'Order picking, RF scanner, 3 years');
    },
    onPhone(),
  );
});

test('an employer’s staffing request reaches the account manager', async () => {
  const u = unique();
  const position = `Line cook ${u}`;
  await withPage(
    browser,
    null,
    async (page) => {
      await page.goto('/employers/request');
      await page.getByLabel('Company').fill('Bayside Foods');
      await page.getByLabel('First name').fill('Morgan');
      await page.getByLabel('Last name').fill('Hale');
      // The contact Alan Accounts looks after: the request is matched to his client.
      await page.getByLabel('Work email').fill('Morgan.Hale@bayside.example');
      await page.getByLabel('Phone').fill('617 555 0142');
      await page.getByLabel('Position', { exact: true }).fill(position);
      await page.getByLabel('How many people').fill('2');
      await page.getByLabel('Town or city').fill('Boston');
      await page.getByLabel(/Pay rate from/).fill('19');
      await page.getByLabel(/Pay rate to/).fill('23');
      await page.getByRole('button', { name: 'Send the request' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Request received' }));
    },
    onPhone(),
  );

  const notice = await mailTo(
    firm.users.accountManager.email,
    new RegExp(`New staffing request: Bayside Foods, 2 × ${position}`),
  );
  expect(notice.text).toContain('Rate range: 19–23 per hour');

  await withPage(
    browser,
    firm.users.accountManager.email,
    async (page) => {
      await page.goto('/job-orders?status=requested');
      await page.getByRole('link', { name: position }).click();
      await visible(page.getByRole('heading', { level: 1, name: position }));
      await hasText(page.getByRole('main'), 'Requested');
      const request = page.getByRole('region', { name: 'Staffing request from the careers site' });
      await hasText(request, '$19.00–$23.00 an hour');
    },
    onPhone(),
  );
});

test('markup typed into every public field is text in the staff app and never runs', async () => {
  const u = unique();
  const email = `xss.${u}@mail.example`;
  await withPage(
    browser,
    null,
    async (page) => {
      await page.goto('/careers/register');
      await page.getByLabel('First name').fill(`${IMG}Eve`);
      await page.getByLabel('Last name').fill(`Mallory${u} ${SCRIPT}`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Mobile phone').fill('(617) 555-0166');
      await page.getByLabel('Town or city').fill(IMG);
      await page.getByLabel('ZIP code').fill('<b>02');
      await page.getByLabel('What work are you looking for?').fill(`${SCRIPT}${IMG}`);
      await page.getByLabel(/I have read the privacy notice/).check();
      await page.getByRole('button', { name: 'Register' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'You are registered' }));
      await noScriptRan(page);

      await page.goto('/employers/request');
      await page.getByLabel('Company').fill(`${IMG}Evil Corp ${u}`);
      await page.getByLabel('First name').fill(SCRIPT);
      await page.getByLabel('Last name').fill(IMG);
      await page.getByLabel('Your job title').fill(SCRIPT);
      await page.getByLabel('Work email').fill(`boss.${u}@evil.example`);
      await page.getByLabel('Phone').fill('617 555 0177');
      await page.getByLabel('Position', { exact: true }).fill(`${SCRIPT} Welder ${u}`);
      await page.getByLabel('Town or city').fill(IMG);
      await page.getByLabel('Work address').fill(SCRIPT);
      await page.getByLabel('Anything else').fill(`${IMG}${SCRIPT}`);
      await page.getByRole('button', { name: 'Send the request' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Request received' }));
      await noScriptRan(page);
    },
    onPhone(),
  );

  await withPage(
    browser,
    firm.users.admin.email,
    async (page) => {
      const http = await api(page);
      const found = await http.get<{ items: { id: string }[] }>(
        `/api/candidates?q=${encodeURIComponent(email)}`,
      );
      const candidateId = found.items[0]!.id;
      const views = [`/candidates/${candidateId}`, '/candidates', '/messages'];
      const clients = await http.get<{ items: { id: string; name: string }[] }>(
        `/api/clients?q=${encodeURIComponent(`Evil Corp ${u}`)}`,
      );
      expect(clients.items).toHaveLength(1);
      const orders = await http.get<{ items: { id: string }[] }>(
        `/api/job-orders?status=requested&q=${encodeURIComponent(`Welder ${u}`)}`,
      );
      expect(orders.items).toHaveLength(1);
      const orderPath = `/job-orders/${orders.items[0]!.id}`;
      views.push(
        `/clients/${clients.items[0]!.id}`,
        '/clients',
        '/job-orders?status=requested',
        orderPath,
        '/',
      );
      for (const path of views) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await noScriptRan(page, path);
      }
      await page.goto(`/candidates/${candidateId}`);
      await hasText(page.getByRole('heading', { level: 1 }), `${IMG}Eve Mallory${u} ${SCRIPT}`);
      await page.goto(`/clients/${clients.items[0]!.id}`);
      await hasText(page.getByRole('heading', { level: 1 }), `${IMG}Evil Corp ${u}`);
      // The employer's own words on the order are shown as they wrote them.
      await page.goto(orderPath);
      await hasText(page.getByRole('heading', { level: 1 }), `${SCRIPT} Welder ${u}`);
      await hasText(page.getByRole('main'), `${IMG}${SCRIPT}`);
    },
    onPhone(),
  );
});
