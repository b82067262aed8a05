/**
 * The command palette: Ctrl+K opens it from any page (even with focus in a text field), a partial name and an email
 * find the fixture candidate, Esc closes it, and a client found by name opens the client's page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { gone, hasText, type PageWindow, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const searchBox = (page: Page) => palette(page).getByRole('combobox', { name: 'Search' });

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  await visible(palette(page));
  // Focus is in the search box, so typing goes there at once.
  await expect
    .poll(() =>
      searchBox(page).evaluate((el) => el === (globalThis as unknown as PageWindow).document.activeElement),
    )
    .toBe(true);
}

test('Ctrl+K opens the palette on every kind of page and Esc closes it', async () => {
  const { candidate, client, jobOrder, users } = data();
  const pages: [string, RegExp | string][] = [
    ['/', /^Good /],
    ['/candidates', 'Candidates'],
    ['/clients', 'Clients'],
    [`/candidates/${candidate.id}`, candidate.name],
    [`/clients/${client.id}`, client.name],
    [`/job-orders/${jobOrder.id}`, jobOrder.title],
  ];
  await withPage(browser, users.recruiter.email, async (page) => {
    for (const [path, heading] of pages) {
      await page.goto(path);
      await visible(page.getByRole('heading', { level: 1, name: heading }));
      await openPalette(page);
      await page.keyboard.press('Escape');
      await gone(palette(page));
      expect(new URL(page.url()).pathname).toBe(path);
    }
    // From inside a text field too (the list's search box).
    await page.goto('/candidates');
    await page.getByRole('searchbox', { name: 'Find candidates' }).click();
    await openPalette(page);
    // The "Search…" button in the top bar opens it as well; Ctrl+K again toggles it shut.
    await page.keyboard.press('Control+k');
    await gone(palette(page));
    await page.getByRole('button', { name: /^Search…/ }).click();
    await visible(palette(page));
  });
});

test('a partial name and an email find the candidate', async () => {
  const { candidate, users } = data();
  await withPage(browser, users.accountManager.email, async (page) => {
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1, name: /^Good / }));
    await openPalette(page);
    await searchBox(page).fill('whitf');
    const hit = palette(page).getByRole('option', { name: new RegExp(candidate.name) });
    await visible(hit);
    await hasText(palette(page).getByRole('group', { name: 'Candidates' }), candidate.name);

    await searchBox(page).fill(candidate.email);
    await visible(hit);
    await hasText(hit, candidate.email);

    await searchBox(page).fill('nobody-here-by-this-name');
    await visible(palette(page).getByText('No matches for “nobody-here-by-this-name”.'));
    await page.keyboard.press('Escape');
    await gone(palette(page));
  });
});

test('a client found by name opens its page', async () => {
  const { client, users } = data();
  await withPage(browser, users.accountManager.email, async (page) => {
    await page.goto('/candidates');
    await visible(page.getByRole('heading', { level: 1, name: 'Candidates' }));
    await openPalette(page);
    await searchBox(page).fill(client.name);
    const hit = palette(page)
      .getByRole('group', { name: 'Clients' })
      .getByRole('option', { name: new RegExp(client.name) });
    await hit.click();
    await page.waitForURL(`**/clients/${client.id}`);
    await gone(palette(page));
    await visible(page.getByRole('heading', { level: 1, name: client.name }));
  });
});
