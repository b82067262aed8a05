/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), one per test file, a fresh context per
 * test; sign-in as a user of the test firm; screenshots for the README when UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { E2E_PASSWORD } from './fixtures-data.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

export const baseUrl = () => inject('e2eBaseUrl');
export const data = () => inject('e2eData');
/** The demo firm's account, when the run seeded the demo firm (see global-setup.ts); null otherwise. */
export const demo = () => inject('e2eDemo');

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Where a page is opened: the run's server at 1440×900 unless said otherwise (a server of the file's own, a phone). */
export interface PageOptions {
  baseURL?: string;
  viewport?: { width: number; height: number };
}

/** A fresh context (its own cookies and storage) and a page in it; `storageState` starts it signed in. */
export async function newPage(
  browser: Browser,
  storageState?: StorageState,
  { baseURL = baseUrl(), viewport = { width: 1440, height: 900 } }: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    ...(storageState ? { storageState } : {}),
  });
  context.setDefaultTimeout(15_000);
  return { context, page: await context.newPage() };
}

export async function signInAs(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Saves a screenshot of the page for the README (docs/screenshots) when asked to. */
export async function screenshot(page: Page, name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(process.cwd(), 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({
    path: join(dir, `${name}.png`),
    fullPage: false,
    animations: 'disabled',
    caret: 'hide',
  });
}
