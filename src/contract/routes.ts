/**
 * @module Every API endpoint in one table: method, path, and the schemas of its params, query, body and response.
 * The server registers its routes from this table and the web app calls them through it, so the two cannot drift.
 */
import { z } from 'zod';
import { loginRequest, sessionResponse } from './auth.ts';
import {
  candidateDetail,
  candidatePage,
  createCandidateRequest,
  createEmploymentRequest,
  employmentHistory,
  employmentParams,
  listCandidatesQuery,
  updateCandidateRequest,
  updateEmploymentRequest,
} from './candidates.ts';
import {
  clientDetail,
  clientPage,
  contactDetail,
  contactList,
  contactPage,
  createClientRequest,
  createContactRequest,
  listClientsQuery,
  listContactsQuery,
  updateClientRequest,
  updateContactRequest,
} from './clients.ts';
import { idParams, okBody } from './common.ts';
import {
  createJobOrderRequest,
  jobOrderDetail,
  jobOrderPage,
  listJobOrdersQuery,
  updateJobOrderRequest,
} from './job-orders.ts';
import {
  attentionPage,
  attentionQuery,
  journeyDefinitionList,
  journeyDefinitionView,
  journeyMapQuery,
  journeyMapView,
  journeyPath,
  journeyPathParams,
  journeyPeoplePage,
  journeyPeopleQuery,
  journeySegments,
  journeyTypeParams,
  saveJourneyDefinitionRequest,
} from './journeys.ts';
import {
  assessmentView,
  candidatePipeline,
  checkInView,
  createAssessmentRequest,
  createCheckInRequest,
  createInterviewRequest,
  createPlacementRequest,
  createSubmissionRequest,
  endPlacementRequest,
  interviewView,
  jobOrderPipeline,
  placementList,
  placementView,
  submissionView,
  updateInterviewRequest,
  updateSubmissionRequest,
} from './pipeline.ts';
import { searchQuery, searchResults } from './search.ts';
import {
  logTouchpointRequest,
  timeline,
  timelineQuery,
  touchpointParams,
  touchpointView,
  voidTouchpointRequest,
} from './touchpoints.ts';
import { branchSummary, createUserRequest, listUsersQuery, updateUserRequest, userSummary } from './users.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface RouteDef {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** The status of a successful response (200 unless it creates something). */
  status?: 200 | 201;
  /** Reachable without a session (sign-in only). */
  public?: boolean;
}

const route = <const R extends RouteDef>(r: R) => r;

