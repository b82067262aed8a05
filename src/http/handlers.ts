/** @module What each API route does: call one service with the validated input. No logic of its own. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FileBody, RouteDef, RouteName, Routes } from '../contract/routes.ts';
import type { Actor } from '../domain/roles.ts';
import { login, logout, type RequestMeta, type ResolvedSession } from '../services/auth.ts';
import {
  addEmployment,
  createCandidate,
  getCandidate,
  getCandidatePipeline,
  getEmploymentHistory,
  listCandidates,
  removeEmployment,
  updateCandidate,
  updateEmployment,
} from '../services/candidates.ts';
import {
  createClient,
  createContact,
  getClient,
  getContact,
  listClientContacts,
  listClientPlacements,
  listClients,
  listContacts,
  updateClient,
  updateContact,
} from '../services/clients.ts';
import type { ServiceContext } from '../services/context.ts';
import { createAssessment, createInterview, updateInterview } from '../services/interviews.ts';
import {
  createJobOrder,
  getJobOrder,
  getJobOrderPipeline,
  listJobOrders,
  updateJobOrder,
} from '../services/job-orders.ts';
import {
  getJourneyDefinition,
  listJourneyDefinitions,
  saveJourneyDefinition,
} from '../services/journey-definitions.ts';
import {
  attention,
  journeyMap,
  journeyPath,
  journeyPeople,
  journeySegments,
} from '../services/journey-maps.ts';
import { createCheckIn, createPlacement, endPlacement } from '../services/placements.ts';
import { search } from '../services/search.ts';
import { createSubmission, updateSubmission } from '../services/submissions.ts';
import {
  candidateTimeline,
  clientTimeline,
  logTouchpoint,
  recentTouchpoints,
  voidTouchpoint,
} from '../services/touchpoints.ts';
import { createUser, listBranches, listUsers, updateUser } from '../services/users.ts';
import { documentHandlers } from './document-handlers.ts';
import { messageHandlers } from './message-handlers.ts';
import { type CookiePolicy, clearSessionCookie, setSessionCookie } from './session.ts';
import { stageResourceHandlers } from './stage-resource-handlers.ts';
import { standardHandlers } from './standard-handlers.ts';

type Part<R extends RouteDef, K extends 'params' | 'query' | 'body'> = R[K] extends z.ZodType
  ? z.output<R[K]>
  : undefined;

export interface HandlerInput<R extends RouteDef> {
  ctx: ServiceContext;
  params: Part<R, 'params'>;
  query: Part<R, 'query'>;
  body: Part<R, 'body'>;
  meta: RequestMeta;
  request: FastifyRequest;
  reply: FastifyReply;
  cookies: CookiePolicy;
}

/** Routes behind sign-in get the acting user and their session. */
export interface AuthedExtras {
  actor: Actor;
  session: ResolvedSession;
}
/** What a handler resolves to: the response's value, or for a `file` route the bytes to send. */
type Output<R extends RouteDef> = R extends { file: true } ? FileBody : z.output<R['response']>;
export type Handler<R extends RouteDef> = R extends { public: true }
  ? (input: HandlerInput<R>) => Promise<Output<R>>
  : (input: HandlerInput<R> & AuthedExtras) => Promise<Output<R>>;

export type Handlers = { [K in RouteName]: Handler<Routes[K]> };

