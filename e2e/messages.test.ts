/**
 * The contact guard in the compose dialog: composing to a candidate whom a colleague emailed an hour ago shows the
 * guard's warning naming the colleague; a message quoting a pay rate different from the job order shows a conflict;
 * Send without a reason is refused, with one it goes, and (no SMTP in browser tests) waits in the Outbox, where its
 * record shows the warnings and the reason it was sent with.
 *
 * Set up through the API on records of this test's own: the recruiter (the colleague) logs an email an hour ago; the
 * admin creates the job order (pay $18.00/hour) and submits the candidate to it, then writes the message.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { api, fieldError, gone, hasText, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("a colleague's email an hour ago and a pay rate unlike the job order's: warned, sent only with a reason", async () => {
  const { users } = data();
  const id = unique();
  const names = {
    first: 'Jordan',
    last: `Pike${id}`,
    client: `Northshore Cannery ${id}`,
    order: `Line packer ${id}`,
  };
  const fullName = `${names.first} ${names.last}`;
  const subject = `Your packing shifts ${id}`;
  const reason = `Jordan asked me to confirm the rate in writing ${id}`;
  let candidateId = '';

  await withPage(browser, users.admin.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    const client = await http.post<{ id: string }>('/api/clients', { name: names.client, city: 'Lynn' });
    const order = await http.post<{ id: string }>('/api/job-orders', {
      clientId: client.id,
      title: names.order,
      type: 'temp',
      openings: 2,
      payRate: 18,
      billRate: 27,
      rateUnit: 'hour',
      status: 'open',
    });
    const candidate = await http.post<{ id: string }>('/api/candidates', {
      firstName: names.first,
      lastName: names.last,
      emails: [{ address: `jordan.pike.${id}@example.com` }],
    });
    await http.post('/api/submissions', { candidateId: candidate.id, jobOrderId: order.id });
    candidateId = candidate.id;
  });

  // The colleague emailed the candidate an hour ago.
  const colleagueNote = `Sent Jordan the packing shift times ${id}`;
  await withPage(browser, users.recruiter.email, async (page) => {
    await page.goto('/');
    await (await api(page)).post('/api/touchpoints', {
      subjectType: 'candidate',
      subjectId: candidateId,
      channel: 'email',
      direction: 'out',
      summary: colleagueNote,
      occurredAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    });
  });

  await withPage(browser, users.admin.email, async (page) => {
    await page.goto(`/candidates/${candidateId}`);
    await visible(page.getByRole('heading', { level: 1, name: fullName }));
    await page
      .getByRole('toolbar', { name: 'Quick actions' })
      .getByRole('button', { name: 'Email', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: `Message to ${fullName}` });
    await visible(dialog);

    // The guard, asked once on open: the colleague's email an hour ago, as a warning and in the recent contacts.
    const guard = dialog.getByRole('region', { name: 'Contact guard' });
    const warnings = guard.getByRole('list', { name: 'Warnings' });
    const recentWarning = warnings.getByRole('listitem').filter({ hasText: 'Contacted recently' });
    await hasText(recentWarning, `${users.recruiter.name} emailed them 1 hour ago`);
    await hasText(guard.getByRole('list', { name: 'Recent contact' }), colleagueNote);

    // About the job order, quoting another pay rate: a conflict with both figures.
    await dialog.getByLabel('About job order').selectOption({ label: names.order });
    await dialog.getByLabel('Subject', { exact: true }).fill(subject);
    await dialog.getByLabel('Message', { exact: true }).fill('The pay is $21.00 per hour');
    const conflict = warnings.getByRole('listitem').filter({ hasText: 'Conflicting pay rate' });
    await hasText(conflict, 'Job order says $18.00/hour, your message says $21.00/hour');

    // Without a reason it does not go.
    await visible(dialog.getByLabel('Reason for sending anyway'));
    await dialog.getByRole('button', { name: /^Send/ }).click();
    await hasText(
      fieldError(dialog, 'Reason for sending anyway'),
      'Give a reason to send despite the warnings',
    );
    await visible(dialog);
    const http = await api(page);
    // (The submission's own status update may be there; this message is not.)
    const before = await http.get<{ items: { subject: string | null }[] }>(
      `/api/messages?candidateId=${candidateId}&pageSize=100`,
    );
    expect(before.items.filter((m) => m.subject === subject)).toEqual([]);

    // With one it goes, into the outbox (no email transport in the browser tests).
    await dialog.getByLabel('Reason for sending anyway').fill(reason);
    await dialog.getByRole('button', { name: /^Send/ }).click();
    await visible(page.getByRole('status').getByText('Message saved in the outbox'));
    await gone(dialog);
    await hasText(page.getByRole('region', { name: /^Messages/ }), subject);

    // The Outbox lists it; its record shows the warnings it went over and the reason.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Messages/ })
      .click();
    await page.waitForURL('**/messages');
    await visible(page.getByText('Email is not configured: messages wait in the outbox'));
    await page.getByRole('tab', { name: /^Outbox/ }).click();
    const outbox = page.getByRole('tabpanel', { name: 'Outbox' });
    const row = outbox.getByRole('row').filter({ hasText: subject });
    await hasText(row, 'In outbox');
    await hasText(row, fullName);
    await row.getByRole('button', { name: subject, exact: true }).click();
    const record = page.getByRole('dialog', { name: subject });
    await hasText(record, 'The pay is $21.00 per hour');
    await hasText(record, `Reason given: ${reason}`);
    await hasText(record, 'Job order says $18.00/hour, your message says $21.00/hour');
    await hasText(record, `${users.recruiter.name} emailed them 1 hour ago`);
    await hasText(record, names.order);
  });
});

