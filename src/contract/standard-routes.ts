/** @module The service-standards endpoints of the route table (spread into `routes`): work queue, compliance, settings. */
import type { RouteDef } from './route-def.ts';
import {
  branchCalendarList,
  branchCalendarView,
  branchParams,
  complianceMissesQuery,
  complianceMissesView,
  complianceQuery,
  complianceView,
  holidayParams,
  holidayRequest,
  saveBranchCalendarRequest,
  saveStandardRequest,
  standardList,
  standardParams,
  standardView,
  workQueueQuery,
  workQueueView,
} from './standards.ts';

const route = <const R extends RouteDef>(r: R) => r;

export const standardRoutes = {
  workQueue: route({
    method: 'GET',
    path: '/api/work-queue',
    summary:
      "Who needs attention now: a user's due, overdue and escalated standards, stalled journeys, replies waiting, proposed updates and failed messages, most urgent first",
    tag: 'standards',
    query: workQueueQuery,
    response: workQueueView,
  }),
  compliance: route({
    method: 'GET',
    path: '/api/compliance',
    summary:
      'Service standards met, per standard, month, owner and branch (managers and admins; others their own)',
    tag: 'standards',
    query: complianceQuery,
    response: complianceView,
  }),
  complianceMisses: route({
    method: 'GET',
    path: '/api/compliance/misses',
    summary: 'The people behind a compliance figure: each obligation missed',
    tag: 'standards',
    query: complianceMissesQuery,
    response: complianceMissesView,
  }),
  listStandards: route({
    method: 'GET',
    path: '/api/standards',
    summary: "The firm's service standards: its own settings, or the defaults",
    tag: 'standards',
    response: standardList,
  }),
  saveStandard: route({
    method: 'PUT',
    path: '/api/standards/:key',
    summary: 'Change a service standard (admins; name the version you edited)',
    tag: 'standards',
    params: standardParams,
    body: saveStandardRequest,
    response: standardView,
  }),
  listBranchCalendars: route({
    method: 'GET',
    path: '/api/branch-calendars',
    summary: "Each branch's working week, time zone and holidays",
    tag: 'standards',
    response: branchCalendarList,
  }),
  saveBranchCalendar: route({
    method: 'PUT',
    path: '/api/branch-calendars/:branchId',
    summary: "Change a branch's working week (admins; the branch's managers)",
    tag: 'standards',
    params: branchParams,
    body: saveBranchCalendarRequest,
    response: branchCalendarView,
  }),
  putBranchHoliday: route({
    method: 'PUT',
    path: '/api/branch-calendars/:branchId/holidays/:day',
    summary: 'Add or rename a holiday of a branch (admins; the branch managers)',
    tag: 'standards',
    params: holidayParams,
    body: holidayRequest,
    response: branchCalendarView,
  }),
  deleteBranchHoliday: route({
    method: 'DELETE',
    path: '/api/branch-calendars/:branchId/holidays/:day',
    summary: 'Remove a holiday of a branch (admins; the branch managers)',
    tag: 'standards',
    params: holidayParams,
    response: branchCalendarView,
  }),
} as const satisfies Record<string, ReturnType<typeof route>>;
