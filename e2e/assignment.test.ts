/**
 * After a placement: a check-in recorded from the client's placements, then the assignment ended from the candidate's
 * page (a server field error first, shown under its field), and both on the timeline; the employment history line of
 * the placement is no longer current. The placement is set up through the API on records of this test's own.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { api, fieldError, gone, hasText, todayIso, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const entry = (timeline: Locator, ...parts: string[]) =>
  parts.reduce((items, part) => items.filter({ hasText: part }), timeline.locator('li.tp'));

test('check in on an assignment and end it; the timeline and the history follow', async () => {
  const id = unique();
  const names = {
    first: 'Sam',
    last: `Ortega${id}`,
    client: `Harbour Cold Storage ${id}`,
    order: `Reach truck ${id}`,
  };
  const fullName = `${names.first} ${names.last}`;
  const startDate = daysAgo(7);
  await withPage(browser, data().users.admin.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    const client = await http.post<{ id: string }>('/api/clients', { name: names.client, city: 'Chelsea' });
    const order = await http.post<{ id: string }>('/api/job-orders', {
      clientId: client.id,
      title: names.order,
      type: 'temp',
      openings: 1,
      payRate: 21,
      billRate: 31,
      status: 'open',
    });
    const candidate = await http.post<{ id: string }>('/api/candidates', {
      firstName: names.first,
      lastName: names.last,
    });
    const submission = await http.post<{ id: string }>('/api/submissions', {
      candidateId: candidate.id,
      jobOrderId: order.id,
    });
    await http.post('/api/placements', { submissionId: submission.id, startDate });

    // A check-in, from the client's placements.
    await page.goto(`/clients/${client.id}`);
    const placements = page.getByRole('region', { name: /^Placements/ });
    await hasText(placements, fullName);
    await placements.getByRole('button', { name: `Check in ${fullName}` }).click();
    const checkIn = page.getByRole('dialog', { name: 'Record a check-in' });
    await checkIn.getByLabel('Kind').selectOption({ label: 'Site visit' });
    await checkIn.getByLabel('Satisfaction').selectOption({ label: '4 — happy' });
    await checkIn.getByLabel('Notes').fill(`Supervisor pleased; wants more shifts ${id}`);
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await visible(page.getByRole('status').getByText('Check-in recorded'));
    await gone(checkIn);
    const clientCheckIns = placements.getByRole('list', { name: 'Check-ins' });
    await hasText(clientCheckIns, 'Check-in: Site visit');
    await hasText(clientCheckIns, 'satisfaction 4/5');
    await hasText(clientCheckIns, `Supervisor pleased; wants more shifts ${id}`);

    // The end, from the candidate's page.
    await placements.getByRole('link', { name: fullName }).click();
    await page.waitForURL(`**/candidates/${candidate.id}`);
    const employment = page.getByRole('region', { name: /^Employment history/ });
    const line = employment.getByRole('listitem').filter({ hasText: names.client });
    await hasText(line, 'Current');
    const pipeline = page.getByRole('region', { name: 'Pipeline' });
    await hasText(
      pipeline.getByRole('list', { name: 'Check-ins' }),
      `Supervisor pleased; wants more shifts ${id}`,
    );
    await pipeline.getByRole('button', { name: `End assignment on ${names.order}` }).click();
    const end = page.getByRole('dialog', { name: 'End assignment' });
    const endedOn = end.getByLabel('Ended on');
    // Today as the browser counts it (its own time zone), like every date default of the app.
    expect(await endedOn.inputValue()).toBe(todayIso());

    // A reason is required before anything is sent; a date before the start is refused by the server, under the field.
    await end.getByRole('button', { name: 'End assignment' }).click();
    await hasText(fieldError(end, 'Reason'), 'Choose one of the options');
    await end.getByLabel('Reason').selectOption({ label: 'Ended by client' });
    await endedOn.fill(daysAgo(10));
    await end.getByRole('button', { name: 'End assignment' }).click();
    await hasText(fieldError(end, 'Ended on'), 'Must be on or after the start date');
    expect(await end.getByLabel('Reason').inputValue()).toBe('client_ended');

    const endDate = daysAgo(1);
    await endedOn.fill(endDate);
    await end.getByLabel('Notes').fill(`Line closed for the season ${id}`);
    await end.getByRole('button', { name: 'End assignment' }).click();
    await visible(page.getByRole('status').getByText(`${fullName}: assignment ended`));
    await gone(end);

    await hasText(pipeline, 'Ended by client');
    await expect
      .poll(() => pipeline.getByRole('button', { name: /^(Check in|End assignment)/ }).count())
      .toBe(0);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await visible(entry(timeline, 'Assignment check-in', `Supervisor pleased; wants more shifts ${id}`));
    await visible(entry(timeline, 'Assignment ended', 'Ended by client', `Line closed for the season ${id}`));
    await visible(entry(timeline, 'Assignment started'));
    // The history line of the placement is closed: no longer current, ended on the day given.
    await expect.poll(() => line.getByText('Current', { exact: true }).count()).toBe(0);
    await expect.poll(() => line.innerText()).not.toMatch(/present/);
    await hasText(line, 'Left: Ended by client');
    await hasText(page.locator('.record-title'), 'Active');
  });
});
