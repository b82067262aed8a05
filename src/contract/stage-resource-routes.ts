/** @module The stage-resource endpoints of the route table (spread into `routes`): the status page's settings. */
import { idParams, okBody } from './common.ts';
import type { RouteDef } from './route-def.ts';
import {
  createStageResourceRequest,
  deleteStageResourceQuery,
  stageResourceList,
  stageResourceView,
  updateStageResourceRequest,
} from './stage-resources.ts';

const route = <const R extends RouteDef>(r: R) => r;

export const stageResourceRoutes = {
  listStageResources: route({
    method: 'GET',
    path: '/api/stage-resources',
    summary:
      'What candidates see on their status page at each stage of an application (admins, managers and recruiters)',
    tag: 'settings',
    response: stageResourceList,
  }),
  createStageResource: route({
    method: 'POST',
    path: '/api/stage-resources',
    summary: 'Add a resource to a stage of the status page (admins)',
    tag: 'settings',
    body: createStageResourceRequest,
    response: stageResourceView,
    status: 201,
  }),
  updateStageResource: route({
    method: 'PATCH',
    path: '/api/stage-resources/:id',
    summary: 'Change a resource of the status page (admins; name the version you read)',
    tag: 'settings',
    params: idParams,
    body: updateStageResourceRequest,
    response: stageResourceView,
  }),
  deleteStageResource: route({
    method: 'DELETE',
    path: '/api/stage-resources/:id',
    summary: 'Remove a resource of the status page (admins; name the version you read)',
    tag: 'settings',
    params: idParams,
    query: deleteStageResourceQuery,
    response: okBody,
  }),
} as const satisfies Record<string, ReturnType<typeof route>>;
