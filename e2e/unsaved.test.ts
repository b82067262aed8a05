/**
 * Unsaved input is not lost by a stray click: an in-app link, the Back button or Sign out on a page whose form holds
 * typed input asks first; staying keeps the input, leaving goes on. A clean form, and the app's own move after a
 * save (see candidate.test.ts), leave without asking.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { gone, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface PageHistory {
  history: { back(): void };
}

test('leaving a form with unsaved input asks first', async () => {
  await withPage(browser, data().users.recruiter.email, async (page) => {
    const path = () => new URL(page.url()).pathname;
    const confirm = page.getByRole('dialog', { name: 'Leave this page?' });
    const firstName = page.getByLabel('First name');

    await page.goto('/');
    await page.getByRole('link', { name: 'New candidate' }).click();
    await page.waitForURL('**/candidates/new');
    await firstName.fill('Unsaved');

    // A link in the navigation: asked, and staying keeps what was typed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await visible(confirm);
    expect(path()).toBe('/candidates/new');
    await confirm.getByRole('button', { name: 'Stay on this page' }).click();
    await gone(confirm);
    expect(path()).toBe('/candidates/new');
    expect(await firstName.inputValue()).toBe('Unsaved');

    // The browser's Back button is asked about too.
    await page.evaluate(() => (globalThis as unknown as PageHistory).history.back());
    await visible(confirm);
    await page.keyboard.press('Escape');
    await gone(confirm);
    expect(path()).toBe('/candidates/new');
    expect(await firstName.inputValue()).toBe('Unsaved');

    // So is signing out: asked before the session ends.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await visible(confirm);
    await visible(confirm.getByRole('button', { name: 'Sign out without saving' }));
    await confirm.getByRole('button', { name: 'Stay on this page' }).click();
    await gone(confirm);
    expect((await page.request.get('/api/auth/session')).status()).toBe(200);

    // Leaving on purpose goes on.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await confirm.getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL('**/clients');
    await visible(page.getByRole('heading', { level: 1, name: 'Clients' }));

    // A form nothing was typed into leaves without asking.
    await page.goto('/candidates/new');
    await visible(firstName);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
    await page.waitForURL('**/contacts');
    expect(await confirm.count()).toBe(0);
  });
});

test('a dialog with unsaved input asks before the palette takes the page elsewhere', async () => {
  const { candidate, client } = data();
  await withPage(browser, data().users.recruiter.email, async (page) => {
    const confirm = page.getByRole('dialog', { name: 'Leave this page?' });
    await page.goto(`/candidates/${candidate.id}`);
    await page.getByRole('button', { name: 'Add note', exact: true }).click();
    const note = page.getByRole('dialog', { name: 'Add a note' });
    // The dialog opens with the cursor in its first field: typing goes straight in.
    await page.keyboard.type('Half-written note');
    expect(await note.getByLabel('Summary').inputValue()).toBe('Half-written note');

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Search' }).fill(client.name);
    await palette
      .getByRole('group', { name: 'Clients' })
      .getByRole('option', { name: new RegExp(client.name) })
      .click();
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Stay on this page' }).click();
    await gone(confirm);
    expect(new URL(page.url()).pathname).toBe(`/candidates/${candidate.id}`);
    expect(await note.getByLabel('Summary').inputValue()).toBe('Half-written note');
  });
});
