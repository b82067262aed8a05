/**
 * Security: markup typed into names, notes and summaries is shown as text everywhere it appears (lists, record
 * pages, timelines, the palette) and never runs. The records are created through the API with the session's CSRF
 * token, as a hostile insider or an imported file would; the pages are then opened in the browser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import {
  api,
  escapeRegExp,
  hasText,
  IMG,
  noScriptRan,
  SCRIPT,
  unique,
  visible,
  withPage,
} from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('markup in names, notes and summaries is shown literally and never runs', async () => {
  const mark = `Xss${unique()}`;
  await withPage(browser, data().users.admin.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    const candidate = await http.post<{ id: string }>('/api/candidates', {
      firstName: IMG,
      lastName: `${mark} ${SCRIPT}`,
      headline: `${SCRIPT} headline`,
      city: IMG,
      skills: [{ name: `${IMG} welding` }],
      resumeText: `${SCRIPT}\n${IMG}`,
    });
    await http.post(`/api/candidates/${candidate.id}/employment`, {
      employer: `${IMG} Employer ${mark}`,
      title: SCRIPT,
      startDate: '2020-01-01',
    });
    const client = await http.post<{ id: string }>('/api/clients', {
      name: `${mark} ${IMG} Ltd`,
      website: 'javascript:window.__xss=1',
      notes: SCRIPT,
    });
    await http.post(`/api/clients/${client.id}/contacts`, {
      firstName: IMG,
      lastName: `${mark}contact`,
      title: SCRIPT,
    });
    const order = await http.post<{ id: string }>('/api/job-orders', {
      clientId: client.id,
      title: `${mark} ${SCRIPT} order`,
      description: IMG,
      type: 'temp',
      openings: 1,
      status: 'open',
    });
    await http.post('/api/submissions', { candidateId: candidate.id, jobOrderId: order.id, notes: IMG });
    await http.post('/api/touchpoints', {
      subjectType: 'candidate',
      subjectId: candidate.id,
      channel: 'call',
      direction: 'out',
      summary: `${IMG} called ${SCRIPT}`,
    });
    await http.post('/api/touchpoints', {
      subjectType: 'client',
      subjectId: client.id,
      channel: 'note',
      summary: `${SCRIPT} note ${IMG}`,
    });

    const literally = async (text: string) => visible(page.getByText(text, { exact: false }).first());

    await page.goto(`/candidates?q=${mark}`);
    await literally(`${mark} ${SCRIPT}`);
    await noScriptRan(page);

    await page.goto(`/candidates/${candidate.id}`);
    await visible(page.getByRole('heading', { level: 1, name: `${IMG} ${mark} ${SCRIPT}` }));
    await literally(`${SCRIPT} headline`);
    await literally(`${IMG} Employer ${mark}`);
    await literally(`${IMG} welding`);
    await hasText(page.getByRole('region', { name: 'Timeline' }), `${IMG} called ${SCRIPT}`);
    await noScriptRan(page);

    await page.goto(`/clients?q=${mark}`);
    await literally(`${mark} ${IMG} Ltd`);
    await noScriptRan(page);

    await page.goto(`/clients/${client.id}`);
    await visible(page.getByRole('heading', { level: 1, name: `${mark} ${IMG} Ltd` }));
    await hasText(page.getByRole('region', { name: 'Complete contact record' }), `${SCRIPT} note ${IMG}`);
    await literally(`${mark} ${SCRIPT} order`);
    // A website that is not http(s) is shown as text, never as a link the browser would run.
    await literally('javascript:window.__xss=1');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await noScriptRan(page);

    await page.goto(`/contacts?q=${mark}`);
    await literally(`${mark}contact`);
    await literally(IMG);
    await noScriptRan(page);

    await page.goto(`/job-orders?q=${mark}`);
    await literally(`${mark} ${SCRIPT} order`);
    await noScriptRan(page);

    await page.goto(`/job-orders/${order.id}`);
    await visible(page.getByRole('heading', { level: 1, name: `${mark} ${SCRIPT} order` }));
    await visible(page.getByRole('article', { name: `${IMG} ${mark} ${SCRIPT}` }));
    await noScriptRan(page);

    await page.goto('/');
    await hasText(page.getByRole('region', { name: 'Recent touchpoints' }), `${SCRIPT} note ${IMG}`);
    await noScriptRan(page);

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Search' }).fill(mark);
    await visible(
      palette
        .getByRole('group', { name: 'Candidates' })
        .getByRole('option', { name: new RegExp(`^${escapeRegExp(IMG)} ${mark} ${escapeRegExp(SCRIPT)}`) }),
    );
    await hasText(palette, `${mark} ${IMG} Ltd`);
    await noScriptRan(page);
  });
});
