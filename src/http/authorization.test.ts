/**
 * The authorization matrix: every route of the contract's table × every kind of caller, with the outcome each cell
 * must have, declared here and checked against the running app on the real database. A route added to the table
 * without a row here fails the suite, so every new endpoint is classified on purpose.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/db.ts';
import {
  buildCandidate,
  buildClient,
  buildContact,
  buildJobOrder,
  buildPlacement,
  buildSubmission,
  buildWorld,
  candidateInput,
  preparedPdf,
  TEST_PASSWORD,
  type TestUser,
  unique,
  type World,
} from '../../test/factories.ts';
import { type Client, send, signIn, testApp } from '../../test/http.ts';
import { createEmploymentRequest } from '../contract/candidates.ts';
import { createInterviewRequest } from '../contract/pipeline.ts';
import { type RouteName, routes } from '../contract/routes.ts';
import { createStageResourceRequest } from '../contract/stage-resources.ts';
import { logTouchpointRequest } from '../contract/touchpoints.ts';
import { defaultCandidateJourney } from '../domain/journey-definition.ts';
import { addEmployment, getCandidate } from '../services/candidates.ts';
import { getClient, getContact } from '../services/clients.ts';
import { keepResume } from '../services/front-door/intake.ts';
import { createInterview } from '../services/interviews.ts';
import { getJobOrder } from '../services/job-orders.ts';
import { currentDefinition } from '../services/journey-definitions.ts';
import { statusRulesOf, templateOf } from '../services/messaging/settings.ts';
import { createStageResource } from '../services/stage-resources.ts';
import { listBranchCalendars, listStandards, putBranchHoliday } from '../services/standards/settings.ts';
import { logTouchpoint } from '../services/touchpoints.ts';
import { listUsers } from '../services/users.ts';
import { documentsOf } from '../store/front-door.ts';
import { insertMessage } from '../store/messages.ts';

const callers = [
  'admin',
  'manager',
  'recruiter',
  'accountManager',
  'otherManager',
  'otherRecruiter',
  'otherAccountManager',
  'outsider',
  'anonymous',
] as const;
type Caller = (typeof callers)[number];

/**
 * `ok`: the route's success status. `empty`: 200, but nothing of this firm in it (a list seen from another firm).
 * 400: a body naming another firm's record, refused exactly as a record that does not exist. 401/403/404: denied.
 */
type Outcome = 'ok' | 'empty' | 400 | 401 | 403 | 404;
type Expectations = Record<Caller, Outcome>;

interface Cell {
  params?: Record<string, string | number>;
  query?: string;
  body?: unknown;
  /** Send as this client instead of the caller's own session (logout must not end the session the matrix uses). */
  client?: Client;
  /** Text an allowed answer must contain, and a denied or foreign one must not. */
  shows?: string;
}

interface Row {
  expect: Expectations;
  /** Builds one cell's request; an allowed write changes what it touches, so one-shot targets are made fresh. */
  cell: (as: Caller) => Promise<Cell>;
}

// The outcome patterns of the permission rules (src/domain/roles.ts), by who may do what.
const everyone = (outsider: Outcome, signedIn: Outcome = 'ok'): Expectations => ({
  admin: signedIn,
  manager: signedIn,
  recruiter: signedIn,
  accountManager: signedIn,
  otherManager: signedIn,
  otherRecruiter: signedIn,
  otherAccountManager: signedIn,
  outsider,
  anonymous: 401,
});
/** Reads are firm-wide for staff; another firm's record does not exist for its callers. */
const read = everyone(404);
/** Lists are firm-scoped: another firm sees its own, which holds nothing of this firm. */
const list = everyone('empty');
/** The pipeline and the touchpoint log are worked by every desk of the firm. */
const pipeline = (outsider: 400 | 404) => everyone(outsider);
/** Candidates: admins, and recruiters and managers of the candidate's branch (A). */
const candidateWrite: Expectations = {
  admin: 'ok',
  manager: 'ok',
  recruiter: 'ok',
  accountManager: 403,
  otherManager: 403,
  otherRecruiter: 403,
  otherAccountManager: 403,
  outsider: 404,
  anonymous: 401,
};
/** Clients, contacts and job orders: admins, and account managers and managers of the record's branch (A). */
const clientWrite: Expectations = {
  admin: 'ok',
  manager: 'ok',
  recruiter: 403,
  accountManager: 'ok',
  otherManager: 403,
  otherRecruiter: 403,
  otherAccountManager: 403,
  outsider: 404,
  anonymous: 401,
};

