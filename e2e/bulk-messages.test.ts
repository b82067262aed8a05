/**
 * Email everyone on a job order at once: the live candidates are ticked, a template's merge fields are filled for
 * each person, and someone who opted out of email is skipped with the reason shown. Each message waits in the
 * Outbox (no SMTP in the browser tests) with its own name in it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { api, gone, hasText, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('one email to the candidates on a job order, filled for each, the opted-out skipped', async () => {
  const { users } = data();
  const id = unique();
  const order = `Dock loader ${id}`;
  const subject = `Saturday shifts at the dock ${id}`;
  await withPage(browser, users.admin.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    const client = await http.post<{ id: string }>('/api/clients', {
      name: `Quayside Freight ${id}`,
      city: 'Chelsea',
    });
    const jobOrder = await http.post<{ id: string }>('/api/job-orders', {
      clientId: client.id,
      title: order,
      type: 'temp',
      openings: 3,
      payRate: 20,
      status: 'open',
    });
    const people: Record<string, string> = {};
    for (const first of ['Ada', 'Bo', 'Cy']) {
      const c = await http.post<{ id: string }>('/api/candidates', {
        firstName: first,
        lastName: `Quay${id}`,
        emails: [{ address: `${first.toLowerCase()}.quay.${id}@example.com` }],
      });
      people[first] = c.id;
      await http.post('/api/submissions', { candidateId: c.id, jobOrderId: jobOrder.id });
    }
    await http.post('/api/consent', {
      to: { candidateId: people.Cy },
      channel: 'email',
      status: 'withdrawn',
    });

    await page.goto(`/job-orders/${jobOrder.id}`);
    await page.getByRole('button', { name: 'Email candidates' }).click();
    const dialog = page.getByRole('dialog', { name: `Email candidates on ${order}` });
    await visible(dialog);
    await hasText(dialog.getByRole('group'), 'To 3 of 3');
    await dialog.getByLabel('Subject', { exact: true }).fill(subject);
    await dialog
      .getByLabel('Message', { exact: true })
      .fill('Hi {{candidate.firstName}}, want Saturday shifts?');
    await dialog.getByRole('button', { name: 'Send to 3' }).click();
    await hasText(dialog, '2 messages written');
    await hasText(dialog.getByRole('list'), `Cy Quay${id}`);
    await hasText(dialog.getByRole('list'), 'opted out of email');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await gone(dialog);

    const sent = await http.get<{ items: { subject: string; body: string; kind: string; status: string }[] }>(
      `/api/messages?box=outbox&candidateId=${people.Bo}`,
    );
    const mine = sent.items.filter((m) => m.subject === subject);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'bulk', status: 'outbox', body: 'Hi Bo, want Saturday shifts?' });
  });
});
