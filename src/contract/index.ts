/** @module The HTTP contract: every request and response shape, shared by the server and the web app. */
export * from './auth.ts';
export * from './candidates.ts';
export * from './clients.ts';
export * from './common.ts';
export * from './documents.ts';
export * from './job-orders.ts';
export * from './journeys.ts';
export * from './pipeline.ts';
export * from './search.ts';
export * from './stage-resources.ts';
export * from './standards.ts';
export * from './touchpoints.ts';
export * from './users.ts';
