/**
 * Service standards in a browser on the fixture firm: the recruiter's My work holds the candidate registered
 * STALLED_DAYS days before the run and never contacted (escalated, first), and the row opens them; the admin's
 * report shows registrations answered per month, and a figure opens the misses with that candidate among them. No
 * test contacts that candidate (journey-features counts on them staying stalled), so nothing here changes the firm.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { api, hasText, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('My work: the uncontacted registration is escalated, at the top, and opens the candidate', async () => {
  const stalled = data().stalledCandidate;
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/');
    await mainNav(page).getByRole('link', { name: 'My work' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'My work' }));
    const table = page.getByRole('table', { name: 'Work queue' });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: stalled.name, exact: true }) })
      .filter({ hasText: 'New registration answered' });
    await visible(row);
    await hasText(row.getByRole('cell').nth(0), 'Escalated');
    // Most urgent first: every row above it is escalated too.
    const states = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states[0]).toBe('escalated');
    expect(states).toEqual([...states].sort((a, b) => order(a) - order(b)));
    await row.getByRole('link', { name: stalled.name, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/candidates/${stalled.id}`);
  });
});

/** The first day of the month `back` months ago, as the report's default period starts (UTC). */
const monthsAgo = (back: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
};

const order = (state: string | null) =>
  ['escalated', 'overdue', 'due', 'stalled', 'upcoming'].indexOf(state ?? '');

test('the compliance report: registrations answered per month; a figure lists the people missed', async () => {
  const stalled = data().stalledCandidate;
  await withPage(browser, data().users.admin.email, async (page) => {
    await page.goto('/');
    await mainNav(page).getByRole('link', { name: 'Service standards' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Service standards' }));
    const report = page.getByRole('table', { name: 'Compliance by standard and month' });
    const row = report
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'New registration answered' }) });
    await visible(row);
    // The month the uncontacted registration came due (in the branch's zone), as the page labels it.
    const http = await api(page);
    const report0 = await http.get<{ from: string; to: string }>(
      `/api/compliance?from=${monthsAgo(11)}&to=${monthsAgo(-1)}`,
    );
    const found = await http.get<{ items: { subject: { id: string }; dueAt: string }[] }>(
      `/api/compliance/misses?from=${report0.from}&to=${report0.to}&standardKey=registration_response`,
    );
    const dueAt = found.items.find((m) => m.subject.id === stalled.id)?.dueAt;
    expect(dueAt, 'the uncontacted registration is among the misses').toBeDefined();
    const month = new Date(dueAt!).toLocaleDateString('en-CA', { timeZone: 'America/New_York' }).slice(0, 7);
    const label = await page.evaluate(
      (m) =>
        new Date(`${m}-01T00:00:00Z`).toLocaleDateString(undefined, {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      month,
    );
    const headers = await report.locator('thead th').allTextContents();
    const column = headers.indexOf(label);
    expect(column, `a column for ${label} among ${headers.join(', ')}`).toBeGreaterThan(0);
    const figure = row
      .locator('td')
      .nth(column - 1)
      .getByRole('button');
    await hasText(figure, /%$/);
    expect(await figure.textContent()).not.toBe('100%');
    await figure.click();
    const misses = page.getByRole('region', { name: 'Misses' });
    await visible(misses.getByRole('heading', { name: /^Missed: New registration answered/ }));
    const miss = misses
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: stalled.name, exact: true }) });
    await visible(miss);
    await hasText(miss, 'Still open');
    await miss.getByRole('link', { name: stalled.name, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/candidates/${stalled.id}`);
  });
});
