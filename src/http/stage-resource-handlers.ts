/** @module What each stage-resource route does: call one service with the validated input. */
import type { Routes } from '../contract/routes.ts';
import type { stageResourceRoutes } from '../contract/stage-resource-routes.ts';
import {
  createStageResource,
  deleteStageResource,
  listStageResources,
  updateStageResource,
} from '../services/stage-resources.ts';
import type { Handler } from './handlers.ts';

export const stageResourceHandlers: { [K in keyof typeof stageResourceRoutes]: Handler<Routes[K]> } = {
  listStageResources: ({ ctx, actor }) => listStageResources(ctx, actor),
  createStageResource: ({ ctx, actor, body }) => createStageResource(ctx, actor, body),
  updateStageResource: ({ ctx, actor, params, body }) => updateStageResource(ctx, actor, params.id, body),
  deleteStageResource: ({ ctx, actor, params, query }) =>
    deleteStageResource(ctx, actor, params.id, query.version),
};