/** Firm settings: admins only; another firm's admin changes their own firm's. */
const adminOnly: Expectations = {
  admin: 'ok',
  manager: 403,
  recruiter: 403,
  accountManager: 403,
  otherManager: 403,
  otherRecruiter: 403,
  otherAccountManager: 403,
  outsider: 'ok',
  anonymous: 401,
};

let store: TestStore;
let app: FastifyInstance;
let w: World;
let users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
let sessions: Record<Exclude<Caller, 'anonymous'>, Client>;
/** The firm's records the cells aim at, all in branch A. */
let fx: {
  candidate: Awaited<ReturnType<typeof buildCandidate>>;
  client: Awaited<ReturnType<typeof buildClient>>;
  contact: Awaited<ReturnType<typeof buildContact>>;
  order: Awaited<ReturnType<typeof buildJobOrder>>;
  placement: Awaited<ReturnType<typeof buildPlacement>>;
  spareUserId: string;
  /** A resume the candidate sent, with a line in its bytes and in its text that no denied answer may carry. */
  document: { id: string; fileMarker: string; textMarker: string };
  stageResourceTitle: string;
};
/** Everything of this firm that must never appear in a denied answer or in another firm's list. */
let secrets: string[];

const password = 'Matrix-Harbor-Lantern-4';

beforeAll(async () => {
  store = await openTestStore();
  w = await buildWorld(store);
  const outsider = await buildWorld(store);
  app = await testApp(w.ctx);
  const adminSession = await signIn(app, w.admin);
  // An account manager of the second branch, and a spare recruiter of the first to change.
  const amB = await adminSession.post('/api/users', {
    name: `Other Account Manager ${unique()}`,
    email: `other.am.${unique()}@test.example`,
    role: 'account_manager',
    branchId: w.branchB,
    password,
  });
  const spare = await adminSession.post('/api/users', {
    name: `Spare Recruiter ${unique()}`,
    email: `spare.${unique()}@test.example`,
    role: 'recruiter',
    branchId: w.branchA,
    password,
  });
  users = {
    admin: w.admin,
    manager: w.manager,
    recruiter: w.recruiter,
    accountManager: w.accountManager,
    otherManager: w.otherManager,
    otherRecruiter: w.otherRecruiter,
    otherAccountManager: {
      userId: amB.body.id,
      firmId: w.firmId,
      branchId: w.branchB,
      role: 'account_manager',
      email: amB.body.email,
      name: amB.body.name,
    },
    outsider: outsider.admin,
  };
  sessions = {} as typeof sessions;
  for (const [key, user] of Object.entries(users) as [keyof typeof users, TestUser][]) {
    sessions[key] = await signIn(app, user, key === 'otherAccountManager' ? password : undefined);
  }
  const candidate = await buildCandidate(w, { lastName: `Secretson${unique()}` });
  const client = await buildClient(w, { name: `Hidden Harbor ${unique()}` });
  const contact = await buildContact(w, client.id, { lastName: `Quietly${unique()}` });
  const order = await buildJobOrder(w, {
    clientId: client.id,
    openings: 500,
    title: `Classified role ${unique()}`,
  });
  const placement = await buildPlacement(
    w,
    (await buildSubmission(w, (await buildCandidate(w)).id, order.id)).id,
    '2026-11-02',
  );
  const fileMarker = `Matrix-file-${unique()}`;
  const textMarker = `Matrix-text-${unique()}`;
  await w.ctx.store.transaction((tx) =>
    keepResume(
      tx,
      w.ctx,
      w.firmId,
      candidate.id,
      preparedPdf(fileMarker, 'Matrix resume.pdf', textMarker),
      'form',
    ),
  );
  const [document] = await documentsOf(w.ctx.store.db, w.firmId, candidate.id);
  const stageResourceTitle = `Matrix tips ${unique()}`;
  await freshStageResource('shortlisted', stageResourceTitle);
  fx = {
    candidate,
    client,
    contact,
    order,
    placement,
    spareUserId: spare.body.id,
    document: { id: document!.id, fileMarker, textMarker },
    stageResourceTitle,
  };
  secrets = [
    w.firmId,
    w.branchA,
    w.branchB,
    ...Object.entries(users)
      .filter(([k]) => k !== 'outsider')
      .flatMap(([, u]) => [u.userId, u.email]),
    candidate.id,
    candidate.lastName,
    candidate.emails[0]!.address,
    client.id,
    client.name,
    contact.id,
    contact.lastName,
    order.id,
    order.title,
    placement.id,
    fx.document.id,
    fileMarker,
    textMarker,
    stageResourceTitle,
  ];
});
afterAll(async () => {
  await app.close();
  await store.close();
});

