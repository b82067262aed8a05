/** @module Journey definitions: the firm's current one (its latest version, or Waypoint's default) and editing it. */
import type { JourneyDefinitionView, SaveJourneyDefinitionInput } from '../contract/journeys.ts';
import { DomainError, forbidden } from '../domain/errors.ts';
import {
  assertValidDefinition,
  builtInActivities,
  defaultJourney,
  type JourneyDefinition,
} from '../domain/journey-definition.ts';
import { type Actor, canAdministerFirm } from '../domain/roles.ts';
import { activityLabels, type SubjectType, subjectTypes } from '../domain/touchpoint.ts';
import { pgErrorOf } from '../store/db-errors.ts';
import {
  definitionVersions,
  insertDefinition,
  type JourneyDefinitionRow,
  latestDefinition,
} from '../store/journey-definitions.ts';
import type { Db, ServiceContext } from './context.ts';

export interface CurrentDefinition {
  definition: JourneyDefinition;
  editedBy: { id: string; name: string } | null;
  editedAt: Date | null;
}

const fromRow = (row: JourneyDefinitionRow): CurrentDefinition => ({
  definition: {
    type: row.type as SubjectType,
    version: row.version,
    activities: row.activities,
    stages: row.stages,
  },
  editedBy: row.createdBy && row.createdByName ? { id: row.createdBy, name: row.createdByName } : null,
  editedAt: row.createdAt,
});

/**
 * How the firm names each activity of a candidate's or a client's journey: that type's definition labels over
 * Waypoint's own (an activity a firm added has only the firm's label). Per type, because both journeys have some
 * activities ("Heard of us", "Contacted"), and a candidate's touchpoint is named as the candidate journey names it.
 */
export async function activityLabelsOf(
  db: Db,
  firmId: string,
): Promise<(type: SubjectType, key: string) => string> {
  const byType = new Map<SubjectType, Map<string, string>>();
  for (const type of subjectTypes) {
    const labels = new Map<string, string>(Object.entries(activityLabels));
    for (const a of (await currentDefinition(db, firmId, type)).definition.activities)
      labels.set(a.key, a.label);
    byType.set(type, labels);
  }
  return (type, key) => byType.get(type)?.get(key) ?? key.replaceAll('_', ' ');
}

/** The definition a firm's maps use now. */
export async function currentDefinition(
  db: Db,
  firmId: string,
  type: SubjectType,
): Promise<CurrentDefinition> {
  const row = await latestDefinition(db, firmId, type);
  return row ? fromRow(row) : { definition: defaultJourney(type), editedBy: null, editedAt: null };
}

export function presentDefinition(current: CurrentDefinition): JourneyDefinitionView {
  const builtIn = new Set(builtInActivities(current.definition.type));
  return {
    type: current.definition.type,
    version: current.definition.version,
    activities: current.definition.activities.map((a) => ({ ...a, builtIn: builtIn.has(a.key) })),
    stages: current.definition.stages,
    editedBy: current.editedBy,
    editedAt: current.editedAt ? current.editedAt.toISOString() : null,
  };
}

export async function getJourneyDefinition(ctx: ServiceContext, actor: Actor, type: SubjectType) {
  return presentDefinition(await currentDefinition(ctx.store.db, actor.firmId, type));
}

export async function listJourneyDefinitions(ctx: ServiceContext, actor: Actor, type: SubjectType) {
  const rows = await definitionVersions(ctx.store.db, actor.firmId, type);
  const versions = rows.map((r) => presentDefinition(fromRow(r)));
  // Waypoint's default is version 0 of every firm's history.
  versions.push(presentDefinition({ definition: defaultJourney(type), editedBy: null, editedAt: null }));
  return { items: versions };
}

/**
 * Saves the admin's edit as the next version. `basedOn` names the version they edited: if someone saved since, the
 * edit is refused (409) rather than silently undoing theirs.
 */
export async function saveJourneyDefinition(
  ctx: ServiceContext,
  actor: Actor,
  type: SubjectType,
  input: SaveJourneyDefinitionInput,
): Promise<JourneyDefinitionView> {
  if (!canAdministerFirm(actor)) throw forbidden('Only an administrator can change journey definitions');
  assertValidDefinition({ type, activities: input.activities, stages: input.stages });
  const saved = await ctx.store.transaction(async (tx) => {
    const current = await currentDefinition(tx, actor.firmId, type);
    if (current.definition.version !== input.basedOn) {
      throw new DomainError(
        'conflict_version',
        `The definition was changed by someone else (now version ${current.definition.version}); reload it and edit again`,
      );
    }
    const version = current.definition.version + 1;
    try {
      await insertDefinition(tx, {
        firmId: actor.firmId,
        type,
        version,
        activities: input.activities,
        stages: input.stages,
        createdBy: actor.userId,
        createdAt: ctx.clock.now(),
      });
    } catch (error) {
      // Two admins saving on the same version at the same moment: the key keeps one.
      if (pgErrorOf(error)?.code === '23505') {
        throw new DomainError(
          'conflict_version',
          'Someone else saved the definition at the same moment; reload it',
        );
      }
      throw error;
    }
    return currentDefinition(tx, actor.firmId, type);
  });
  await ctx.journeys?.definitionChanged(actor.firmId, type);
  return presentDefinition(saved);
}
