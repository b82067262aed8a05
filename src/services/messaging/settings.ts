/** @module Messaging settings: templates (the firm's own or Waypoint's), status-update rules, signatures. */
import type {
  SaveStatusUpdateRuleRequest,
  SaveTemplateRequest,
  StatusUpdateRuleView,
  TemplateList,
  TemplateView,
} from '../../contract/messages.ts';
import { forbidden, invalidField, notFound, staleVersion } from '../../domain/errors.ts';
import {
  defaultStatusRules,
  defaultTemplates,
  mergeFields,
  type TemplateDef,
} from '../../domain/message-templates.ts';
import { type StatusStage, statusStageLabels, statusStages } from '../../domain/messaging.ts';
import type { Actor } from '../../domain/roles.ts';
import { appendAudit } from '../../store/audit.ts';
import {
  firmStatusRules,
  firmTemplates,
  saveFirmStatusRule,
  saveFirmTemplate,
  setSignature,
} from '../../store/message-settings.ts';
import { findUserView } from '../../store/users.ts';
import { type Db, found, type ServiceContext } from '../context.ts';

export interface Template extends TemplateDef {
  custom: boolean;
  version: number;
}

/** Every template of a firm: its own version where it made one, Waypoint's default otherwise. */
export async function templatesOf(db: Db, firmId: string): Promise<Template[]> {
  const own = new Map((await firmTemplates(db, firmId)).map((t) => [t.key, t]));
  return defaultTemplates.map((d) => {
    const t = own.get(d.key);
    return t
      ? { ...d, name: t.name, subject: t.subject, body: t.body, custom: true, version: t.version }
      : { ...d, custom: false, version: 0 };
  });
}

export async function templateOf(db: Db, firmId: string, key: string): Promise<Template> {
  const t = (await templatesOf(db, firmId)).find((x) => x.key === key);
  if (!t) throw invalidField('templateKey', 'No such template');
  return t;
}

export interface StatusRule {
  stage: StatusStage;
  mode: 'auto' | 'propose' | 'off';
  templateKey: string;
  version: number;
}

export async function statusRulesOf(db: Db, firmId: string): Promise<StatusRule[]> {
  const own = new Map((await firmStatusRules(db, firmId)).map((r) => [r.stage, r]));
  return statusStages.map((stage) => {
    const r = own.get(stage);
    return r
      ? { stage, mode: r.mode as StatusRule['mode'], templateKey: r.templateKey, version: r.version }
      : { stage, ...defaultStatusRules[stage], version: 0 };
  });
}

const templateView = (t: Template): TemplateView => ({
  key: t.key,
  name: t.name,
  channel: t.channel,
  audience: t.audience,
  subject: t.subject,
  body: t.body,
  custom: t.custom,
  version: t.version,
});

const ruleView = (r: StatusRule): StatusUpdateRuleView => ({ ...r, label: statusStageLabels[r.stage] });

export async function listTemplates(ctx: ServiceContext, actor: Actor): Promise<TemplateList> {
  const items = await templatesOf(ctx.store.db, actor.firmId);
  return { items: items.map(templateView), mergeFields: mergeFields.map((f) => ({ ...f })) };
}

export async function saveTemplate(
  ctx: ServiceContext,
  actor: Actor,
  key: string,
  input: SaveTemplateRequest,
): Promise<TemplateView> {
  if (actor.role !== 'admin') throw forbidden('Only an administrator changes message templates');
  const base = defaultTemplates.find((t) => t.key === key);
  if (!base) throw notFound('Template');
  if (base.channel === 'email' && !input.subject?.trim())
    throw invalidField('subject', 'An email template needs a subject');
  const saved = await ctx.store.transaction(async (tx) => {
    const row = await saveFirmTemplate(
      tx,
      {
        firmId: actor.firmId,
        key,
        name: input.name.trim(),
        channel: base.channel,
        audience: base.audience,
        subject: base.channel === 'sms' ? null : (input.subject?.trim() ?? null),
        body: input.body,
        updatedBy: actor.userId,
      },
      input.version,
      ctx.clock.now(),
    );
    if (!row) throw staleVersion('Template');
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: 'message_template.save',
      targetType: 'message_template',
      targetId: key,
    });
    return row;
  });
  return templateView({ ...base, ...saved, custom: true } as Template);
}

export async function listStatusUpdateRules(ctx: ServiceContext, actor: Actor) {
  return { items: (await statusRulesOf(ctx.store.db, actor.firmId)).map(ruleView) };
}

export async function saveStatusUpdateRule(
  ctx: ServiceContext,
  actor: Actor,
  stage: StatusStage,
  input: SaveStatusUpdateRuleRequest,
): Promise<StatusUpdateRuleView> {
  if (actor.role !== 'admin') throw forbidden('Only an administrator changes status updates');
  const template = defaultTemplates.find((t) => t.key === input.templateKey);
  if (template?.audience !== 'candidate' || template.channel !== 'email')
    throw invalidField('templateKey', 'Choose an email template for candidates');
  const row = await ctx.store.transaction(async (tx) => {
    const saved = await saveFirmStatusRule(
      tx,
      {
        firmId: actor.firmId,
        stage,
        mode: input.mode,
        templateKey: input.templateKey,
        updatedBy: actor.userId,
      },
      input.version,
      ctx.clock.now(),
    );
    if (!saved) throw staleVersion('Status update rule');
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: 'status_update_rule.save',
      targetType: 'status_update_rule',
      targetId: stage,
      detail: { mode: input.mode, templateKey: input.templateKey },
    });
    return saved;
  });
  return ruleView({ stage, mode: input.mode, templateKey: row.templateKey, version: row.version });
}

export async function getSignature(ctx: ServiceContext, actor: Actor) {
  const user = found(await findUserView(ctx.store.db, actor.firmId, actor.userId), 'User');
  return { signature: user.signature };
}

export async function saveSignature(ctx: ServiceContext, actor: Actor, signature: string | null) {
  await setSignature(ctx.store.db, actor.firmId, actor.userId, signature);
  return getSignature(ctx, actor);
}
