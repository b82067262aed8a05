/**
 * The screens of the README (docs/screenshots/*.png at 1440×900), saved when UPDATE_SCREENSHOTS=1. They are
 * taken in the demo firm, which global-setup seeds for such a run, signed in as one of its recruiters; the records
 * shown are picked through the API for how much of the screen they fill. In other runs the demo firm is absent and
 * the same screens are only opened and checked, in the test firm.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type {
  CandidatePipeline,
  ClientSummary,
  ContactDetail,
  EmploymentEntry,
  JobOrderPipeline,
  JobOrderSummary,
  SearchHit,
  Timeline,
} from '../src/contract/index.ts';
import { data, demo, launchBrowser, screenshot } from './browser.ts';
import { E2E_PASSWORD } from './fixtures-data.ts';
import { api, gone, scrolledToTop, unique, visible, withPage } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Api = Awaited<ReturnType<typeof api>>;
type Items<T> = { items: T[]; total: number };

/** Waits until nothing on the page is loading and the fonts are in, so the picture is of the finished screen. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  expect(await page.locator('.state-error').count()).toBe(0);
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { document: { fonts: { status: string } } }).document.fonts.status ===
      'loaded',
  );
}

/** Picks the item with the highest score (the first on a tie), or the first when none scores. */
async function best<T>(items: T[], score: (item: T) => Promise<number>): Promise<T | undefined> {
  let pick: T | undefined;
  let top = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const s = await score(item);
    if (s > top) [pick, top] = [item, s];
  }
  return pick;
}

/**
 * Candidates whose employment history, pipeline and timeline may all show on one screen, most promising first: two
 * lines of history (one a placement of ours), one or two submissions, a check-in, a short list of interviews.
 */