// Fresh one-shot targets, made through the use cases as the admin of the firm.
const freshSubmission = async () => buildSubmission(w, (await buildCandidate(w)).id, fx.order.id);
async function freshEmploymentEntry() {
  const employer = `Matrix Mill ${unique()}`;
  const history = await addEmployment(
    w.ctx,
    w.admin,
    fx.candidate.id,
    createEmploymentRequest.parse({ employer, title: 'Packer' }),
  );
  return history.items.find((e) => e.employer === employer)!;
}
/** A message of this firm, to a fresh candidate, in the given state (made in the store: the states need no sending). */
async function freshMessage(status: 'outbox' | 'sent' | 'failed' | 'proposed' | 'triage') {
  const candidate = status === 'triage' ? null : await buildCandidate(w);
  return insertMessage(w.ctx.store.db, {
    firmId: w.firmId,
    channel: 'email',
    direction: status === 'triage' ? 'in' : 'out',
    kind: status === 'triage' ? 'inbound' : status === 'proposed' ? 'status_update' : 'manual',
    status,
    candidateId: candidate?.id ?? null,
    toAddress: candidate?.emails[0]?.address ?? 'desk@firm.example',
    fromAddress: status === 'triage' ? `stranger.${unique()}@mail.example` : null,
    subject: `Matrix mail ${unique()}`,
    body: 'Matrix',
    sentBy: status === 'triage' || status === 'proposed' ? null : w.recruiter.userId,
  });
}

/** A stage resource of this firm, made by its admin. */
const freshStageResource = (stage: 'shortlisted' | 'submitted' | 'client_interview', title?: string) =>
  createStageResource(
    w.ctx,
    w.admin,
    createStageResourceRequest.parse({ stage, title: title ?? `Matrix resource ${unique()}` }),
  );

const versionOf = {
  candidate: async () => (await getCandidate(w.ctx, w.admin, fx.candidate.id)).version,
  client: async () => (await getClient(w.ctx, w.admin, fx.client.id)).version,
  contact: async () => (await getContact(w.ctx, w.admin, fx.contact.id)).version,
  order: async () => (await getJobOrder(w.ctx, w.admin, fx.order.id)).version,
  spareUser: async () =>
    (await listUsers(w.ctx, w.admin, {})).items.find((u) => u.id === fx.spareUserId)!.version,
};

/** A branch's calendar: admins, and the managers of that branch (A). */
const branchCalendarWrite: Expectations = {
  admin: 'ok',
  manager: 'ok',
  recruiter: 403,
  accountManager: 403,
  otherManager: 403,
  otherRecruiter: 403,
  otherAccountManager: 403,
  outsider: 404,
  anonymous: 401,
};
let holidayDays = 0;

