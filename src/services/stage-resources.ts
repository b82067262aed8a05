/**
 * @module The status page's resources per stage (interview tips, directions, what to bring): admins add, change and
 * remove them, naming the version they read; managers and recruiters read them to know what candidates see. Each
 * change is on the audit trail.
 */
import {
  type CreateStageResourceInput,
  MAX_RESOURCES_PER_STAGE,
  type StageResourceList,
  type StageResourceView,
  type UpdateStageResourceInput,
} from '../contract/stage-resources.ts';
import { forbidden, invalidField } from '../domain/errors.ts';
import { type Actor, canAdministerFirm, canReadCandidateSettings } from '../domain/roles.ts';
import { submissionStatuses } from '../domain/submission.ts';
import { appendAudit } from '../store/audit.ts';
import {
  deleteStageResourceAtVersion,
  findStageResource,
  insertStageResource,
  type StageResourceRow,
  stageResourcesOf,
  updateStageResource as updateStageResourceRow,
} from '../store/front-door.ts';
import { assertUpdated, assertVersion, type Db, found, type ServiceContext } from './context.ts';
import { presentStageResource } from './presenters/stage-resources.ts';

const stageOrder = new Map<string, number>(submissionStatuses.map((s, i) => [s, i]));

/** In the order of an application's life, then as the firm arranged them within a stage. */
const byStage = (a: StageResourceRow, b: StageResourceRow) =>
  (stageOrder.get(a.stage) ?? 99) - (stageOrder.get(b.stage) ?? 99) ||
  a.position - b.position ||
  a.createdAt.getTime() - b.createdAt.getTime();

function assertAdmin(actor: Actor) {
  if (!canAdministerFirm(actor)) throw forbidden('Only an administrator changes what the status page shows');
}

/**
 * The resources already in a stage, refusing one more when it holds the most a status page shows.
 */
async function roomIn(db: Db, firmId: string, stage: string): Promise<StageResourceRow[]> {
  const inStage = (await stageResourcesOf(db, firmId)).filter((r) => r.stage === stage);
  if (inStage.length >= MAX_RESOURCES_PER_STAGE)
    throw invalidField('stage', `A stage can have at most ${MAX_RESOURCES_PER_STAGE} resources`);
  return inStage;
}

export async function listStageResources(ctx: ServiceContext, actor: Actor): Promise<StageResourceList> {
  if (!canReadCandidateSettings(actor)) throw forbidden();
  const rows = await stageResourcesOf(ctx.store.db, actor.firmId);
  return { items: rows.sort(byStage).map(presentStageResource), canEdit: canAdministerFirm(actor) };
}

export async function createStageResource(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateStageResourceInput,
): Promise<StageResourceView> {
  assertAdmin(actor);
  const now = ctx.clock.now();
  const row = await ctx.store.transaction(async (tx) => {
    const last = (await roomIn(tx, actor.firmId, input.stage)).reduce(
      (max, r) => Math.max(max, r.position),
      -1,
    );
    const created = await insertStageResource(tx, {
      firmId: actor.firmId,
      stage: input.stage,
      title: input.title,
      url: input.url ?? null,
      body: input.body ?? null,
      // Added last in its stage unless placed.
      position: input.position ?? Math.min(last + 1, 1000),
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: 'stage_resource.create',
      targetType: 'stage_resource',
      targetId: created.id,
      detail: { stage: created.stage, title: created.title },
    });
    return created;
  });
  return presentStageResource(row);
}

export async function updateStageResource(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateStageResourceInput,
): Promise<StageResourceView> {
  assertAdmin(actor);
  const row = await ctx.store.transaction(async (tx) => {
    const current = found(await findStageResource(tx, actor.firmId, id), 'Stage resource');
    assertVersion(current, input.version, 'Stage resource');
    if (input.stage !== undefined && input.stage !== current.stage)
      await roomIn(tx, actor.firmId, input.stage);
    // Absent fields stay as they are; a null url or body clears it.
    const patch: Parameters<typeof updateStageResourceRow>[4] = {};
    if (input.stage !== undefined) patch.stage = input.stage;
    if (input.title !== undefined) patch.title = input.title;
    if (input.url !== undefined) patch.url = input.url;
    if (input.body !== undefined) patch.body = input.body;
    if (input.position !== undefined) patch.position = input.position;
    const updated = await updateStageResourceRow(tx, actor.firmId, id, input.version, patch, ctx.clock.now());
    assertUpdated(updated !== null, 'Stage resource');
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: 'stage_resource.update',
      targetType: 'stage_resource',
      targetId: id,
      detail: { fields: Object.keys(patch) },
    });
    return updated!;
  });
  return presentStageResource(row);
}

export async function deleteStageResource(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
): Promise<{ ok: true }> {
  assertAdmin(actor);
  await ctx.store.transaction(async (tx) => {
    const current = found(await findStageResource(tx, actor.firmId, id), 'Stage resource');
    assertVersion(current, version, 'Stage resource');
    assertUpdated(await deleteStageResourceAtVersion(tx, actor.firmId, id, version), 'Stage resource');
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: 'stage_resource.delete',
      targetType: 'stage_resource',
      targetId: id,
      detail: { stage: current.stage, title: current.title },
    });
  });
  return { ok: true };
}
