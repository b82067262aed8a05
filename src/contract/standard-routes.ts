/** @module The service-standards endpoints of the route table (spread into `routes`): work queue, compliance, settings. */
import type { RouteDef } from './route-def.ts';

const route = <const R extends RouteDef>(r: R) => r;

export const standardRoutes = {} as const satisfies Record<string, ReturnType<typeof route>>;
