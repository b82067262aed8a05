/**
 * The journey maps in a browser, on the fixture firm: an arrow of the candidate map lists the people behind it and
 * one of them opens on their page with their timeline; the client map draws too; a screening recorded in the web app
 * shows on the candidate map within a second of the save. Each test creates the candidates it counts on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { api, hasText, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A candidate of the recruiter's, registered through the API (their journey starts with "Registered"). */
async function newCandidate(page: Page, firstName: string) {
  const lastName = `Journey${unique()}`;
  const http = await api(page);
  const candidate = await http.post<{ id: string }>('/api/candidates', {
    firstName,
    lastName,
    emails: [{ address: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@mail.example` }],
    source: 'job_board',
  });
  return { id: candidate.id, name: `${firstName} ${lastName}`, http };
}

/** The "Screened" box's event count, from its accessible name ("Screened: 3 journeys, 4 events, …"); 0 if absent. */
async function screenedEvents(page: Page): Promise<number> {
  const box = page
    .getByRole('region', { name: 'Process map diagram' })
    .getByRole('button', { name: /^Screened: / });
  if ((await box.count()) === 0) return 0;
  const name = (await box.first().getAttribute('aria-label')) ?? '';
  const match = /, ([\d,]+) events?/.exec(name);
  return match ? Number(match[1]!.replace(/,/g, '')) : 0;
}

test('an arrow of the candidate map lists its people; one opens on their page with their timeline', async () => {
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/');
    const person = await newCandidate(page, 'Reese');
    await person.http.post('/api/interviews', {
      candidateId: person.id,
      kind: 'screening',
      scheduledAt: new Date().toISOString(),
      outcome: 'passed',
    });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Candidate journeys' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Candidate journeys' }));
    const map = page.getByRole('region', { name: 'Process map diagram' });
    const arrow = map.getByRole('button', { name: /^Registered → Screened, \d+ times?, median / });
    await visible(arrow);
    await arrow.click();

    // The people behind the arrow, beside the map; ours among them (paging on if the list is long).
    const panel = page.getByRole('complementary', { name: 'Registered → Screened' });
    await visible(panel.getByRole('list', { name: 'People' }));
    const link = panel.getByRole('link', { name: person.name, exact: true });
    for (let turn = 0; turn < 20 && (await link.count()) === 0; turn++) {
      const next = panel.getByRole('button', { name: 'Next page' });
      if ((await next.count()) === 0 || (await next.isDisabled())) break;
      const before = await panel.getByText(/^Page \d+ of/).innerText();
      await next.click();
      await expect.poll(() => panel.getByText(/^Page \d+ of/).innerText()).not.toBe(before);
    }
    await link.click();

    await page.waitForURL(`**/candidates/${person.id}`);
    await visible(page.getByRole('heading', { level: 1, name: person.name }));
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await hasText(timeline, 'Screened');
    await hasText(timeline, 'Registered');
  });
});

test('the client journey map draws its boxes, arrows and funnel', async () => {
  await withPage(browser, data().users.accountManager.email, async (page) => {
    await page.goto('/journeys/clients');
    await visible(page.getByRole('heading', { level: 1, name: 'Client journeys' }));
    const map = page.getByRole('region', { name: 'Process map diagram' });
    // The fixture client has an open order: its journey has a staffing request.
    await visible(map.getByRole('button', { name: /^Staffing request: \d+ journeys?/ }));
    await visible(page.getByRole('region', { name: 'Funnel' }).getByRole('listitem').first());
  });
});

test('a screening recorded in the web app shows on the candidate map within a second', async () => {
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/');
    const person = await newCandidate(page, 'Kai');

    // The count before, read off the map as it stands (the map's chunks and layout engine are loaded by now).
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Candidate journeys' })
      .click();
    await visible(
      page
        .getByRole('region', { name: 'Process map diagram' })
        .getByRole('button', { name: /^Registered: / }),
    );
    const before = await screenedEvents(page);

    // To the candidate and back inside the app (no reload), as a recruiter goes: the palette, then the menu.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await visible(palette);
    await page.keyboard.type(person.name);
    await visible(palette.getByRole('option', { name: new RegExp(person.name) }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/candidates/${person.id}**`);
    await visible(page.getByRole('heading', { level: 1, name: person.name }));
    await page
      .getByRole('toolbar', { name: 'Quick actions' })
      .getByRole('button', { name: 'Screen' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Record a screening' });
    await dialog.getByLabel('Interviewer').fill('Rita');
    await dialog.getByRole('button', { name: 'Save screening' }).click();
    await visible(page.getByRole('status').getByText('Screening recorded'));
    const saved = Date.now();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Candidate journeys' })
      .click();
    await expect.poll(() => screenedEvents(page), { timeout: 1000, interval: 25 }).toBe(before + 1);
    expect(Date.now() - saved).toBeLessThan(1000);
  });
});
