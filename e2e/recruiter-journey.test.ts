/**
 * The acceptance path of the issue, in one test, on the fixture firm: a recruiter finds the candidate by a phone
 * number typed in another format, lands on their employment history, submits them to the fixture job order, logs a
 * call about it, places them, and every step shows on the candidate's timeline and on the client's contact record.
 *
 * Order of steps: "About job order" offers only job orders the candidate is submitted to (a call is about an order
 * the candidate is in the pipeline of), so the call is logged after the submission. A call logged before it could
 * only be a plain call, which the client's record would rightly not show.
 *
 * This is the only test that changes the fixture candidate and job order; the others create their own records.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { gone, hasText, scrolledToTop, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The timeline entry whose text has all of `parts`. */
const entry = (timeline: Locator, ...parts: string[]) =>
  parts.reduce((items, part) => items.filter({ hasText: part }), timeline.locator('li.tp'));

test('find by phone, submit, log a call, place: every step on both timelines', async () => {
  const { candidate, client, jobOrder, users } = data();
  const call = `Told Dana about the forklift role at Bayside ${unique()}`;
  await withPage(browser, users.recruiter.email, async (page) => {
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1, name: /^Good / }));

    // The command palette finds the candidate by their phone number written another way.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await visible(palette);
    // Typed as a person types it, and Enter at once: the palette opens the first hit when the results arrive.
    await page.keyboard.type('617.555.0199');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/candidates/${candidate.id}#employment`);
    await gone(palette);
    const employment = page.getByRole('region', { name: /^Employment history/ });
    await hasText(employment, candidate.employer);
    await expect.poll(() => scrolledToTop(page.locator('#employment'))).toBe(true);

    // Submit to the fixture job order.
    await page.getByRole('button', { name: 'Submit to job order' }).click();
    const submit = page.getByRole('dialog', { name: `Submit ${candidate.name} to a job order` });
    await submit.getByRole('searchbox', { name: 'Find job order' }).fill('Forklift');
    await submit.getByRole('radio', { name: new RegExp(`^${jobOrder.title}`) }).check();
    expect(await submit.getByLabel('Stage').inputValue()).toBe('submitted');
    await submit.getByLabel('Notes').fill('Five years on counterbalance trucks; available nights.');
    await submit.getByRole('button', { name: 'Save submission' }).click();
    await visible(page.getByRole('status').getByText(`${candidate.name} submitted to ${jobOrder.title}`));
    await gone(submit);

    // Log a call about it.
    await page.getByRole('button', { name: 'Log call', exact: true }).click();
    const log = page.getByRole('dialog', { name: 'Log a call' });
    await log.getByLabel('Summary').fill(call);
    await log.getByLabel('Outcome').selectOption({ label: 'Connected' });
    await log.getByLabel('About job order').selectOption({ label: jobOrder.title });
    await log.getByRole('button', { name: 'Save call' }).click();
    await visible(page.getByRole('status').getByText('Call logged'));
    await gone(log);

    // Place them; the start date comes from the job order when it is later than today.
    await page.getByRole('button', { name: 'Place', exact: true }).click();
    const place = page.getByRole('dialog', { name: `Place ${candidate.name}` });
    await hasText(place, '0 of 2 openings filled');
    const startDate = await place.getByLabel('Start date').inputValue();
    await place.getByRole('button', { name: 'Confirm placement' }).click();
    await visible(page.getByRole('status').getByText(`${candidate.name} placed`));
    await gone(place);

    // The candidate's timeline has every step, newest first.
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await visible(entry(timeline, 'Placed', `${jobOrder.title}, starting ${startDate}`));
    await visible(
      entry(timeline, 'Contacted', call, `by ${users.recruiter.name}`, `about ${jobOrder.title}`),
    );
    await visible(entry(timeline, 'Submitted to client', `about ${jobOrder.title}`));
    // The assignment starts on its start date (the server logs it then), not when the placement is made.
    const started = entry(timeline, 'Assignment started');
    if (startDate <= new Date().toISOString().slice(0, 10)) await visible(started);
    else expect(await started.count()).toBe(0);
    const order = await timeline
      .locator('li.tp .tp-activity')
      .allInnerTexts()
      .then((labels) => labels.filter((l) => ['Placed', 'Contacted', 'Submitted to client'].includes(l)));
    expect(order).toEqual(['Placed', 'Contacted', 'Submitted to client']);
    await hasText(page.getByRole('region', { name: 'Pipeline' }), 'On assignment');

    // The client's complete contact record: the candidates presented, and the candidate's steps on its order.
    await page
      .getByRole('region', { name: 'Pipeline' })
      .getByRole('link', { name: client.name })
      .first()
      .click();
    await page.waitForURL(`**/clients/${client.id}`);
    const record = page.getByRole('region', { name: 'Complete contact record' });
    await visible(entry(record, 'Candidates presented', `about ${jobOrder.title}`));
    await visible(entry(record, 'Submitted to client', `with ${candidate.name}`, `about ${jobOrder.title}`));
    await visible(entry(record, 'Contacted', call, `with ${candidate.name}`));
    await visible(entry(record, 'Placed', `with ${candidate.name}`, `about ${jobOrder.title}`));
    const placements = page.getByRole('region', { name: /^Placements/ });
    await hasText(placements, candidate.name);
    await hasText(placements, 'On assignment');

    // The job order: one of its two openings filled, the candidate in the Placed column.
    await page.goto(`/job-orders/${jobOrder.id}`);
    await hasText(page.locator('.record-header'), '1 of 2 openings filled');
    await visible(
      page.getByRole('region', { name: 'Placed' }).getByRole('article', { name: candidate.name }),
    );
  });
});