const matrix: Record<RouteName, Row> = {
  // Session
  login: {
    // Public: anyone may try, with or without a session (and gets a new one).
    expect: { ...everyone('ok'), anonymous: 'ok' },
    cell: async () => ({ body: { email: users.recruiter.email, password: TEST_PASSWORD } }),
  },
  logout: {
    expect: everyone('ok'),
    cell: async (as) => (as === 'anonymous' ? {} : { client: await signIn(app, users[as], passwordOf(as)) }),
  },
  session: { expect: everyone('ok'), cell: async () => ({}) },

  // Staff and branches
  listUsers: { expect: list, cell: async () => ({ shows: w.admin.userId }) },
  createUser: {
    expect: {
      admin: 'ok',
      manager: 'ok',
      recruiter: 403,
      accountManager: 403,
      otherManager: 403,
      otherRecruiter: 403,
      otherAccountManager: 403,
      outsider: 400,
      anonymous: 401,
    },
    cell: async () => ({
      body: {
        name: `Matrix User ${unique()}`,
        email: `matrix.${unique()}@test.example`,
        role: 'recruiter',
        branchId: w.branchA,
        password,
      },
    }),
  },
  updateUser: {
    expect: {
      admin: 'ok',
      manager: 'ok',
      recruiter: 403,
      accountManager: 403,
      otherManager: 403,
      otherRecruiter: 403,
      otherAccountManager: 403,
      outsider: 404,
      anonymous: 401,
    },
    cell: async () => ({
      params: { id: fx.spareUserId },
      body: { version: await versionOf.spareUser(), name: `Spare ${unique()}` },
    }),
  },
  listBranches: { expect: list, cell: async () => ({ shows: w.branchA }) },

  // Candidates
  listCandidates: {
    expect: list,
    cell: async () => ({ query: `q=${fx.candidate.lastName}`, shows: fx.candidate.id }),
  },
  createCandidate: {
    // Anyone who recruits may register a candidate, into their own branch (and another firm into its own).
    expect: { ...candidateWrite, otherManager: 'ok', otherRecruiter: 'ok', outsider: 'ok' },
    cell: async () => ({ body: candidateInput() }),
  },
  getCandidate: {
    expect: read,
    cell: async () => ({ params: { id: fx.candidate.id }, shows: fx.candidate.id }),
  },
  updateCandidate: {
    expect: candidateWrite,
    cell: async () => ({
      params: { id: fx.candidate.id },
      body: { version: await versionOf.candidate(), city: `City ${unique()}` },
    }),
  },
  candidateEmployment: { expect: read, cell: async () => ({ params: { id: fx.candidate.id } }) },
  addEmployment: {
    expect: candidateWrite,
    cell: async () => ({
      params: { id: fx.candidate.id },
      body: { employer: 'Matrix Works', title: 'Picker' },
    }),
  },
  updateEmployment: {
    expect: candidateWrite,
    cell: async () => {
      const entry = await freshEmploymentEntry();
      return {
        params: { id: fx.candidate.id, entryId: entry.id },
        body: { version: 1, title: 'Lead packer' },
      };
    },
  },
  deleteEmployment: {
    expect: candidateWrite,
    cell: async () => ({ params: { id: fx.candidate.id, entryId: (await freshEmploymentEntry()).id } }),
  },
  candidatePipeline: { expect: read, cell: async () => ({ params: { id: fx.candidate.id } }) },
  candidateTimeline: {
    expect: read,
    cell: async () => ({ params: { id: fx.candidate.id }, shows: fx.candidate.lastName }),
  },

  // Clients and contacts
  listClients: {
    expect: list,
    cell: async () => ({ query: `q=${encodeURIComponent(fx.client.name)}`, shows: fx.client.id }),
  },
  createClient: {
    // Anyone who keeps accounts may add a client, into their own branch.
    expect: { ...clientWrite, otherManager: 'ok', otherAccountManager: 'ok', outsider: 'ok' },
    cell: async () => ({ body: { name: `Matrix Co ${unique()}` } }),
  },
  getClient: { expect: read, cell: async () => ({ params: { id: fx.client.id }, shows: fx.client.name }) },
  updateClient: {
    expect: clientWrite,
    cell: async () => ({
      params: { id: fx.client.id },
      body: { version: await versionOf.client(), notes: `Note ${unique()}` },
    }),
  },
  clientContacts: {
    expect: read,
    cell: async () => ({ params: { id: fx.client.id }, shows: fx.contact.id }),
  },
  createContact: {
    expect: clientWrite,
    cell: async () => ({ params: { id: fx.client.id }, body: { firstName: 'Matrix', lastName: 'Contact' } }),
  },
  clientPlacements: {
    expect: read,
    cell: async () => ({ params: { id: fx.client.id }, shows: fx.placement.id }),
  },
  clientTimeline: {
    expect: read,
    cell: async () => ({ params: { id: fx.client.id }, shows: fx.client.name }),
  },
  listContacts: {
    expect: list,
    cell: async () => ({ query: `q=${fx.contact.lastName}`, shows: fx.contact.id }),
  },
  getContact: {
    expect: read,
    cell: async () => ({ params: { id: fx.contact.id }, shows: fx.contact.lastName }),
  },
  updateContact: {
    expect: clientWrite,
    cell: async () => ({
      params: { id: fx.contact.id },
      body: { version: await versionOf.contact(), title: `Title ${unique()}` },
    }),
  },

  // Job orders
  listJobOrders: {
    expect: list,
    cell: async () => ({ query: `q=${encodeURIComponent(fx.order.title)}`, shows: fx.order.id }),
  },
  createJobOrder: {
    // Another firm names a client it does not have: refused like any unknown client.
    expect: { ...clientWrite, outsider: 400 },
    cell: async () => ({ body: { clientId: fx.client.id, title: 'Matrix job', type: 'temp', openings: 1 } }),
  },
  getJobOrder: { expect: read, cell: async () => ({ params: { id: fx.order.id }, shows: fx.order.title }) },
  updateJobOrder: {
    expect: clientWrite,
    cell: async () => ({
      params: { id: fx.order.id },
      body: { version: await versionOf.order(), description: `Desc ${unique()}` },
    }),
  },
  jobOrderPipeline: {
    expect: read,
    cell: async () => ({ params: { id: fx.order.id }, shows: fx.placement.id }),
  },

  // Pipeline
  createSubmission: {
    expect: pipeline(400),
    cell: async () => ({ body: { candidateId: (await buildCandidate(w)).id, jobOrderId: fx.order.id } }),
  },
  updateSubmission: {
    expect: pipeline(404),
    cell: async () => ({
      params: { id: (await freshSubmission()).id },
      body: { version: 1, status: 'client_interview' },
    }),
  },
  createInterview: {
    expect: pipeline(400),
    cell: async () => ({
      body: { candidateId: fx.candidate.id, kind: 'screening', scheduledAt: '2026-11-02T10:00:00Z' },
    }),
  },
  updateInterview: {
    expect: pipeline(404),
    cell: async () => {
      const interview = await createInterview(
        w.ctx,
        w.admin,
        createInterviewRequest.parse({
          candidateId: fx.candidate.id,
          kind: 'internal',
          scheduledAt: '2026-11-03T10:00:00Z',
        }),
      );
      return { params: { id: interview.id }, body: { version: 1, notes: 'Matrix' } };
    },
  },
  createAssessment: {
    expect: pipeline(400),
    cell: async () => ({
      body: { candidateId: fx.candidate.id, name: 'Matrix test', takenOn: '2026-11-01' },
    }),
  },
  createPlacement: {
    expect: pipeline(400),
    cell: async () => ({ body: { submissionId: (await freshSubmission()).id, startDate: '2026-11-02' } }),
  },
  endPlacement: {
    expect: pipeline(404),
    cell: async () => {
      const placement = await buildPlacement(w, (await freshSubmission()).id, '2026-11-02');
      return {
        params: { id: placement.id },
        body: { version: 1, endedOn: '2026-11-10', endReason: 'completed' },
      };
    },
  },
  createCheckIn: {
    expect: pipeline(404),
    cell: async () => ({ params: { id: fx.placement.id }, body: { kind: 'call', notes: 'Matrix' } }),
  },

  // Touchpoints and search
  logTouchpoint: {
    expect: pipeline(404),
    cell: async () => ({
      body: { subjectType: 'candidate', subjectId: fx.candidate.id, channel: 'call', summary: 'Matrix call' },
    }),
  },
  voidTouchpoint: {
    expect: pipeline(404),
    cell: async () => {
      const tp = await logTouchpoint(
        w.ctx,
        w.admin,
        logTouchpointRequest.parse({
          subjectType: 'client',
          subjectId: fx.client.id,
          channel: 'email',
          summary: 'To void',
        }),
      );
      return { params: { id: tp.id }, body: { reason: 'Matrix' } };
    },
  },
  recentTouchpoints: {
    expect: list,
    cell: async () => {
      const summary = `Fresh ${unique()}`;
      await logTouchpoint(
        w.ctx,
        w.recruiter,
        logTouchpointRequest.parse({
          subjectType: 'candidate',
          subjectId: fx.candidate.id,
          channel: 'sms',
          summary,
        }),
      );
      return { query: 'limit=5', shows: summary };
    },
  },
  search: {
    expect: list,
    cell: async () => ({ query: `q=${fx.candidate.lastName}`, shows: fx.candidate.id }),
  },

  // Journey maps: firm analytics every desk reads; another firm sees its own journeys, holding nothing of these.
  journeyMap: { expect: list, cell: async () => ({ params: { type: 'candidate' } }) },
  journeyPeople: {
    expect: list,
    cell: async () => ({
      params: { type: 'candidate' },
      query: 'kind=all&pageSize=100',
      shows: fx.candidate.id,
    }),
  },
  journeyPath: {
    expect: read,
    cell: async () => ({ params: { type: 'candidate', subjectId: fx.candidate.id }, shows: fx.candidate.id }),
  },
  journeySegments: { expect: list, cell: async () => ({ params: { type: 'client' }, shows: w.branchA }) },
  journeyDefinition: { expect: list, cell: async () => ({ params: { type: 'candidate' } }) },
  journeyDefinitions: { expect: list, cell: async () => ({ params: { type: 'client' } }) },
  saveJourneyDefinition: {
    // Admins only; another firm's admin edits its own firm's definition.
    expect: {
      admin: 'ok',
      manager: 403,
      recruiter: 403,
      accountManager: 403,
      otherManager: 403,
      otherRecruiter: 403,
      otherAccountManager: 403,
      outsider: 'ok',
      anonymous: 401,
    },
    cell: async (as) => {
      const current =
        as === 'anonymous'
          ? defaultCandidateJourney
          : (await currentDefinition(w.ctx.store.db, users[as].firmId, 'candidate')).definition;
      return {
        params: { type: 'candidate' },
        body: { basedOn: current.version, activities: current.activities, stages: current.stages },
      };
    },
  },
  // Messages: every desk writes to and reads the firm's people's mail; settings are for admins.
  draftMessage: {
    expect: pipeline(404),
    cell: async () => ({ body: { to: { candidateId: fx.candidate.id }, templateKey: 'job_opportunity' } }),
  },
  checkMessage: {
    expect: pipeline(404),
    cell: async () => ({
      body: { to: { candidateId: fx.candidate.id }, channel: 'email', subject: 'Hi', body: 'Matrix' },
    }),
  },
  sendMessage: {
    expect: pipeline(404),
    cell: async (as) => ({
      // A fresh person per caller: one caller's message must not set off the guard for the next.
      body: {
        to: { candidateId: as === 'outsider' ? fx.candidate.id : (await buildCandidate(w)).id },
        channel: 'email',
        subject: 'Matrix',
        body: 'Matrix message',
      },
    }),
  },
  sendBulkMessage: {
    expect: pipeline(400),
    cell: async (as) => ({
      body: {
        to: [{ candidateId: as === 'outsider' ? fx.candidate.id : (await buildCandidate(w)).id }],
        channel: 'email',
        subject: 'Matrix news',
        body: 'Hi {{recipient.firstName}}',
      },
    }),
  },
  listMessages: {
    expect: list,
    cell: async () => {
      const m = await freshMessage('outbox');
      return { query: 'box=outbox&pageSize=100', shows: m.id };
    },
  },
  messageCounts: { expect: list, cell: async () => ({}) },
  getMessage: {
    expect: read,
    cell: async () => {
      const m = await freshMessage('sent');
      return { params: { id: m.id }, shows: m.subject! };
    },
  },
  retryMessage: {
    expect: pipeline(404),
    cell: async () => {
      const m = await freshMessage('failed');
      return { params: { id: m.id }, body: { version: m.version } };
    },
  },
  cancelMessage: {
    expect: pipeline(404),
    cell: async () => {
      const m = await freshMessage('outbox');
      return { params: { id: m.id }, body: { version: m.version } };
    },
  },
  sendProposed: {
    expect: pipeline(404),
    cell: async () => {
      const m = await freshMessage('proposed');
      return { params: { id: m.id }, body: { version: m.version, subject: 'Update', body: 'Approved' } };
    },
  },
  fileMessage: {
    expect: pipeline(404),
    cell: async () => {
      const m = await freshMessage('triage');
      return { params: { id: m.id }, body: { version: m.version, to: { candidateId: fx.candidate.id } } };
    },
  },
  // Waypoint's default templates are the same for every firm: another firm sees its own copy.
  listTemplates: { expect: everyone('ok'), cell: async () => ({ shows: 'job_opportunity' }) },
  saveTemplate: {
    // Admins only; another firm's admin edits its own firm's template.
    expect: adminOnly,
    cell: async (as) => {
      const version =
        as === 'anonymous'
          ? 0
          : (await templateOf(w.ctx.store.db, users[as].firmId, 'interview_prep')).version;
      return {
        params: { key: 'interview_prep' },
        body: { name: 'Interview prep', subject: 'Your interview', body: 'Good luck', version },
      };
    },
  },
  listStatusUpdateRules: { expect: everyone('ok'), cell: async () => ({ shows: 'status_placed' }) },
  saveStatusUpdateRule: {
    expect: adminOnly,
    cell: async (as) => {
      const rules = as === 'anonymous' ? [] : await statusRulesOf(w.ctx.store.db, users[as].firmId);
      const version = rules.find((r) => r.stage === 'offered')?.version ?? 0;
      return { params: { stage: 'offered' }, body: { mode: 'auto', templateKey: 'status_offered', version } };
    },
  },
  getConsent: {
    expect: read,
    cell: async () => ({ query: `candidateId=${fx.candidate.id}` }),
  },
  recordConsent: {
    expect: pipeline(404),
    cell: async () => ({
      body: { to: { candidateId: fx.candidate.id }, channel: 'sms', status: 'granted', noticeVersion: 'v1' },
    }),
  },
  getSignature: { expect: everyone('ok'), cell: async () => ({}) },
  saveSignature: { expect: everyone('ok'), cell: async () => ({ body: { signature: 'Matrix desk' } }) },
  attention: { expect: list, cell: async () => ({ query: 'scope=firm' }) },
  // Service standards. A queue is one's own (managers: their branch's users; admins: anyone's); the report is
  // firm-wide for managers and admins and one's own rows for the rest; another firm sees its own.
  workQueue: { expect: list, cell: async () => ({}) },
  compliance: { expect: list, cell: async () => ({ query: 'from=2026-01-01&to=2027-01-01' }) },
  complianceMisses: { expect: list, cell: async () => ({ query: 'from=2026-01-01&to=2027-01-01' }) },
  listStandards: { expect: everyone('ok'), cell: async () => ({ shows: 'registration_response' }) },
  saveStandard: {
    expect: adminOnly,
    cell: async (as) => {
      const current =
        as === 'anonymous'
          ? 0
          : (await listStandards(w.ctx, users[as])).items.find((s) => s.key === 'client_contact')!.version;
      return {
        params: { key: 'client_contact' },
        body: { enabled: true, amount: 1, unit: 'months', escalateAfter: null, version: current },
      };
    },
  },
  listBranchCalendars: { expect: list, cell: async () => ({}) },
  saveBranchCalendar: {
    expect: branchCalendarWrite,
    cell: async () => {
      const cal = (await listBranchCalendars(w.ctx, w.admin)).items.find((c) => c.branch.id === w.branchA)!;
      return {
        params: { branchId: w.branchA },
        body: { week: { '1': [['08:30', '17:30']], '2': [['08:30', '17:30']] }, version: cal.version },
      };
    },
  },
  putBranchHoliday: {
    expect: branchCalendarWrite,
    cell: async () => ({ params: { branchId: w.branchA, day: '2030-12-25' }, body: { name: 'Christmas' } }),
  },
  deleteBranchHoliday: {
    expect: branchCalendarWrite,
    cell: async () => {
      const day = `2031-01-${String(++holidayDays).padStart(2, '0')}`;
      await putBranchHoliday(w.ctx, w.admin, w.branchA, day, 'Matrix day off');
      return { params: { branchId: w.branchA, day } };
    },
  },

  // A candidate's documents are read like the candidate: firm-wide for staff, absent for another firm.
  candidateDocuments: {
    expect: read,
    cell: async () => ({ params: { id: fx.candidate.id }, shows: fx.document.id }),
  },
  downloadDocument: {
    expect: read,
    cell: async () => ({ params: { id: fx.document.id }, shows: fx.document.fileMarker }),
  },
  documentText: {
    expect: read,
    cell: async () => ({ params: { id: fx.document.id }, shows: fx.document.textMarker }),
  },
  // The status page's resources: the recruiting desks read them, admins change them; another firm has its own.
  listStageResources: {
    expect: {
      admin: 'ok',
      manager: 'ok',
      recruiter: 'ok',
      accountManager: 403,
      otherManager: 'ok',
      otherRecruiter: 'ok',
      otherAccountManager: 403,
      outsider: 'empty',
      anonymous: 401,
    },
    cell: async () => ({ shows: fx.stageResourceTitle }),
  },
  createStageResource: {
    expect: adminOnly,
    cell: async () => ({ body: { stage: 'applied', title: `Matrix new ${unique()}` } }),
  },
  updateStageResource: {
    expect: { ...adminOnly, outsider: 404 },
    cell: async () => {
      const r = await freshStageResource('submitted');
      return { params: { id: r.id }, body: { version: r.version, title: `Matrix changed ${unique()}` } };
    },
  },
  deleteStageResource: {
    expect: { ...adminOnly, outsider: 404 },
    cell: async () => {
      const r = await freshStageResource('client_interview');
      return { params: { id: r.id }, query: `version=${r.version}` };
    },
  },
};

