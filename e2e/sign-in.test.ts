/**
 * Signing in and out through the real form: the server's own message on a wrong password, the home page after the
 * right one, and after signing out the API refuses the browser's old cookie.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { E2E_PASSWORD } from './fixtures-data.ts';
import { hasText, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a wrong password shows the server message and stays on the sign-in page', async () => {
  await withPage(browser, null, async (page) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(data().users.accountManager.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await hasText(page.getByRole('alert'), 'Email or password is incorrect');
    expect(new URL(page.url()).pathname).toBe('/login');
    // What was typed stays, to correct the password and try again.
    expect(await page.getByLabel('Email').inputValue()).toBe(data().users.accountManager.email);
  });
});

test('the right password opens the home page with the user; signing out ends the session', async () => {
  const { email, name } = data().users.recruiter;
  await withPage(browser, null, async (page) => {
    // A deep link while signed out comes back after signing in.
    await page.goto('/candidates');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/candidates');
    await page.getByRole('link', { name: 'Home' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening), Rita$/ }));
    await hasText(page.getByRole('banner'), name);
    expect((await page.request.get('/api/auth/session')).status()).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await visible(page.getByRole('button', { name: 'Sign in' }));
    // The cookie this browser still sends no longer opens anything.
    expect((await page.request.get('/api/auth/session')).status()).toBe(401);
    expect((await page.request.get('/api/candidates')).status()).toBe(401);
    // And the app itself sends it back to sign in.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
  });
});
