/**
 * A recruiter registers a candidate through the form: a field error appears while typing, the server's duplicate
 * email error lands under the Email field without losing anything typed, the saved candidate's page shows what was
 * entered, and a call logged there heads the candidate's timeline with the recruiter's name.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { fieldError, gone, hasText, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a recruiter registers a candidate, fixes a duplicate email, and logs a call', async () => {
  const id = unique();
  const lastName = `Pike${id}`;
  const typed = {
    'First name': 'Jordan',
    'Last name': lastName,
    Headline: 'Reach truck operator, night shifts',
    Phone: '(508) 555-0142',
    Skill: 'Reach truck',
    Years: '4',
    City: 'Worcester',
    'Resume text': 'Four years on reach trucks at a cold-storage warehouse.',
  };
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/candidates/new');
    await visible(page.getByRole('heading', { name: 'New candidate' }));
    for (const [label, value] of Object.entries(typed))
      await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Level', { exact: true }).selectOption({ label: 'Advanced' });
    await page.getByLabel('How did you hear about us?').selectOption({ label: 'Referral' });

    // Typed key by key, the address is refused before anything is sent, and accepted once it is complete.
    const email = page.getByLabel('Email', { exact: true });
    await email.pressSequentially('jordan.pike@');
    await hasText(fieldError(page.locator('body'), 'Email'), 'Not a valid email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await email.fill(data().candidate.email);
    await gone(fieldError(page.locator('body'), 'Email'));

    // The address belongs to the fixture candidate: the server says so under the field.
    await page.getByRole('button', { name: 'Create candidate' }).click();
    await hasText(fieldError(page.locator('body'), 'Email'), 'Already registered to another candidate');
    await hasText(page.getByRole('alert'), `is already registered to ${data().candidate.name}`);
    expect(new URL(page.url()).pathname).toBe('/candidates/new');
    for (const [label, value] of Object.entries(typed))
      expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
    expect(await email.inputValue()).toBe(data().candidate.email);
    expect(await page.getByLabel('Level', { exact: true }).inputValue()).toBe('advanced');
    expect(await page.getByLabel('How did you hear about us?').inputValue()).toBe('referral');

    await email.fill(`jordan.${id}@mail.example`);
    await gone(fieldError(page.locator('body'), 'Email'));
    await page.getByRole('button', { name: 'Create candidate' }).click();
    await page.waitForURL(/\/candidates\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: `Jordan ${lastName}` }));
    const header = page.locator('.record-header');
    await hasText(header, typed.Headline);
    await hasText(header, typed.Phone);
    await hasText(header, `jordan.${id}@mail.example`);
    await hasText(header, 'Worcester');
    await hasText(page.getByRole('region', { name: /^Skills/ }), 'Reach truck');
    await hasText(page.getByRole('region', { name: 'Details' }), 'Referral');
    await hasText(page.getByRole('region', { name: 'Timeline' }), 'Registered');

    // A call logged from the page heads the timeline, by the recruiter who logged it.
    await page.getByRole('button', { name: 'Log call', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    await dialog.getByLabel('Summary').fill(`Talked through night-shift openings ${id}`);
    await dialog.getByLabel('Outcome').selectOption({ label: 'Connected' });
    await dialog.getByRole('button', { name: 'Save call' }).click();
    await visible(page.getByRole('status').getByText('Call logged'));
    await gone(dialog);
    const first = page.getByRole('region', { name: 'Timeline' }).locator('li.tp').first();
    await hasText(first, `Talked through night-shift openings ${id}`);
    await hasText(first, `by ${data().users.recruiter.name}`);
    await hasText(first, 'Connected');
    await hasText(first, 'Contacted');
  });
});
