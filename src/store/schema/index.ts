/** @module The whole database schema, as Drizzle sees it; the SQL migrations are generated from it. */
export * from './candidate.ts';
export * from './client.ts';
export * from './firm.ts';
export * from './front-door.ts';
export * from './job-order.ts';
export * from './journey.ts';
export * from './messaging.ts';
export * from './pipeline.ts';
export * from './search.ts';
export * from './standards.ts';
export * from './touchpoint.ts';
