/**
 * Test data built through the real use cases (so every record has its touchpoints and search terms), with
 * overrides: `buildCandidate(world, { city: 'Salem' })`. A "world" is a firm with two branches and one user per
 * role in the first, plus a recruiter in the second.
 */
import { createHash } from 'node:crypto';
import type { CreateCandidateRequest } from '../src/contract/candidates.ts';
import { createCandidateRequest } from '../src/contract/candidates.ts';
import {
  type CreateClientRequest,
  type CreateContactRequest,
  createClientRequest,
  createContactRequest,
} from '../src/contract/clients.ts';
import { type CreateJobOrderRequest, createJobOrderRequest } from '../src/contract/job-orders.ts';
import { createPlacementRequest, createSubmissionRequest } from '../src/contract/pipeline.ts';
import type { Actor, Role } from '../src/domain/roles.ts';
import { createCandidate } from '../src/services/candidates.ts';
import { createClient, createContact } from '../src/services/clients.ts';
import { type Clock, type ServiceContext, systemClock } from '../src/services/context.ts';
import type { IntakeRequest, PreparedDocument } from '../src/services/front-door/intake.ts';
import { createJobOrder } from '../src/services/job-orders.ts';
import { hashPassword } from '../src/services/passwords.ts';
import { createPlacement } from '../src/services/placements.ts';
import type { PublicFirm } from '../src/services/public/firm.ts';
import { createSubmission } from '../src/services/submissions.ts';
import type { Store } from '../src/store/database.ts';
import { insertBranch, insertFirm } from '../src/store/firms.ts';
import { insertUser } from '../src/store/users.ts';

export const TEST_PASSWORD = 'Staffing-Test-Pass-1';

// One argon2id hash per worker: hashing is deliberately slow, and every test user shares the password.
let passwordHash: Promise<string> | null = null;
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let seq = 0;
/** A number unique within the test run's worker, for emails and names that must not collide. */
export const unique = () => `${process.pid.toString(36)}${(++seq).toString(36)}`;

export interface TestUser extends Actor {
  email: string;
  name: string;
}

export interface World {
  ctx: ServiceContext;
  firmId: string;
  branchA: string;
  branchB: string;
  admin: TestUser;
  manager: TestUser;
  recruiter: TestUser;
  accountManager: TestUser;
  /** A recruiter of the second branch. */
  otherRecruiter: TestUser;
  /** A branch manager of the second branch. */
  otherManager: TestUser;
}

async function addTestUser(
  store: Store,
  firmId: string,
  branchId: string,
  role: Role,
  label: string,
): Promise<TestUser> {
  const email = `${label}.${unique()}@test.example`;
  const name = `${label.replace(/^\w/, (c) => c.toUpperCase())} ${unique()}`;
  const userId = await insertUser(store.db, {
    firmId,
    branchId,
    email,
    emailNormalized: email,
    name,
    role,
    passwordHash: await testHash(),
  });
  return { userId, firmId, branchId, role, email, name };
}

/** A firm of its own for a test: firms never see each other, so tests sharing a database stay independent. */
export async function buildWorld(store: Store, clock: Clock = systemClock): Promise<World> {
  const firm = await insertFirm(store.db, { name: `Firm ${unique()}`, slug: `firm-${unique()}` });
  const a = await insertBranch(store.db, { firmId: firm.id, name: 'Boston', city: 'Boston' });
  const b = await insertBranch(store.db, { firmId: firm.id, name: 'Worcester', city: 'Worcester' });
  return {
    ctx: { store, clock },
    firmId: firm.id,
    branchA: a.id,
    branchB: b.id,
    admin: await addTestUser(store, firm.id, a.id, 'admin', 'admin'),
    manager: await addTestUser(store, firm.id, a.id, 'branch_manager', 'manager'),
    recruiter: await addTestUser(store, firm.id, a.id, 'recruiter', 'recruiter'),
    accountManager: await addTestUser(store, firm.id, a.id, 'account_manager', 'accountmanager'),
    otherRecruiter: await addTestUser(store, firm.id, b.id, 'recruiter', 'otherrecruiter'),
    otherManager: await addTestUser(store, firm.id, b.id, 'branch_manager', 'othermanager'),
  };
}

