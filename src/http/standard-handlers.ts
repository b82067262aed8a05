/** @module What each service-standards route does: call one service with the validated input. */
import type { Routes } from '../contract/routes.ts';
import type { standardRoutes } from '../contract/standard-routes.ts';
import type { Handler } from './handlers.ts';

export const standardHandlers: { [K in keyof typeof standardRoutes]: Handler<Routes[K]> } = {};