export const routes = {
  // Session
  login: route({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Sign in with email and password; sets the session cookie',
    tag: 'auth',
    body: loginRequest,
    response: sessionResponse,
    public: true,
  }),
  logout: route({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Sign out',
    tag: 'auth',
    response: okBody,
  }),
  session: route({
    method: 'GET',
    path: '/api/auth/session',
    summary: 'The signed-in user and the CSRF token',
    tag: 'auth',
    response: sessionResponse,
  }),

  // Staff and branches
  listUsers: route({
    method: 'GET',
    path: '/api/users',
    summary: 'Staff users of the firm',
    tag: 'users',
    query: listUsersQuery,
    response: z.object({ items: z.array(userSummary) }),
  }),
  createUser: route({
    method: 'POST',
    path: '/api/users',
    summary: 'Add a staff user (admins; branch managers for their branch)',
    tag: 'users',
    body: createUserRequest,
    response: userSummary,
    status: 201,
  }),
  updateUser: route({
    method: 'PATCH',
    path: '/api/users/:id',
    summary: 'Change a user: name, role, branch, or disable them (ends their sessions)',
    tag: 'users',
    params: idParams,
    body: updateUserRequest,
    response: userSummary,
  }),
  listBranches: route({
    method: 'GET',
    path: '/api/branches',
    summary: 'Branches of the firm',
    tag: 'users',
    response: z.object({ items: z.array(branchSummary) }),
  }),

  // Candidates
  listCandidates: route({
    method: 'GET',
    path: '/api/candidates',
    summary: 'Search, filter, sort and page candidates',
    tag: 'candidates',
    query: listCandidatesQuery,
    response: candidatePage,
  }),
  createCandidate: route({
    method: 'POST',
    path: '/api/candidates',
    summary: 'Register a candidate',
    tag: 'candidates',
    body: createCandidateRequest,
    response: candidateDetail,
    status: 201,
  }),
  getCandidate: route({
    method: 'GET',
    path: '/api/candidates/:id',
    summary: 'A candidate',
    tag: 'candidates',
    params: idParams,
    response: candidateDetail,
  }),
  updateCandidate: route({
    method: 'PATCH',
    path: '/api/candidates/:id',
    summary: 'Change a candidate (name the version you read)',
    tag: 'candidates',
    params: idParams,
    body: updateCandidateRequest,
    response: candidateDetail,
  }),
  candidateEmployment: route({
    method: 'GET',
    path: '/api/candidates/:id/employment',
    summary: "A candidate's employment history, with the firm's placements in it",
    tag: 'candidates',
    params: idParams,
    response: employmentHistory,
  }),
  addEmployment: route({
    method: 'POST',
    path: '/api/candidates/:id/employment',
    summary: 'Add a line of employment history',
    tag: 'candidates',
    params: idParams,
    body: createEmploymentRequest,
    response: employmentHistory,
    status: 201,
  }),
  updateEmployment: route({
    method: 'PATCH',
    path: '/api/candidates/:id/employment/:entryId',
    summary: 'Change a line of employment history',
    tag: 'candidates',
    params: employmentParams,
    body: updateEmploymentRequest,
    response: employmentHistory,
  }),
  deleteEmployment: route({
    method: 'DELETE',
    path: '/api/candidates/:id/employment/:entryId',
    summary: 'Remove a line of employment history typed in by staff',
    tag: 'candidates',
    params: employmentParams,
    response: employmentHistory,
  }),
  candidatePipeline: route({
    method: 'GET',
    path: '/api/candidates/:id/pipeline',
    summary: "A candidate's submissions, interviews, tests and placements",
    tag: 'candidates',
    params: idParams,
    response: candidatePipeline,
  }),
  candidateTimeline: route({
    method: 'GET',
    path: '/api/candidates/:id/timeline',
    summary: 'Every touchpoint with a candidate, by everyone, newest first',
    tag: 'candidates',
    params: idParams,
    query: timelineQuery,
    response: timeline,
  }),

  // Clients and contacts
  listClients: route({
    method: 'GET',
    path: '/api/clients',
    summary: 'Search, filter, sort and page client companies',
    tag: 'clients',
    query: listClientsQuery,
    response: clientPage,
  }),
  createClient: route({
    method: 'POST',
    path: '/api/clients',
    summary: 'Add a client company',
    tag: 'clients',
    body: createClientRequest,
    response: clientDetail,
    status: 201,
  }),
  getClient: route({
    method: 'GET',
    path: '/api/clients/:id',
    summary: 'A client company',
    tag: 'clients',
    params: idParams,
    response: clientDetail,
  }),
  updateClient: route({
    method: 'PATCH',
    path: '/api/clients/:id',
    summary: 'Change a client company (name the version you read)',
    tag: 'clients',
    params: idParams,
    body: updateClientRequest,
    response: clientDetail,
  }),
  clientContacts: route({
    method: 'GET',
    path: '/api/clients/:id/contacts',
    summary: "A client's contacts",
    tag: 'clients',
    params: idParams,
    response: contactList,
  }),
  createContact: route({
    method: 'POST',
    path: '/api/clients/:id/contacts',
    summary: 'Add a contact person to a client',
    tag: 'clients',
    params: idParams,
    body: createContactRequest,
    response: contactDetail,
    status: 201,
  }),
  clientPlacements: route({
    method: 'GET',
    path: '/api/clients/:id/placements',
    summary: 'Placements at a client',
    tag: 'clients',
    params: idParams,
    response: placementList,
  }),
  clientTimeline: route({
    method: 'GET',
    path: '/api/clients/:id/timeline',
    summary: 'The complete contact record with a client across all staff, newest first',
    tag: 'clients',
    params: idParams,
    query: timelineQuery,
    response: timeline,
  }),
  listContacts: route({
    method: 'GET',
    path: '/api/contacts',
    summary: 'Search, filter, sort and page client contacts',
    tag: 'clients',
    query: listContactsQuery,
    response: contactPage,
  }),
  getContact: route({
    method: 'GET',
    path: '/api/contacts/:id',
    summary: 'A client contact',
    tag: 'clients',
    params: idParams,
    response: contactDetail,
  }),
  updateContact: route({
    method: 'PATCH',
    path: '/api/contacts/:id',
    summary: 'Change a client contact (name the version you read)',
    tag: 'clients',
    params: idParams,
    body: updateContactRequest,
    response: contactDetail,
  }),

  // Job orders
  listJobOrders: route({
    method: 'GET',
    path: '/api/job-orders',
    summary: 'Search, filter, sort and page job orders',
    tag: 'job-orders',
    query: listJobOrdersQuery,
    response: jobOrderPage,
  }),
  createJobOrder: route({
    method: 'POST',
    path: '/api/job-orders',
    summary: "Record a client's staffing request",
    tag: 'job-orders',
    body: createJobOrderRequest,
    response: jobOrderDetail,
    status: 201,
  }),
  getJobOrder: route({
    method: 'GET',
    path: '/api/job-orders/:id',
    summary: 'A job order',
    tag: 'job-orders',
    params: idParams,
    response: jobOrderDetail,
  }),
  updateJobOrder: route({
    method: 'PATCH',
    path: '/api/job-orders/:id',
    summary: 'Change a job order or move its status (name the version you read)',
    tag: 'job-orders',
    params: idParams,
    body: updateJobOrderRequest,
    response: jobOrderDetail,
  }),
  jobOrderPipeline: route({
    method: 'GET',
    path: '/api/job-orders/:id/pipeline',
    summary: "A job order's submissions and placements (the board)",
    tag: 'job-orders',
    params: idParams,
    response: jobOrderPipeline,
  }),

  // Pipeline
  createSubmission: route({
    method: 'POST',
    path: '/api/submissions',
    summary: 'Shortlist or submit a candidate to a job order',
    tag: 'pipeline',
    body: createSubmissionRequest,
    response: submissionView,
    status: 201,
  }),
  updateSubmission: route({
    method: 'PATCH',
    path: '/api/submissions/:id',
    summary: 'Move a submission (client interview, offered, rejected, withdrew…)',
    tag: 'pipeline',
    params: idParams,
    body: updateSubmissionRequest,
    response: submissionView,
  }),
  createInterview: route({
    method: 'POST',
    path: '/api/interviews',
    summary: 'Record a screening, an interview or a client interview',
    tag: 'pipeline',
    body: createInterviewRequest,
    response: interviewView,
    status: 201,
  }),
  updateInterview: route({
    method: 'PATCH',
    path: '/api/interviews/:id',
    summary: "Record an interview's outcome or move it",
    tag: 'pipeline',
    params: idParams,
    body: updateInterviewRequest,
    response: interviewView,
  }),
  createAssessment: route({
    method: 'POST',
    path: '/api/assessments',
    summary: 'Record a test or assessment',
    tag: 'pipeline',
    body: createAssessmentRequest,
    response: assessmentView,
    status: 201,
  }),
  createPlacement: route({
    method: 'POST',
    path: '/api/placements',
    summary: 'Place a submitted candidate: fills an opening and starts the assignment',
    tag: 'pipeline',
    body: createPlacementRequest,
    response: placementView,
    status: 201,
  }),
  endPlacement: route({
    method: 'POST',
    path: '/api/placements/:id/end',
    summary: 'End an assignment',
    tag: 'pipeline',
    params: idParams,
    body: endPlacementRequest,
    response: placementView,
  }),
  createCheckIn: route({
    method: 'POST',
    path: '/api/placements/:id/check-ins',
    summary: 'Record a check-in with a candidate on assignment',
    tag: 'pipeline',
    params: idParams,
    body: createCheckInRequest,
    response: checkInView,
    status: 201,
  }),

  // Touchpoints and search
  logTouchpoint: route({
    method: 'POST',
    path: '/api/touchpoints',
    summary: 'Log a call, email, SMS, meeting or note with a candidate or client',
    tag: 'touchpoints',
    body: logTouchpointRequest,
    response: touchpointView,
    status: 201,
  }),
  voidTouchpoint: route({
    method: 'POST',
    path: '/api/touchpoints/:id/void',
    summary: 'Void a touchpoint logged in error (appends a correction; nothing is erased)',
    tag: 'touchpoints',
    params: touchpointParams,
    body: voidTouchpointRequest,
    response: touchpointView,
    status: 201,
  }),
  recentTouchpoints: route({
    method: 'GET',
    path: '/api/touchpoints',
    summary: 'The latest touchpoints across the firm, newest first',
    tag: 'touchpoints',
    query: timelineQuery,
    response: timeline,
  }),
  search: route({
    method: 'GET',
    path: '/api/search',
    summary:
      'Find candidates, contacts, clients and job orders by any part of a name, email, phone, skill or employer',
    tag: 'search',
    query: searchQuery,
    response: searchResults,
  }),

  // Journey maps
  journeyMap: route({
    method: 'GET',
    path: '/api/journeys/:type/map',
    summary: 'The journey map of a population: process map, funnel, variants, where time goes, stalls',
    tag: 'journeys',
    params: journeyTypeParams,
    query: journeyMapQuery,
    response: journeyMapView,
  }),
  journeyPeople: route({
    method: 'GET',
    path: '/api/journeys/:type/people',
    summary:
      'The journeys behind one number of a map: an activity, a transition, a stage, a drop-off, a path, stalls',
    tag: 'journeys',
    params: journeyTypeParams,
    query: journeyPeopleQuery,
    response: journeyPeoplePage,
  }),
  journeyPath: route({
    method: 'GET',
    path: '/api/journeys/:type/path/:subjectId',
    summary: "One candidate's or client's path, to draw on the map",
    tag: 'journeys',
    params: journeyPathParams,
    response: journeyPath,
  }),
  journeySegments: route({
    method: 'GET',
    path: '/api/journeys/:type/segments',
    summary: 'The sources, branches, owners and categories a population can be filtered by',
    tag: 'journeys',
    params: journeyTypeParams,
    response: journeySegments,
  }),
  journeyDefinition: route({
    method: 'GET',
    path: '/api/journeys/:type/definition',
    summary: "The firm's current journey definition",
    tag: 'journeys',
    params: journeyTypeParams,
    response: journeyDefinitionView,
  }),
  journeyDefinitions: route({
    method: 'GET',
    path: '/api/journeys/:type/definitions',
    summary: 'Every version of the journey definition, newest first',
    tag: 'journeys',
    params: journeyTypeParams,
    response: journeyDefinitionList,
  }),
  saveJourneyDefinition: route({
    method: 'POST',
    path: '/api/journeys/:type/definitions',
    summary: 'Save a new version of the journey definition (admins; name the version you edited)',
    tag: 'journeys',
    params: journeyTypeParams,
    body: saveJourneyDefinitionRequest,
    response: journeyDefinitionView,
    status: 201,
  }),
  attention: route({
    method: 'GET',
    path: '/api/attention',
    summary: 'Needs attention: stalled journeys, for me, my branch or the firm',
    tag: 'journeys',
    query: attentionQuery,
    response: attentionPage,
  }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