async function candidatesForScreen(http: Api) {
  const onAssignment = await http.get<Items<{ id: string }>>(
    '/api/candidates?status=on_assignment&pageSize=50',
  );
  const recent = await http.get<Items<{ id: string }>>('/api/candidates?pageSize=100');
  const pool = [...new Map([...onAssignment.items, ...recent.items].map((c) => [c.id, c])).values()];
  const scored: { id: string; score: number }[] = [];
  for (const c of pool) {
    const pipeline = await http.get<CandidatePipeline>(`/api/candidates/${c.id}/pipeline`);
    const history = await http.get<{ items: EmploymentEntry[] }>(`/api/candidates/${c.id}/employment`);
    const lines = history.items.length;
    const placed = history.items.some((line) => line.origin === 'placement');
    const checkIns = pipeline.placements.reduce((n, p) => n + p.checkIns.length, 0);
    const score =
      (lines === 2 ? 4 : lines === 1 || lines === 3 ? 2 : 0) +
      (placed ? 2 : 0) +
      (checkIns > 0 ? 2 : 0) +
      (pipeline.submissions.length >= 1 && pipeline.submissions.length <= 2 ? 3 : 0) +
      (pipeline.interviews.length <= 1 ? 2 : 0) +
      (pipeline.assessments.length === 0 ? 1 : 0) +
      (pipeline.placements.length === 1 ? 1 : 0);
    scored.push({ id: c.id, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((c) => c.id);
}

/** An active client whose latest contacts are mostly people talking (calls, meetings), not Waypoint's own entries. */
async function pickClient(http: Api) {
  const clients = await http.get<Items<ClientSummary>>('/api/clients?pageSize=100');
  return best(clients.items, async (c) => {
    const latest = await http.get<Timeline>(`/api/clients/${c.id}/timeline?limit=5`);
    const contacts = await http.get<{ items: ContactDetail[] }>(`/api/clients/${c.id}/contacts`);
    const spoken = latest.items.filter((t) => t.channel !== 'system').length;
    // A live account first (active, an open order, two or more people), then the most conversation.
    return (
      (c.status === 'active' ? 20 : 0) +
      (c.openOrders > 0 ? 10 : 0) +
      (contacts.items.length >= 2 ? 5 : 0) +
      spoken * 2 +
      latest.items.length
    );
  });
}

/** The workable job order whose board has cards in the most columns. */
async function pickJobOrder(http: Api) {
  const orders = await http.get<Items<JobOrderSummary>>('/api/job-orders?state=workable&pageSize=100');
  return best(orders.items, async (o) => {
    const pipeline = await http.get<JobOrderPipeline>(`/api/job-orders/${o.id}/pipeline`);
    const columns = new Set(pipeline.submissions.map((s) => s.status)).size;
    return columns * 10 + Math.min(pipeline.submissions.length, 9);
  });
}

/** A search term that finds something of every kind: a word of a client's name (its people, its orders, its alumni). */
async function pickSearchTerm(http: Api, clients: string[]) {
  const words = [
    ...new Set(clients.map((name) => name.split(/\s+/)[0]?.toLowerCase() ?? '').filter((w) => w.length >= 3)),
  ];
  const term = await best(words.slice(0, 40), async (word) => {
    const results = await http.get<{ items: SearchHit[] }>(
      `/api/search?q=${encodeURIComponent(word)}&limit=20`,
    );
    // Every kind of record, and few enough candidates (listed first) that the other kinds show too.
    const candidates = results.items.filter((h) => h.type === 'candidate').length;
    const kinds = new Set(results.items.map((h) => h.type)).size;
    return kinds * 100 - Math.max(0, candidates - 2) * 30 + Math.min(results.items.length, 10);
  });
  return term ?? 'a';
}

test('the README screens: home, lists, a candidate, a client, a board, the palette', async () => {
  const account = demo() ?? {
    email: data().users.recruiter.email,
    password: E2E_PASSWORD,
    name: data().users.recruiter.name,
  };
  await withPage(browser, { email: account.email, password: account.password }, async (page) => {
    await page.goto('/');
    const http = await api(page);
    const candidates = await candidatesForScreen(http);
    const [client, order] = [await pickClient(http), await pickJobOrder(http)];
    expect(candidates.length > 0 && client && order).toBeTruthy();
    if (!client || !order) return;
    const clientNames = (await http.get<Items<ClientSummary>>('/api/clients?pageSize=100')).items.map(
      (c) => c.name,
    );
    const term = await pickSearchTerm(http, clientNames);

    const firstName = account.name.split(' ')[0];
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(`^Good \\w+, ${firstName}$`) }));
    await visible(page.getByRole('region', { name: 'Recent touchpoints' }).locator('li.tp').first());
    await settled(page);
    await screenshot(page, 'home');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Candidates' }));
    await visible(page.locator('tbody tr').first());
    await settled(page);
    await screenshot(page, 'candidates-list');

    // As the palette opens a candidate: at the employment history, with the pipeline and timeline under it.
    // Of the likeliest few, the first whose timeline starts high enough on the screen to show some entries.
    const tries = candidates.slice(0, 6);
    for (const [index, id] of tries.entries()) {
      await page.goto(`/candidates/${id}#employment`);
      await visible(page.getByRole('region', { name: 'Timeline' }).locator('li.tp').first());
      await settled(page);
      await expect.poll(() => scrolledToTop(page.locator('#employment'))).toBe(true);
      const top = await page.locator('#timeline').evaluate((el) => el.getBoundingClientRect().top);
      if (top < 650 || index === tries.length - 1) break;
    }
    await screenshot(page, 'candidate');

    await page.goto(`/clients/${client.id}`);
    await visible(page.getByRole('region', { name: 'Latest contacts' }).locator('li.tp').first());
    await visible(page.getByRole('region', { name: 'Complete contact record' }).locator('li.tp').first());
    await settled(page);
    await screenshot(page, 'client');

    await page.goto(`/job-orders/${order.id}`);
    const board = page.getByRole('region', { name: /^Pipeline/ });
    // The test firm's orders may have no cards yet (this file may run first); the demo firm's picked one has.
    await visible(demo() ? board.getByRole('article').first() : board);
    await settled(page);
    await screenshot(page, 'job-order-board');

    await page.goto('/');
    await settled(page);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await visible(palette);
    await page.keyboard.type(term);
    await visible(palette.getByRole('option').first());
    await expect.poll(() => palette.locator('.palette-stale').count()).toBe(0);
    await gone(palette.getByText('Searching…'));
    await screenshot(page, 'command-palette');
  });
});