function passwordOf(as: Caller) {
  return as === 'otherAccountManager' ? password : undefined;
}

const errorCodes: Record<number, string> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
};

/** Runs one cell and returns what is wrong with its answer, or null. */
async function check(name: RouteName, as: Caller): Promise<string | null> {
  const def = routes[name];
  const row = matrix[name];
  const want = row.expect[as];
  const cell = await row.cell(as);
  const path = def.path.replace(/:(\w+)/g, (_, key: string) =>
    encodeURIComponent(String(cell.params?.[key])),
  );
  const url = cell.query ? `${path}?${cell.query}` : path;
  const body = cell.body ?? (def.method === 'GET' || def.method === 'DELETE' ? undefined : {});
  const client = cell.client ?? (as === 'anonymous' ? null : sessions[as]);
  const res = client ? await client.request(def.method, url, body) : await send(app, def.method, url, body);
  const text = JSON.stringify(res.body);
  const got = `${res.status} ${text.slice(0, 300)}`;
  const success = 'status' in def ? def.status : 200;
  if (want === 'ok') {
    if (res.status !== success) return `expected ${success}, got ${got}`;
    if (cell.shows && !text.includes(cell.shows)) return `allowed, but the answer lacks ${cell.shows}`;
    return null;
  }
  const leaked = [...secrets, ...(cell.shows ? [cell.shows] : [])].find((s) => text.includes(s));
  if (want === 'empty') {
    if (res.status !== 200) return `expected 200 (empty), got ${got}`;
    return leaked ? `another firm sees ${leaked}` : null;
  }
  if (res.status !== want) return `expected ${want}, got ${got}`;
  if (Object.keys(res.body ?? {}).join() !== 'error') return `denied, but the body carries more: ${text}`;
  const extra = Object.keys(res.body.error).filter((k) => !['code', 'message', 'issues'].includes(k));
  if (extra.length > 0) return `denied, but the error carries ${extra.join()}`;
  if (res.body.error.code !== errorCodes[want]) return `expected code ${errorCodes[want]}, got ${got}`;
  if (leaked) return `denied, but the answer shows ${leaked}`;
  return null;
}

describe('authorization matrix', () => {
  it('classifies every route of the contract table, and nothing else', () => {
    const table = Object.keys(routes).sort();
    expect(table.filter((r) => !(r in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((r) => !(r in routes))).toEqual([]);
    for (const row of Object.values(matrix))
      expect(Object.keys(row.expect).sort()).toEqual([...callers].sort());
  });

  it.each(Object.keys(matrix) as RouteName[])('%s', async (name) => {
    const problems: string[] = [];
    for (const as of callers) {
      const problem = await check(name, as);
      if (problem) problems.push(`${routes[name].method} ${routes[name].path} as ${as}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});
