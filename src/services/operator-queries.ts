/**
 * @module The read commands an operator runs at the command line (`find`, `history`, `map`), as plain requests that
 * can be answered in-process or, when a server holds the embedded database, by that server over its operator socket.
 */
import { z } from 'zod';
import type { Actor } from '../domain/roles.ts';
import { subjectTypes } from '../domain/touchpoint.ts';
import type { ServiceContext } from './context.ts';
import { pickFirm } from './firm-setup.ts';
import { historyReport } from './history-report.ts';
import { search } from './search.ts';

export const operatorQuery = z.discriminatedUnion('command', [
  z.strictObject({
    command: z.literal('find'),
    text: z.string().min(1).max(100),
    limit: z.number().int().min(1).max(50),
    firm: z.string().max(80).optional(),
  }),
  z.strictObject({
    command: z.literal('history'),
    who: z.string().min(1).max(200),
    touchpoints: z.number().int().min(1).max(200),
    firm: z.string().max(80).optional(),
  }),
  // Dates and the population are checked again by the journey map's own schema where the map is made.
  z.strictObject({
    command: z.literal('map'),
    type: z.enum(subjectTypes),
    source: z.string().max(40).optional(),
    branch: z.string().min(1).max(200).optional(),
    owner: z.string().min(1).max(200).optional(),
    category: z.string().max(80).optional(),
    from: z.string().max(10).optional(),
    to: z.string().max(10).optional(),
    cohort: z.boolean(),
    top: z.number().int().min(1).max(100),
    exact: z.boolean(),
    firm: z.string().max(80).optional(),
  }),
]);
export type OperatorQuery = z.infer<typeof operatorQuery>;

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The operator holds the database itself, so these reads run with a firm-wide reading role. This actor only reads:
 * nothing is ever written under its id.
 */
async function operatorActor(ctx: ServiceContext, firm: string | undefined): Promise<Actor> {
  const f = await pickFirm(ctx, firm);
  return { userId: NOBODY, firmId: f.id, branchId: NOBODY, role: 'admin' };
}

export async function answerOperatorQuery(ctx: ServiceContext, query: OperatorQuery) {
  const actor = await operatorActor(ctx, query.firm);
  switch (query.command) {
    case 'find':
      return search(ctx, actor, { q: query.text, limit: query.limit });
    case 'history':
      return historyReport(ctx, actor, query.who, query.touchpoints);
    case 'map': {
      // Loaded only here: `find` and `history` must not pay for the journey engine's modules.
      const { mapReport } = await import('./map-report.ts');
      const { command: _, firm: __, ...request } = query;
      return mapReport(ctx, actor, request);
    }
  }
}
