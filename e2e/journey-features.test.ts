/**
 * The journey features around the map, in a browser on the fixture firm: two segments compared side by side with
 * their difference marked; a person's path on their page, step by step and on the map; the needs-attention list and
 * its way to the person; the admin's definition editor (a new version the map then uses), and a recruiter kept out of
 * it. Each test creates the records it counts on, except the stalled candidate: a journey stalls only as days pass,
 * so that one is made before the server starts, on a clock set back (fixtures-data.ts). The definition test renames
 * an activity no other test looks for, and puts the definition back as it found it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, launchBrowser } from './browser.ts';
import { STALLED_DAYS } from './fixtures-data.ts';
import { api, hasText, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Http = Awaited<ReturnType<typeof api>>;

interface MapView {
  journeys: number;
  definition: { version: number };
}

interface Definition {
  version: number;
  activities: { key: string; label: string; stallDays: number | null; terminal: boolean }[];
  stages: string[];
}

/** A candidate registered now through the API, with whatever else the test gives (source, first heard of). */
async function newCandidate(http: Http, firstName: string, extra: Record<string, unknown> = {}) {
  const lastName = `Features${unique()}`;
  const candidate = await http.post<{ id: string }>('/api/candidates', {
    firstName,
    lastName,
    emails: [{ address: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@mail.example` }],
    ...extra,
  });
  return { id: candidate.id, name: `${firstName} ${lastName}` };
}

/** A screening or an internal interview held just now and passed: the journey's "Screened" or "Interviewed". */
const passed = (http: Http, candidateId: string, kind: 'screening' | 'internal') =>
  http.post('/api/interviews', {
    candidateId,
    kind,
    scheduledAt: new Date().toISOString(),
    outcome: 'passed',
  });

/** YYYY-MM-DD `days` days ago (UTC, as the server reads a date). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('two segments compared: each source’s journeys side by side, the difference in screening marked', async () => {
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    // Sources no other test gives a candidate, so the counts below are exactly the people made here.
    for (const source of ['job_fair', 'social_media']) {
      const map = await http.get<MapView>(`/api/journeys/candidate/map?source=${source}`);
      expect(map.journeys, `no candidate came from ${source} before this test`).toBe(0);
    }
    // A: two from a job fair, both screened. B: two from social media, neither screened yet.
    const fair = [await newCandidate(http, 'Fenna', { source: 'job_fair' })];
    fair.push(await newCandidate(http, 'Fitz', { source: 'job_fair' }));
    for (const person of fair) await passed(http, person.id, 'screening');
    const social = [await newCandidate(http, 'Sunny', { source: 'social_media' })];
    social.push(await newCandidate(http, 'Soren', { source: 'social_media' }));

    await mainNav(page).getByRole('link', { name: 'Candidate journeys' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Candidate journeys' }));
    const compare = page.getByRole('button', { name: 'Compare' });
    await compare.click();
    // Polled: the click returns before React has drawn the pressed state.
    await expect.poll(() => compare.getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Segment A: Source').selectOption({ label: 'Job fair' });
    await page.getByLabel('Segment B: Source').selectOption({ label: 'Social media' });

    // Each segment's own figures, beside its filters and on the line on top.
    await hasText(
      page.getByRole('group', { name: 'Segment A filters' }).locator('..'),
      /\b2 journeys · 4 events/,
    );
    await hasText(
      page.getByRole('group', { name: 'Segment B filters' }).locator('..'),
      /\b2 journeys · 2 events/,
    );
    await visible(page.getByText('A 2 journeys, 0 % end to end', { exact: true }));
    await visible(page.getByText('B 2 journeys, 0 % end to end', { exact: true }));

    // The funnel side by side: both reached Registered; A's two were screened, B's none, and B reads as worse.
    const funnel = page.getByRole('region', { name: 'Funnel · A against B' });
    await visible(funnel.getByRole('button', { name: 'A reached Registered: 2, list them' }));
    await visible(funnel.getByRole('button', { name: 'B reached Registered: 2, list them' }));
    await visible(funnel.getByRole('button', { name: 'A reached Screened: 2, list them' }));
    await visible(funnel.getByRole('button', { name: 'B reached Screened: 0, list them' }));
    const screened = funnel
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Screened' }) });
    const cells = screened.getByRole('cell');
    expect(await cells.allTextContents()).toEqual(['2', '100 %', '0', '0 %', '−100 pp (worse)']);
    // The words are for screen readers; the colour (red for worse) is the difference's class.
    expect(await cells.last().locator('.delta-worse').count()).toBe(1);

    // One process map per segment: A's Screened box holds its two, B's none.
    const mapA = page.getByRole('region', { name: 'Process map diagram of Segment A' });
    const mapB = page.getByRole('region', { name: 'Process map diagram of Segment B' });
    await visible(mapA.getByRole('button', { name: /^Screened: 2 journeys, 2 events/ }));
    await visible(mapB.getByRole('button', { name: /^Registered: 2 journeys, 2 events/ }));
    await visible(mapB.getByRole('button', { name: /^Screened: 0 journeys, 0 events/ }));

    // B's number lists B's people, and only them.
    await funnel.getByRole('button', { name: 'B reached Registered: 2, list them' }).click();
    const panel = page.getByRole('complementary', { name: 'Reached Registered' });
    await hasText(panel, 'Segment B · 2 journeys');
    const people = panel.getByRole('list', { name: 'People' });
    for (const person of social) await visible(people.getByRole('link', { name: person.name, exact: true }));
    expect(await people.getByRole('listitem').count()).toBe(2);
  });
});

test('a candidate’s page shows their path: the steps in order, and numbered on the map', async () => {
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    const person = await newCandidate(http, 'Pia', { source: 'website', firstHeardOn: daysAgo(20) });
    await passed(http, person.id, 'screening');
    await passed(http, person.id, 'internal');

    await page.goto(`/candidates/${person.id}`);
    await visible(page.getByRole('heading', { level: 1, name: person.name }));
    const section = page.getByRole('region', { name: 'Journey', exact: true });
    await section.getByRole('button', { name: 'Show journey' }).click();

    const steps = section.getByRole('list', { name: 'Steps' }).getByRole('listitem');
    await visible(steps.first());
    // Each step's number and label (the first without a gap before it), then where the journey rests now.
    const texts = (await steps.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toHaveLength(5);
    expect(texts[0]).toMatch(/^1 ?Heard of us$/);
    // Registered now, after hearing of the firm 20 days ago (at midnight UTC: 20 days and some hours).
    expect(texts[1]).toMatch(/^2[01] d 2 ?Registered$/);
    expect(texts[2]).toMatch(/ 3 ?Screened$/);
    expect(texts[3]).toMatch(/ 4 ?Interviewed$/);
    expect(texts[4]).toMatch(/now$/);
    expect(texts[4]).not.toMatch(/Stalled/);

    // On the firm's map: each box of the path carries its step number.
    await section.getByRole('button', { name: 'Show on the map' }).click();
    const map = section.getByRole('region', { name: `${person.name}'s path on the candidate journey map` });
    await visible(map.getByRole('button', { name: /^Heard of us: .*, step 1$/ }));
    await visible(map.getByRole('button', { name: /^Registered: .*, step 2$/ }));
    await visible(map.getByRole('button', { name: /^Screened: .*, step 3$/ }));
    await visible(map.getByRole('button', { name: /^Interviewed: .*, step 4$/ }));
    expect(await map.getByRole('button', { name: /, step \d+$/ }).count()).toBe(4);
  });
});

test('a candidate not screened within 3 days needs their owner’s attention; the row opens their page', async () => {
  const stalled = data().stalledCandidate;
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/');
    await mainNav(page)
      .getByRole('link', { name: /^Needs attention/ })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Needs attention' }));
    await expect
      .poll(() => page.getByRole('tab', { name: 'Mine' }).getAttribute('aria-selected'))
      .toBe('true');

    // Their row: resting at Registered, waiting the days since they registered against the 3 allowed.
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: stalled.name, exact: true }) });
    await visible(row);
    const cells = row.getByRole('cell');
    await hasText(cells.nth(0), new RegExp(`^${stalled.name}\\s+Candidate\\b`));
    await hasText(cells.nth(1), 'Registered');
    await hasText(cells.nth(3), `${STALLED_DAYS} d / 3 d`);
    await hasText(cells.nth(4), data().users.recruiter.name);

    // Anywhere on the row opens the candidate, whose journey shows as stalled.
    await cells.nth(3).click();
    await page.waitForURL(`**/candidates/${stalled.id}`);
    await visible(page.getByRole('heading', { level: 1, name: stalled.name }));
    const section = page.getByRole('region', { name: 'Journey', exact: true });
    await section.getByRole('button', { name: 'Show journey' }).click();
    await hasText(
      section.getByRole('list', { name: 'Steps' }),
      new RegExp(`^1\\s*Registered\\s+${STALLED_DAYS} d\\s+now\\s+Stalled$`),
    );
  });
});

