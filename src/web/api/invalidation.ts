/** @module Which cached reads a successful write makes stale, in one table so no page forgets one. */
import type { ReadRoute, WriteRoute } from './client.ts';

// Every touchpoint appended changes the journeys: maps, the people behind their numbers, paths and stalls; and the
// service standards measured from them: the work queue and the compliance report.
const journeys: ReadRoute[] = [
  'journeyMap',
  'journeyPeople',
  'journeyPath',
  'attention',
  'workQueue',
  'compliance',
  'complianceMisses',
];
const timelines: ReadRoute[] = ['candidateTimeline', 'clientTimeline', 'recentTouchpoints', ...journeys];
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

const messages: ReadRoute[] = ['listMessages', 'messageCounts', 'getMessage'];

export const invalidatedBy: Record<WriteRoute, ReadRoute[]> = {
  login: [],
  logout: [],
  createUser: ['listUsers'],
  updateUser: ['listUsers'],
  createCandidate: ['listCandidates', 'journeySegments', ...timelines],
  updateCandidate: ['getCandidate', 'listCandidates', 'journeySegments', ...timelines],
  addEmployment: ['candidateEmployment'],
  updateEmployment: ['candidateEmployment'],
  deleteEmployment: ['candidateEmployment'],
  createClient: ['listClients', 'journeySegments', ...timelines],
  updateClient: ['getClient', 'listClients', 'journeySegments', ...timelines],
  createContact: ['clientContacts', 'listContacts'],
  updateContact: ['clientContacts', 'listContacts', 'getContact'],
  createJobOrder: ['listJobOrders', 'listClients', ...timelines],
  updateJobOrder: ['getJobOrder', 'listJobOrders', 'listClients', ...timelines],
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
  // A new definition renames activities (timelines show the firm's labels) and redraws every map.
  saveJourneyDefinition: ['journeyDefinition', 'journeyDefinitions', ...timelines],

  // Messages: sending one appends a touchpoint once it goes; the boxes and their counts change at once.
  draftMessage: [],
  checkMessage: [],
  sendMessage: [...messages, ...timelines],
  sendBulkMessage: [...messages, ...timelines],
  retryMessage: messages,
  cancelMessage: messages,
  sendProposed: [...messages, ...timelines],
  fileMessage: [...messages, ...timelines],
  saveTemplate: ['listTemplates'],
  saveStatusUpdateRule: ['listStatusUpdateRules'],
  recordConsent: ['getConsent'],
  saveSignature: ['getSignature'],

  // Service standards: a setting or a calendar changes every due moment, so the queue and the report with it.
  saveStandard: ['listStandards', 'workQueue', 'compliance', 'complianceMisses'],
  saveBranchCalendar: ['listBranchCalendars', 'workQueue', 'compliance', 'complianceMisses'],
  putBranchHoliday: ['listBranchCalendars', 'workQueue', 'compliance', 'complianceMisses'],
  deleteBranchHoliday: ['listBranchCalendars', 'workQueue', 'compliance', 'complianceMisses'],

  // What the status page shows per stage.
  createStageResource: ['listStageResources'],
  updateStageResource: ['listStageResources'],
  deleteStageResource: ['listStageResources'],
};
