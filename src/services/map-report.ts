/**
 * @module `waypoint map`: a journey map for a population named the way an operator types it (a branch or an owner by
 * name or id), answered by the journey engine of whichever process holds the database.
 */
import type { Ref } from '../contract/common.ts';
import { type JourneyMapView, journeyMapQuery } from '../contract/journeys.ts';
import { DomainError } from '../domain/errors.ts';
import type { Actor } from '../domain/roles.ts';
import type { SubjectType } from '../domain/touchpoint.ts';
import { listBranches } from '../store/firms.ts';
import { listUserViews } from '../store/users.ts';
import type { ServiceContext } from './context.ts';
import { journeyMap } from './journey-maps.ts';

export interface MapReportRequest {
  type: SubjectType;
  source?: string | undefined;
  /** A branch's name (or part of it) or id. */
  branch?: string | undefined;
  /** A staff member's name (or part of it) or id. */
  owner?: string | undefined;
  category?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cohort: boolean;
  top: number;
  exact: boolean;
}

export type MapReport =
  | { kind: 'map'; map: JourneyMapView; branch: Ref | null; owner: Ref | null }
  /** A branch or owner named no one, or more than one: `matches` are the candidates (all of them when none matched). */
  | { kind: 'unresolved'; field: 'branch' | 'owner'; value: string; matches: Ref[]; ambiguous: boolean };

type Resolved = { kind: 'one'; ref: Ref } | { kind: 'none' } | { kind: 'many'; matches: Ref[] };

/** An id, else an exact name (any case), else a part of a name: the first of these that names anyone. */
export function resolveRef(value: string, options: readonly Ref[]): Resolved {
  const v = value.trim().toLowerCase();
  const byId = options.find((o) => o.id.toLowerCase() === v);
  if (byId) return { kind: 'one', ref: byId };
  for (const test of [(n: string) => n === v, (n: string) => n.includes(v)]) {
    const matches = options.filter((o) => test(o.name.toLowerCase()));
    if (matches.length === 1) return { kind: 'one', ref: matches[0]! };
    if (matches.length > 1) return { kind: 'many', matches };
  }
  return { kind: 'none' };
}

export async function mapReport(ctx: ServiceContext, actor: Actor, r: MapReportRequest): Promise<MapReport> {
  const refs: { branch: Ref | null; owner: Ref | null } = { branch: null, owner: null };
  const lookups = {
    branch: async () =>
      (await listBranches(ctx.store.db, actor.firmId)).map((b) => ({ id: b.id, name: b.name })),
    owner: async () =>
      (await listUserViews(ctx.store.db, actor.firmId, {})).map((u) => ({ id: u.id, name: u.name })),
  };
  for (const field of ['branch', 'owner'] as const) {
    const value = r[field];
    if (value === undefined) continue;
    const options = await lookups[field]();
    const found = resolveRef(value, options);
    if (found.kind === 'none')
      return { kind: 'unresolved', field, value, matches: options, ambiguous: false };
    if (found.kind === 'many')
      return { kind: 'unresolved', field, value, matches: found.matches, ambiguous: true };
    refs[field] = found.ref;
  }
  // The API's own query schema, so the CLI's map is the API's map for the same population.
  const q = journeyMapQuery.safeParse({
    source: r.source,
    branchId: refs.branch?.id,
    ownerId: refs.owner?.id,
    category: r.category,
    from: r.from,
    to: r.to,
    mode: r.cohort ? 'cohort' : undefined,
    top: r.top,
    exact: r.exact ? 'true' : undefined,
  });
  if (!q.success) {
    const issues = q.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new DomainError('validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
  }
  return { kind: 'map', map: await journeyMap(ctx, actor, r.type, q.data), ...refs };
}
