/** @module A candidate's employment history and latest touchpoints, for the person a name, email or phone names. */
import type { CandidateDetail, EmploymentEntry } from '../contract/candidates.ts';
import type { SearchHit } from '../contract/search.ts';
import type { Timeline } from '../contract/touchpoints.ts';
import type { Actor } from '../domain/roles.ts';
import { lookUpCandidate } from './candidate-lookup.ts';
import { getCandidate, getEmploymentHistory } from './candidates.ts';
import type { ServiceContext } from './context.ts';
import { candidateTimeline } from './touchpoints.ts';

export type HistoryReport =
  | { kind: 'none' }
  | { kind: 'many'; hits: SearchHit[] }
  | { kind: 'report'; candidate: CandidateDetail; history: { items: EmploymentEntry[] }; timeline: Timeline };

export async function historyReport(
  ctx: ServiceContext,
  actor: Actor,
  who: string,
  touchpoints: number,
): Promise<HistoryReport> {
  const found = await lookUpCandidate(ctx, actor, who);
  if (found.kind !== 'one') return found;
  return {
    kind: 'report',
    candidate: await getCandidate(ctx, actor, found.id),
    history: await getEmploymentHistory(ctx, actor, found.id),
    timeline: await candidateTimeline(ctx, actor, found.id, { limit: touchpoints }),
  };
}
