/**
 * Small waits and API shortcuts for the browser tests. Assertions wait on conditions (a locator appearing, a poll
 * turning true), never on fixed sleeps.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, newPage, type PageOptions } from './browser.ts';
import { E2E_PASSWORD } from './fixtures-data.ts';

/** Waits until the locator is visible (the default timeout of the context applies). */
export const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });

/** Waits until nothing matches the locator. */
export const gone = (locator: Locator) => locator.waitFor({ state: 'detached' });

/** Waits until the locator's text contains `text`. */
export async function hasText(locator: Locator, text: string | RegExp) {
  await expect
    .poll(async () => ((await locator.count()) > 0 ? await locator.first().innerText() : ''), {
      timeout: 15_000,
    })
    .toMatch(typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text);
}

/** The error shown under the field labelled `label` within `scope` (a page's or a dialog's locator). */
export const fieldError = (scope: Locator, label: string) =>
  scope.locator('.field', { has: scope.page().getByLabel(label, { exact: true }) }).locator('.field-error');

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
const sessions = new Map<string, StorageState>();

/**
 * A fresh context already signed in as `email`. The sign-in happens through the API once per test file, server and
 * user, and each test gets a new context from that cookie: the server limits sign-ins to 20 a minute from one
 * address, and the sign-in form has its own tests.
 */
export async function signedInPage(
  browser: Browser,
  email: string,
  password = E2E_PASSWORD,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const baseURL = options.baseURL ?? baseUrl();
  const key = `${baseURL} ${email}`;
  let state = sessions.get(key);
  if (!state) {
    const context = await browser.newContext({ baseURL });
    const response = await context.request.post('/api/auth/login', { data: { email, password } });
    if (!response.ok())
      throw new Error(`sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
    state = await context.storageState();
    await context.close();
    sessions.set(key, state);
  }
  const { context, page } = await newPage(browser, state, { ...options, baseURL });
  return { context, page };
}

/** Where a failing test leaves a screenshot of its page. */
export const FAILURE_DIR = join(tmpdir(), 'waypoint-e2e-failures');

/**
 * Runs `fn` with a page in a fresh context, signed in as `who` (or not signed in when null), and closes the
 * context afterwards; when `fn` fails, the page as it was is saved to FAILURE_DIR, named after the test. `options`
 * opens it on another server or at another size (see newPage).
 */
export async function withPage(
  browser: Browser,
  who: string | { email: string; password: string } | null,
  fn: (page: Page) => Promise<void>,
  options: PageOptions = {},
) {
  const { context, page } =
    who === null
      ? await newPage(browser, undefined, options)
      : typeof who === 'string'
        ? await signedInPage(browser, who, E2E_PASSWORD, options)
        : await signedInPage(browser, who.email, who.password, options);
  try {
    await fn(page);
  } catch (error) {
    const name = (expect.getState().currentTestName ?? 'test').replace(/[^\w-]+/g, '-').slice(0, 120);
    mkdirSync(FAILURE_DIR, { recursive: true });
    await page.screenshot({ path: join(FAILURE_DIR, `${name}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

/** The rows of the JSON API, called from the page's own session (cookie and CSRF token) as the web app would. */
export async function api(page: Page) {
  const session = await page.request.get('/api/auth/session');
  if (!session.ok()) throw new Error(`no session: ${session.status()}`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const send = async <T>(method: 'POST' | 'PATCH', path: string, data: unknown): Promise<T> => {
    const response = await page.request.fetch(path, {
      method,
      data: data as Record<string, unknown>,
      headers: { 'x-csrf-token': csrfToken },
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    get: async <T>(path: string): Promise<T> => {
      const response = await page.request.get(path);
      if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    post: <T>(path: string, data: unknown) => send<T>('POST', path, data),
    patch: <T>(path: string, data: unknown) => send<T>('PATCH', path, data),
  };
}

/**
 * What code run inside the page (`page.evaluate`) may use of the window. e2e/ is type-checked with the server's
 * settings, without the DOM library, so the few browser globals the tests read are declared here.
 */
export interface PageWindow {
  innerHeight: number;
  scrollY: number;
  __xss?: unknown;
  document: { activeElement: unknown; documentElement: { scrollHeight: number } };
  getComputedStyle(element: unknown): { scrollMarginTop: string };
}

/** Markup that would run if a page made an element of it: an image whose error handler sets `window.__xss`. */
export const IMG = '<img src=x onerror="window.__xss=1">';
/** Markup that would run if a page made an element of it: a script that sets `window.__xss`. */
export const SCRIPT = '<script>window.__xss=1</script>';

/** Fails if anything typed as IMG or SCRIPT ran as script on the page, or became an element at all. */
export async function noScriptRan(page: Page, where = page.url()) {
  expect(await page.evaluate(() => (globalThis as unknown as PageWindow).__xss), where).toBeUndefined();
  expect(await page.locator('img[src="x"]').count(), where).toBe(0);
  expect(await page.locator('script', { hasText: '__xss' }).count(), where).toBe(0);
}

/**
 * Whether the element is scrolled to the top of the window, as a `#hash` link puts it (just under the sticky top
 * bar: its scroll margin), or as near as the page can scroll when it is too short to bring it there.
 */
export const scrolledToTop = (locator: Locator) =>
  locator
    .evaluate((el) => {
      const win = globalThis as unknown as PageWindow;
      const margin = Number.parseFloat(win.getComputedStyle(el).scrollMarginTop) || 0;
      const top = el.getBoundingClientRect().top;
      const atBottom = win.scrollY + win.innerHeight >= win.document.documentElement.scrollHeight - 2;
      return Math.abs(top - margin) <= 2 || (atBottom && top >= 0 && top < win.innerHeight);
    })
    .catch(() => false);

/** A short suffix that keeps the names of records created by one test run apart from every other. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Today as YYYY-MM-DD in the browser's (and this machine's) time zone, as the web app's date defaults are. */
export function todayIso(date = new Date()) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