test('a client quiet longer than the definition allows needs its account manager’s attention', async () => {
  await withPage(browser, data().users.accountManager.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    // The firm heard of it 40 days ago and nothing has happened since: "Heard of us" allows 30.
    const name = `Quiet Quarry ${unique()}`;
    const client = await http.post<{ id: string }>('/api/clients', {
      name,
      industry: 'construction',
      city: 'Boston',
      firstHeardOn: daysAgo(40),
    });

    await page.goto('/attention');
    await visible(page.getByRole('heading', { level: 1, name: 'Needs attention' }));
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await visible(row);
    await hasText(row, /Client/);
    await hasText(row.getByRole('cell').nth(1), 'Heard of us');
    await hasText(row.getByRole('cell').nth(3), '40 d / 30 d');
    await row.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(`**/clients/${client.id}`);
    await visible(page.getByRole('heading', { level: 1, name }));
  });
});

test('an admin renames a step and changes its threshold: a new version, which the map then uses', async () => {
  await withPage(browser, data().users.admin.email, async (page) => {
    await page.goto('/');
    const http = await api(page);
    // Someone who heard of the firm before registering, so "Heard of us" is on the map.
    const hal = await newCandidate(http, 'Hal', { source: 'other', firstHeardOn: daysAgo(5) });
    const original = await http.get<Definition>('/api/journeys/candidate/definition');
    const heard = original.activities.find((a) => a.key === 'heard_of_us');
    expect(heard?.label).toBe('Heard of us');
    const label = `Heard of us ${unique()}`;
    const next = original.version + 1;

    try {
      await mainNav(page).getByRole('link', { name: 'Candidate journeys' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Candidate journeys' }));
      await hasText(page.getByText(/^definition v\d+$/), `definition v${original.version}`);
      await page.getByRole('link', { name: 'Edit definition' }).click();
      await page.waitForURL('**/settings/journeys/candidate');
      await visible(page.getByRole('heading', { level: 1, name: 'Candidate journey: definition' }));
      await visible(page.getByText(new RegExp(`^Editing version ${original.version}\\b`)));

      await page.getByLabel('Label of heard_of_us').fill(label);
      await page.getByLabel('Stall days of heard_of_us').fill('21');
      await page.getByRole('button', { name: 'Save definition' }).click();
      await visible(page.getByRole('status').getByText(`Definition saved as version ${next}`));
      await visible(page.getByText(`Editing version ${next}, saved by ${data().users.admin.name}.`));
      expect(await page.getByLabel('Label of heard_of_us').inputValue()).toBe(label);
      expect(await page.getByLabel('Stall days of heard_of_us').inputValue()).toBe('21');
      const history = page.getByRole('region', { name: /^Version history/ });
      await hasText(history.getByRole('listitem').first(), new RegExp(`^Version ${next}\\s*Current`));

      // Back on the map (inside the app, no reload): the new version, and the step under its new name.
      await page.getByRole('link', { name: 'Candidate journey map' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Candidate journeys' }));
      await hasText(page.getByText(/^definition v\d+$/), `definition v${next}`);
      const map = page.getByRole('region', { name: 'Process map diagram' });
      await visible(map.getByRole('button', { name: new RegExp(`^${label}: \\d+ journeys?`) }));

      // The candidate's timeline names the step as the candidate definition now does.
      await page.goto(`/candidates/${hal.id}`);
      await visible(page.getByRole('heading', { level: 1, name: hal.name }));
      await hasText(page.getByRole('region', { name: 'Timeline' }), label);

      // And the API says the same of what was saved.
      const saved = await http.get<Definition>('/api/journeys/candidate/definition');
      expect(saved.version).toBe(next);
      expect(saved.activities.find((a) => a.key === 'heard_of_us')).toMatchObject({ label, stallDays: 21 });
    } finally {
      // Back as it was (as a newer version), for the other tests of the run.
      const current = await http.get<Definition>('/api/journeys/candidate/definition');
      if (current.version !== original.version) {
        await http.post('/api/journeys/candidate/definitions', {
          basedOn: current.version,
          activities: original.activities.map(({ key, label, stallDays, terminal }) => ({
            key,
            label,
            stallDays,
            terminal,
          })),
          stages: original.stages,
        });
      }
    }
  });
});

test('a recruiter has no "Edit definition", and the API refuses their save', async () => {
  await withPage(browser, data().users.recruiter.email, async (page) => {
    await page.goto('/journeys/candidates');
    await visible(page.getByRole('heading', { level: 1, name: 'Candidate journeys' }));
    await visible(page.getByRole('button', { name: 'Compare' }));
    expect(await page.getByRole('link', { name: 'Edit definition' }).count()).toBe(0);

    const http = await api(page);
    const current = await http.get<Definition>('/api/journeys/candidate/definition');
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const response = await page.request.post('/api/journeys/candidate/definitions', {
      data: {
        basedOn: current.version,
        activities: current.activities.map(({ key, label, stallDays, terminal }) => ({
          key,
          label: key === 'heard_of_us' ? 'Renamed by a recruiter' : label,
          stallDays,
          terminal,
        })),
        stages: current.stages,
      },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(response.status()).toBe(403);
    expect((await http.get<Definition>('/api/journeys/candidate/definition')).version).toBe(current.version);

    // Typing the editor's address shows why, not a form.
    await page.goto('/settings/journeys/candidate');
    await hasText(page.getByRole('alert'), 'Only an admin can change journey definitions.');
    expect(await page.getByRole('button', { name: 'Save definition' }).count()).toBe(0);
  });
});
