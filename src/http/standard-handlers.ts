/** @module What each service-standards route does: call one service with the validated input. */
import type { Routes } from '../contract/routes.ts';
import type { standardRoutes } from '../contract/standard-routes.ts';
import { compliance, complianceMisses } from '../services/standards/compliance.ts';
import {
  deleteBranchHoliday,
  listBranchCalendars,
  listStandards,
  putBranchHoliday,
  saveBranchCalendar,
  saveStandard,
} from '../services/standards/settings.ts';
import { workQueue } from '../services/standards/work-queue.ts';
import type { Handler } from './handlers.ts';

export const standardHandlers: { [K in keyof typeof standardRoutes]: Handler<Routes[K]> } = {
  workQueue: ({ ctx, actor, query }) => workQueue(ctx, actor, query),
  compliance: ({ ctx, actor, query }) => compliance(ctx, actor, query),
  complianceMisses: ({ ctx, actor, query }) => complianceMisses(ctx, actor, query),
  listStandards: ({ ctx, actor }) => listStandards(ctx, actor),
  saveStandard: ({ ctx, actor, params, body }) => saveStandard(ctx, actor, params.key, body),
  listBranchCalendars: ({ ctx, actor }) => listBranchCalendars(ctx, actor),
  saveBranchCalendar: ({ ctx, actor, params, body }) => saveBranchCalendar(ctx, actor, params.branchId, body),
  putBranchHoliday: ({ ctx, actor, params, body }) =>
    putBranchHoliday(ctx, actor, params.branchId, params.day, body.name),
  deleteBranchHoliday: ({ ctx, actor, params }) =>
    deleteBranchHoliday(ctx, actor, params.branchId, params.day),
};