export const handlers: Handlers = {
  login: async ({ ctx, body, meta, reply, cookies }) => {
    const { token, session } = await login(ctx, body, meta);
    setSessionCookie(reply, token, cookies);
    return session;
  },
  logout: async ({ ctx, session, meta, reply, cookies }) => {
    await logout(ctx, session, meta);
    clearSessionCookie(reply, cookies);
    return { ok: true as const };
  },
  session: async ({ session }) => session.session,

  listUsers: ({ ctx, actor, query }) => listUsers(ctx, actor, query),
  createUser: ({ ctx, actor, body }) => createUser(ctx, actor, body),
  updateUser: ({ ctx, actor, params, body }) => updateUser(ctx, actor, params.id, body),
  listBranches: ({ ctx, actor }) => listBranches(ctx, actor),

  listCandidates: ({ ctx, actor, query }) => listCandidates(ctx, actor, query),
  createCandidate: ({ ctx, actor, body }) => createCandidate(ctx, actor, body),
  getCandidate: ({ ctx, actor, params }) => getCandidate(ctx, actor, params.id),
  updateCandidate: ({ ctx, actor, params, body }) => updateCandidate(ctx, actor, params.id, body),
  candidateEmployment: ({ ctx, actor, params }) => getEmploymentHistory(ctx, actor, params.id),
  addEmployment: ({ ctx, actor, params, body }) => addEmployment(ctx, actor, params.id, body),
  updateEmployment: ({ ctx, actor, params, body }) =>
    updateEmployment(ctx, actor, params.id, params.entryId, body),
  deleteEmployment: ({ ctx, actor, params }) => removeEmployment(ctx, actor, params.id, params.entryId),
  candidatePipeline: ({ ctx, actor, params }) => getCandidatePipeline(ctx, actor, params.id),
  candidateTimeline: ({ ctx, actor, params, query }) => candidateTimeline(ctx, actor, params.id, query),

  listClients: ({ ctx, actor, query }) => listClients(ctx, actor, query),
  createClient: ({ ctx, actor, body }) => createClient(ctx, actor, body),
  getClient: ({ ctx, actor, params }) => getClient(ctx, actor, params.id),
  updateClient: ({ ctx, actor, params, body }) => updateClient(ctx, actor, params.id, body),
  clientContacts: ({ ctx, actor, params }) => listClientContacts(ctx, actor, params.id),
  createContact: ({ ctx, actor, params, body }) => createContact(ctx, actor, params.id, body),
  clientPlacements: ({ ctx, actor, params }) => listClientPlacements(ctx, actor, params.id),
  clientTimeline: ({ ctx, actor, params, query }) => clientTimeline(ctx, actor, params.id, query),
  listContacts: ({ ctx, actor, query }) => listContacts(ctx, actor, query),
  getContact: ({ ctx, actor, params }) => getContact(ctx, actor, params.id),
  updateContact: ({ ctx, actor, params, body }) => updateContact(ctx, actor, params.id, body),

  listJobOrders: ({ ctx, actor, query }) => listJobOrders(ctx, actor, query),
  createJobOrder: ({ ctx, actor, body }) => createJobOrder(ctx, actor, body),
  getJobOrder: ({ ctx, actor, params }) => getJobOrder(ctx, actor, params.id),
  updateJobOrder: ({ ctx, actor, params, body }) => updateJobOrder(ctx, actor, params.id, body),
  jobOrderPipeline: ({ ctx, actor, params }) => getJobOrderPipeline(ctx, actor, params.id),

  createSubmission: ({ ctx, actor, body }) => createSubmission(ctx, actor, body),
  updateSubmission: ({ ctx, actor, params, body }) => updateSubmission(ctx, actor, params.id, body),
  createInterview: ({ ctx, actor, body }) => createInterview(ctx, actor, body),
  updateInterview: ({ ctx, actor, params, body }) => updateInterview(ctx, actor, params.id, body),
  createAssessment: ({ ctx, actor, body }) => createAssessment(ctx, actor, body),
  createPlacement: ({ ctx, actor, body }) => createPlacement(ctx, actor, body),
  endPlacement: ({ ctx, actor, params, body }) => endPlacement(ctx, actor, params.id, body),
  createCheckIn: ({ ctx, actor, params, body }) => createCheckIn(ctx, actor, params.id, body),

  logTouchpoint: ({ ctx, actor, body }) => logTouchpoint(ctx, actor, body),
  voidTouchpoint: ({ ctx, actor, params, body }) => voidTouchpoint(ctx, actor, params.id, body.reason),
  recentTouchpoints: ({ ctx, actor, query }) => recentTouchpoints(ctx, actor, query),
  search: ({ ctx, actor, query }) => search(ctx, actor, query),

  journeyMap: ({ ctx, actor, params, query }) => journeyMap(ctx, actor, params.type, query),
  journeyPeople: ({ ctx, actor, params, query }) => journeyPeople(ctx, actor, params.type, query),
  journeyPath: ({ ctx, actor, params }) => journeyPath(ctx, actor, params.type, params.subjectId),
  journeySegments: ({ ctx, actor, params }) => journeySegments(ctx, actor, params.type),
  journeyDefinition: ({ ctx, actor, params }) => getJourneyDefinition(ctx, actor, params.type),
  journeyDefinitions: ({ ctx, actor, params }) => listJourneyDefinitions(ctx, actor, params.type),
  saveJourneyDefinition: ({ ctx, actor, params, body }) =>
    saveJourneyDefinition(ctx, actor, params.type, body),
  attention: ({ ctx, actor, query }) => attention(ctx, actor, query),

  ...messageHandlers,
  ...standardHandlers,
  ...documentHandlers,
  ...stageResourceHandlers,
};