test('the journey maps: candidates and clients', async () => {
  const account = demo() ?? {
    email: data().users.recruiter.email,
    password: E2E_PASSWORD,
    name: data().users.recruiter.name,
  };
  await withPage(browser, { email: account.email, password: account.password }, async (page) => {
    const maps = [
      ['/journeys/candidates', 'Candidate journeys', 'journey-map-candidates'],
      ['/journeys/clients', 'Client journeys', 'journey-map-clients'],
    ] as const;
    for (const [path, title, name] of maps) {
      await page.goto(path);
      await visible(page.getByRole('heading', { level: 1, name: title }));
      const map = page.getByRole('region', { name: 'Process map diagram' });
      await visible(map.locator('.react-flow__node').first());
      await visible(page.getByRole('region', { name: 'Funnel' }).getByRole('listitem').first());
      await settled(page);
      // The map runs top to bottom, taller than the screen: the picture starts at its section, not at the filters.
      await page.locator('#process-map').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, name);
    }
  });
});

test('keeping people informed: the contact guard, the messages, my work, the service standards', async () => {
  const account = demo() ?? {
    email: data().users.recruiter.email,
    password: E2E_PASSWORD,
    name: data().users.recruiter.name,
  };
  // An order with someone on it to write to: the demo firm's busiest board has people; in the test firm one is made
  // here (other files' orders may have no one on them yet, or no one with an email).
  let ownOrder: { id: string; title: string } | undefined;
  if (!demo()) {
    await withPage(browser, data().users.admin.email, async (page) => {
      const http = await api(page);
      const u = unique();
      ownOrder = await http.post<{ id: string; title: string }>('/api/job-orders', {
        clientId: data().client.id,
        title: `Packing lead ${u}`,
        type: 'temp',
        openings: 1,
        payRate: 20,
        rateUnit: 'hour',
        status: 'open',
      });
      const candidate = await http.post<{ id: string }>('/api/candidates', {
        firstName: 'Robin',
        lastName: `Ames${u}`,
        emails: [{ address: `robin.ames.${u}@mail.example` }],
      });
      await http.post('/api/submissions', { candidateId: candidate.id, jobOrderId: ownOrder.id });
    });
  }
  await withPage(browser, { email: account.email, password: account.password }, async (page) => {
    await page.goto('/');
    const http = await api(page);
    // A candidate on a live order, written to about it with a pay rate the order does not say: the guard's conflict.
    const order = ownOrder ?? (await pickJobOrder(http));
    if (!order) throw new Error('no workable job order to write about');
    const pipeline = await http.get<JobOrderPipeline>(`/api/job-orders/${order.id}/pipeline`);
    const submission = pipeline.submissions[0];
    if (!submission) throw new Error(`no one on ${order.title} to write to`);
    await page.goto(`/candidates/${submission.candidate.id}`);
    await page
      .getByRole('toolbar', { name: 'Quick actions' })
      .getByRole('button', { name: 'Email', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: `Message to ${submission.candidate.name}` });
    await visible(dialog);
    await dialog.getByLabel('About job order').selectOption({ label: order.title });
    await dialog.getByLabel('Subject', { exact: true }).fill(`${order.title}: the rate`);
    await dialog
      .getByLabel('Message', { exact: true })
      .fill('Good news: the pay is $99.00 per hour. Can you start Monday?');
    const warnings = dialog
      .getByRole('region', { name: 'Contact guard' })
      .getByRole('list', { name: 'Warnings' });
    await visible(warnings.getByRole('listitem').filter({ hasText: 'Conflicting pay rate' }));
    await settled(page);
    await screenshot(page, 'compose-guard');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/messages');
    await visible(page.getByRole('heading', { level: 1, name: 'Messages' }));
    await page.getByRole('tab', { name: /^Outbox/ }).click();
    await settled(page);
    await screenshot(page, 'messages');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'My work' }));
    await visible(page.getByRole('table', { name: 'Work queue' }));
    await settled(page);
    await screenshot(page, 'work-queue');
  });
  // The compliance report as a branch manager sees it: the whole branch and firm, not one recruiter's own.
  const manager = demo()
    ? { email: demo()!.managerEmail, password: account.password }
    : { email: data().users.admin.email, password: E2E_PASSWORD };
  await withPage(browser, manager, async (page) => {
    await page.goto('/compliance');
    await visible(page.getByRole('heading', { level: 1, name: 'Service standards' }));
    const report = page.getByRole('table', { name: 'Compliance by standard and month' });
    await visible(report);
    await expect.poll(() => report.getByRole('button').count()).toBeGreaterThan(0);
    await settled(page);
    await screenshot(page, 'compliance');
  });
});

