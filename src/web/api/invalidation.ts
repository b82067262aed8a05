/** @module Which cached reads a successful write makes stale, in one table so no page forgets one. */
import type { ReadRoute, WriteRoute } from './client.ts';

const timelines: ReadRoute[] = ['candidateTimeline', 'clientTimeline', 'recentTouchpoints'];
const pipeline: ReadRoute[] = [
  'candidatePipeline',
  'jobOrderPipeline',
  'getJobOrder',
  'listJobOrders',
  'getCandidate',
  'listCandidates',
  'clientPlacements',
  ...timelines,
];

export const invalidatedBy: Record<WriteRoute, ReadRoute[]> = {
  login: [],
  logout: [],
  createUser: ['listUsers'],
  updateUser: ['listUsers'],
  createCandidate: ['listCandidates', 'recentTouchpoints'],
  updateCandidate: ['getCandidate', 'listCandidates', 'candidateTimeline', 'recentTouchpoints'],
  addEmployment: ['candidateEmployment'],
  updateEmployment: ['candidateEmployment'],
  deleteEmployment: ['candidateEmployment'],
  createClient: ['listClients', 'recentTouchpoints'],
  updateClient: ['getClient', 'listClients', 'clientTimeline'],
  createContact: ['clientContacts', 'listContacts'],
  updateContact: ['clientContacts', 'listContacts', 'getContact'],
  createJobOrder: ['listJobOrders', 'listClients', 'clientTimeline', 'recentTouchpoints'],
  updateJobOrder: ['getJobOrder', 'listJobOrders', 'listClients', 'clientTimeline', 'recentTouchpoints'],
  createSubmission: pipeline,
  updateSubmission: pipeline,
  createInterview: ['candidatePipeline', ...timelines],
  updateInterview: ['candidatePipeline', ...timelines],
  createAssessment: ['candidatePipeline', ...timelines],
  createPlacement: [...pipeline, 'candidateEmployment'],
  endPlacement: [...pipeline, 'candidateEmployment'],
  // Placements carry their check-ins wherever they are read: a candidate's, a client's and a job order's pipeline.
  createCheckIn: ['candidatePipeline', 'clientPlacements', 'jobOrderPipeline', ...timelines],
  logTouchpoint: [...timelines, 'listClients', 'listContacts', 'clientContacts'],
  voidTouchpoint: timelines,
};