test('a template fills the message for the job order, asking before it replaces typed text; a proposed status update is edited and sent', async () => {
  const { users } = data();
  const id = unique();
  const names = {
    first: 'Riley',
    last: `Shaw${id}`,
    client: `Harborview Bakery ${id}`,
    order: `Bakery helper ${id}`,
  };
  const fullName = `${names.first} ${names.last}`;
  await withPage(browser, users.admin.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    const client = await http.post<{ id: string }>('/api/clients', { name: names.client, city: 'Salem' });
    const order = await http.post<{ id: string }>('/api/job-orders', {
      clientId: client.id,
      title: names.order,
      type: 'temp',
      openings: 1,
      payRate: 19.5,
      rateUnit: 'hour',
      status: 'open',
    });
    const candidate = await http.post<{ id: string }>('/api/candidates', {
      firstName: names.first,
      lastName: names.last,
      emails: [{ address: `riley.shaw.${id}@example.com` }],
    });
    const submission = await http.post<{ id: string; version: number }>('/api/submissions', {
      candidateId: candidate.id,
      jobOrderId: order.id,
    });

    // A template over typed text asks first; replacing fills it for the chosen job order.
    await page.goto(`/candidates/${candidate.id}`);
    await page
      .getByRole('toolbar', { name: 'Quick actions' })
      .getByRole('button', { name: 'Email', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: `Message to ${fullName}` });
    await dialog.getByLabel('About job order').selectOption({ label: names.order });
    await dialog.getByLabel('Message', { exact: true }).fill('Hello Riley');
    await dialog.getByLabel('Template').selectOption({ label: 'Job opportunity' });
    const confirm = dialog
      .getByRole('alert')
      .filter({ hasText: 'Replace what you wrote with the template?' });
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Keep my text' }).click();
    await gone(confirm);
    expect(await dialog.getByLabel('Message', { exact: true }).inputValue()).toBe('Hello Riley');
    await dialog.getByLabel('Template').selectOption({ label: 'Job opportunity' });
    await confirm.getByRole('button', { name: 'Replace my text' }).click();
    await expect
      .poll(() => dialog.getByLabel('Subject', { exact: true }).inputValue(), { timeout: 15_000 })
      .toContain(names.order);
    await expect
      .poll(() => dialog.getByLabel('Message', { exact: true }).inputValue(), { timeout: 15_000 })
      .toContain('$19.50/hour');
    // Cancel closes it unsent.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await gone(dialog);

    // An offer: the firm's rule proposes its status update to the candidate's owner (the admin made them).
    await http.patch(`/api/submissions/${submission.id}`, { status: 'offered', version: submission.version });
    await page.goto('/messages?box=proposed');
    await visible(page.getByRole('navigation', { name: 'Main' }).locator('.nav-badge'));
    const proposed = page.getByRole('tabpanel', { name: 'Proposed' });
    const row = proposed.getByRole('row').filter({ hasText: fullName });
    await hasText(row, 'Proposed');
    await row.getByRole('button', { name: /^Edit/ }).click();
    const edit = page.getByRole('dialog', { name: `Status update to ${fullName}` });
    await hasText(edit.getByRole('region', { name: 'Contact guard' }), `Recent contact with ${fullName}`);
    const body = edit.getByLabel('Message', { exact: true });
    await expect.poll(() => body.inputValue()).toContain(names.order);
    await body.fill(`${await body.inputValue()}\n\nCall me when you can ${id}`);
    await edit.getByRole('button', { name: /^Send/ }).click();
    await visible(page.getByRole('status').getByText('Status update saved in the outbox'));
    await gone(edit);
    await gone(row);

    await page.getByRole('tab', { name: /^Outbox/ }).click();
    const sent = page
      .getByRole('tabpanel', { name: 'Outbox' })
      .getByRole('row')
      .filter({ hasText: fullName });
    await hasText(sent.filter({ hasText: 'offer' }), 'Status update');
    await sent.filter({ hasText: 'offer' }).getByRole('button').first().click();
    await hasText(page.getByRole('dialog').filter({ hasText: 'In outbox' }), `Call me when you can ${id}`);
  });
});

test("a recruiter reads the firm's templates and status updates but cannot change them", async () => {
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/settings/messages');
    await visible(page.getByText('Only an admin can change templates and status updates.'));
    const templates = page.getByRole('region', { name: /^Templates/ });
    await templates.getByRole('button', { name: 'View Job opportunity' }).click();
    const view = page.getByRole('dialog', { name: 'Template: Job opportunity' });
    await hasText(view.getByRole('region', { name: 'Merge fields' }), '{{job.payRate}}');
    expect(await view.getByLabel('Text').getAttribute('readonly')).not.toBeNull();
    expect(await view.getByRole('button', { name: 'Save template' }).count()).toBe(0);
    await view.getByRole('button', { name: 'Close' }).first().click();
    await gone(view);
    const rules = page.getByRole('region', { name: 'Status updates' });
    await hasText(rules.getByRole('row', { name: /^Offered/ }), 'Proposed to the recruiter');
    expect(await rules.getByRole('combobox').count()).toBe(0);
  });
});
