/**
 * The firm the browser tests work in, created through the real use cases before the server starts: staff of every
 * role, a client with a contact and an open job order, and a candidate with a phone number and employment history.
 */
import { createCandidateRequest, createEmploymentRequest } from '../src/contract/candidates.ts';
import { createClientRequest, createContactRequest } from '../src/contract/clients.ts';
import { createJobOrderRequest } from '../src/contract/job-orders.ts';
import type { Actor, Role } from '../src/domain/roles.ts';
import { addEmployment, createCandidate } from '../src/services/candidates.ts';
import { createClient, createContact } from '../src/services/clients.ts';
import { type ServiceContext, systemClock } from '../src/services/context.ts';
import { addUserFromCommandLine } from '../src/services/firm-setup.ts';
import { createJobOrder } from '../src/services/job-orders.ts';
import type { Store } from '../src/store/database.ts';

export const E2E_PASSWORD = 'Browser-Tests-Pass-7';

/**
 * How many days before the run the stalled candidate registered: past the 3 days a registration may wait for a
 * screening. A journey only stalls once time has passed, and the server runs on the real clock, so this one record
 * is made here, on a clock set back, before the server starts.
 */
export const STALLED_DAYS = 10;

export interface E2eData {
  users: Record<'admin' | 'recruiter' | 'accountManager', { email: string; name: string }>;
  candidate: { id: string; name: string; phone: string; email: string; employer: string };
  /** The recruiter's candidate registered STALLED_DAYS days before the run and never screened: stalled. */
  stalledCandidate: { id: string; name: string };
  client: { id: string; name: string; contact: string };
  jobOrder: { id: string; title: string; payRate: number };
}

export async function prepareFirm(store: Store): Promise<E2eData> {
  const ctx: ServiceContext = { store, clock: systemClock };
  const add = async (email: string, name: string, role: Role, firm?: string): Promise<Actor> => {
    const {
      user,
      firm: f,
      branch,
    } = await addUserFromCommandLine(ctx, {
      email,
      name,
      role,
      branch: 'Boston',
      firm,
      password: E2E_PASSWORD,
    });
    return { userId: user.id, firmId: f.id, branchId: branch.id, role };
  };
  await add('admin@e2e.example', 'Avery Admin', 'admin', 'E2E Staffing');
  const recruiter = await add('rita@e2e.example', 'Rita Recruiter', 'recruiter');
  const am = await add('alan@e2e.example', 'Alan Accounts', 'account_manager');

  const client = await createClient(
    ctx,
    am,
    createClientRequest.parse({ name: 'Bayside Foods', industry: 'manufacturing', city: 'Boston' }),
  );
  const contact = await createContact(
    ctx,
    am,
    client.id,
    createContactRequest.parse({
      firstName: 'Morgan',
      lastName: 'Hale',
      title: 'Plant manager',
      emails: [{ address: 'morgan.hale@bayside.example' }],
    }),
  );
  const order = await createJobOrder(
    ctx,
    am,
    createJobOrderRequest.parse({
      clientId: client.id,
      contactId: contact.id,
      title: 'Forklift operator',
      type: 'temp',
      openings: 2,
      payRate: 22.5,
      billRate: 33,
      startDate: '2026-12-07',
      requiredSkills: ['Forklift'],
      status: 'open',
    }),
  );
  const candidate = await createCandidate(
    ctx,
    recruiter,
    createCandidateRequest.parse({
      firstName: 'Dana',
      lastName: 'Whitfield',
      emails: [{ address: 'dana.whitfield@mail.example' }],
      phones: [{ number: '(617) 555-0199' }],
      city: 'Quincy',
      skills: [{ name: 'Forklift', years: 5 }],
      source: 'referral',
    }),
  );
  await addEmployment(
    ctx,
    recruiter,
    candidate.id,
    createEmploymentRequest.parse({
      employer: 'Northshore Distribution',
      title: 'Warehouse associate',
      startDate: '2021-04-01',
      endDate: '2025-08-15',
      reasonForLeaving: 'Site closed',
    }),
  );
  const setBack: ServiceContext = {
    store,
    clock: { now: () => new Date(Date.now() - STALLED_DAYS * 86_400_000) },
  };
  const stalled = await createCandidate(
    setBack,
    recruiter,
    createCandidateRequest.parse({
      firstName: 'Marlowe',
      lastName: 'Quist',
      emails: [{ address: 'marlowe.quist@mail.example' }],
      city: 'Braintree',
      source: 'walk_in',
    }),
  );
  return {
    users: {
      admin: { email: 'admin@e2e.example', name: 'Avery Admin' },
      recruiter: { email: 'rita@e2e.example', name: 'Rita Recruiter' },
      accountManager: { email: 'alan@e2e.example', name: 'Alan Accounts' },
    },
    candidate: {
      id: candidate.id,
      name: 'Dana Whitfield',
      phone: '(617) 555-0199',
      email: 'dana.whitfield@mail.example',
      employer: 'Northshore Distribution',
    },
    stalledCandidate: { id: stalled.id, name: 'Marlowe Quist' },
    client: { id: client.id, name: 'Bayside Foods', contact: 'Morgan Hale' },
    jobOrder: { id: order.id, title: 'Forklift operator', payRate: 22.5 },
  };
}

export interface E2eDemo {
  email: string;
  password: string;
  name: string;
  /** The demo firm's slug: the careers site the server shows in a demo run (PUBLIC_FIRM). */
  slug: string;
  /** The Boston branch manager's email (same password): the compliance report as a manager sees it. */
  managerEmail: string;
  /** The admin's email (same password): the status page's resources settings. */
  adminEmail: string;
}

/**
 * Seeds the demo firm (its own firm: the test firm's records stay apart) and names the account the README's
 * screenshots are taken as: a Boston recruiter, whose home page lists candidates of their own; and the Boston
 * manager and the admin, for the screens only they see.
 */
export async function prepareDemoFirm(store: Store): Promise<E2eDemo> {
  // Loaded only when asked for: the seed is a large module that other runs need not load.
  const { DEMO_PASSWORD, demoAccounts, seedDemo } = await import('../src/services/demo-seed.ts');
  const seeded = await seedDemo({ store, clock: systemClock });
  const named = (role: Role) => {
    const account = demoAccounts.find((a) => a.role === role && a.branch === 'boston');
    if (!account) throw new Error(`the demo seed names no ${role} in Boston`);
    return account;
  };
  const account = named('recruiter');
  return {
    email: account.email,
    password: DEMO_PASSWORD,
    name: account.name,
    slug: seeded.firm.slug,
    managerEmail: named('branch_manager').email,
    adminEmail: named('admin').email,
  };
}