test('the front door: the careers site on a phone, a posting, the status page; resources per stage', async () => {
  const admin = demo()
    ? { email: demo()!.adminEmail, password: demo()!.password }
    : { email: data().users.admin.email, password: E2E_PASSWORD };
  const email = `taylor.morgan.${Date.now()}@mail.example`;
  let statusPath = '';
  await withPage(browser, admin, async (page) => {
    await page.goto('/');
    const http = await api(page);
    // The test firm publishes nothing of its own: give it a posting (the demo firm has dozens).
    const feed = await http.get<{ jobs: unknown[] }>('/careers/jobs.json');
    if (!demo() && feed.jobs.length === 0) {
      await http.post('/api/job-orders', {
        clientId: data().client.id,
        title: 'Warehouse associate',
        type: 'temp',
        openings: 4,
        payRate: 19.5,
        billRate: 29,
        city: 'Chelsea',
        description: 'Receive, pick and pack orders on day shift.\n\nSteel-toe boots required.',
        status: 'open',
        published: true,
      });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/careers');
    await visible(page.getByRole('heading', { level: 1 }));
    await screenshot(page, 'careers-phone');

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('main a[href^="/careers/jobs/"]').first().click();
    await visible(page.getByRole('link', { name: 'Apply' }).first());
    await screenshot(page, 'careers-posting');

    // Apply as a job seeker (the staff cookie is not sent to the public form's handling: it needs none).
    await page.getByRole('link', { name: 'Apply' }).first().click();
    await page.getByLabel('First name').fill('Taylor');
    await page.getByLabel('Last name').fill('Morgan');
    await page.getByLabel('Email').fill(email);
    // An area code the demo firm's people do not have: a new person, not a match by phone.
    await page.getByLabel('Mobile phone').fill('(907) 555-0188');
    await page.getByLabel(/I have read the privacy notice/).check();
    await page.getByRole('button', { name: 'Send my application' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Application sent' }));

    const found = await http.get<{ items: { id: string }[] }>(
      `/api/candidates?q=${encodeURIComponent(email)}`,
    );
    const mail = await http.get<{ items: { body: string }[] }>(
      `/api/messages?box=outbox&candidateId=${found.items[0]!.id}`,
    );
    statusPath = /\/careers\/status\/[A-Za-z0-9_-]+/.exec(mail.items[0]?.body ?? '')?.[0] ?? '';
    expect(statusPath).not.toBe('');

    await page.goto('/settings/status-page');
    await visible(page.getByRole('heading', { level: 1 }));
    await settled(page);
    await screenshot(page, 'stage-resources');
  });
  await withPage(browser, null, async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(statusPath);
    await visible(page.getByRole('heading', { level: 1, name: 'Hello Taylor' }));
    await screenshot(page, 'status-page');
  });
});