export function candidateInput(overrides: Partial<CreateCandidateRequest> = {}): CreateCandidateRequest {
  const u = unique();
  return {
    firstName: 'Casey',
    lastName: `Rivera${u}`,
    emails: [{ address: `casey.${u}@mail.example` }],
    phones: [{ number: `617-555-${String(seq % 10_000).padStart(4, '0')}` }],
    city: 'Boston',
    skills: [{ name: 'Forklift', years: 3 }],
    source: 'job_board',
    ...overrides,
  };
}

/** The firm as its public pages name it (the careers site, the status page, the staffing request form). */
export const publicFirm = (w: World): PublicFirm => ({
  id: w.firmId,
  name: 'Harbor Test Staffing',
  slug: 'harbor-test',
});

/** A public post's idempotency key, new for every call (a post that repeats its key is a retry). */
export const postKey = (prefix = 'key') => `${prefix}-${unique()}-${Math.random().toString(36).slice(2)}`;

/**
 * What the careers site hands `receiveApplication`: a registration (no job) by a new person, with an email and a
 * phone of their own. People are matched by email and by phone, so each call gets a phone no other call of the run
 * gets; pass one (or an email) to mean the same person.
 */
export function applicationInput(
  w: World,
  overrides: Partial<Omit<IntakeRequest, 'person'>> & { person?: Partial<IntakeRequest['person']> } = {},
): IntakeRequest {
  const u = unique();
  const { person, ...rest } = overrides;
  return {
    firm: publicFirm(w),
    jobOrderId: null,
    person: {
      firstName: 'Jordan',
      lastName: `Reyes${u}`,
      email: `jordan.${u}@mail.example`,
      // Another area code than candidateInput's, numbered by the sequence behind unique(): no two alike in a file.
      phone: `(781) 555-${String(seq % 10_000).padStart(4, '0')}`,
      ...person,
    },
    smsConsent: false,
    attribution: {},
    resume: null,
    idempotencyKey: postKey('apply'),
    ownHost: 'jobs.harbor.example',
    ...rest,
  };
}

/** A small PDF as a public form keeps it once checked: its bytes (carrying `line`), their sha256 and its text. */
export function preparedPdf(
  line: string,
  filename = 'Resume.pdf',
  text = `Forklift operator. ${line}`,
): PreparedDocument {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${line}\n%%EOF\n`);
  return {
    filename,
    mediaType: 'application/pdf',
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: { status: text ? 'extracted' : 'empty', text },
  };
}

export const buildCandidate = (
  w: World,
  overrides: Partial<CreateCandidateRequest> = {},
  by: Actor = w.recruiter,
) => createCandidate(w.ctx, by, createCandidateRequest.parse(candidateInput(overrides)));

export const buildClient = (
  w: World,
  overrides: Partial<CreateClientRequest> = {},
  by: Actor = w.accountManager,
) =>
  createClient(
    w.ctx,
    by,
    createClientRequest.parse({
      name: `Acme ${unique()}`,
      city: 'Boston',
      industry: 'logistics',
      ...overrides,
    }),
  );

export const buildContact = (
  w: World,
  clientId: string,
  overrides: Partial<CreateContactRequest> = {},
  by: Actor = w.accountManager,
) =>
  createContact(
    w.ctx,
    by,
    clientId,
    createContactRequest.parse({
      firstName: 'Pat',
      lastName: `Manager${unique()}`,
      emails: [{ address: `pat.${unique()}@acme.example` }],
      ...overrides,
    }),
  );

export async function buildJobOrder(
  w: World,
  overrides: Partial<CreateJobOrderRequest> = {},
  by: Actor = w.accountManager,
) {
  const clientId = overrides.clientId ?? (await buildClient(w)).id;
  return createJobOrder(
    w.ctx,
    by,
    createJobOrderRequest.parse({
      title: 'Forklift operator',
      type: 'temp',
      openings: 1,
      payRate: 21,
      billRate: 31.5,
      ...overrides,
      clientId,
    }),
  );
}

export const buildSubmission = (w: World, candidateId: string, jobOrderId: string, by: Actor = w.recruiter) =>
  createSubmission(w.ctx, by, createSubmissionRequest.parse({ candidateId, jobOrderId }));

export const buildPlacement = (w: World, submissionId: string, startDate: string, by: Actor = w.recruiter) =>
  createPlacement(w.ctx, by, createPlacementRequest.parse({ submissionId, startDate }));
