/** @module Messaging settings: templates, status-update rules, signatures. */
import type {
  SaveStatusUpdateRuleRequest,
  SaveTemplateRequest,
  StatusUpdateRuleView,
  TemplateList,
  TemplateView,
} from '../../contract/messages.ts';
import type { StatusStage } from '../../domain/messaging.ts';
import type { Actor } from '../../domain/roles.ts';
import type { ServiceContext } from '../context.ts';

const todo = (): never => {
  throw new Error('not built yet');
};
export const listTemplates = async (_c: ServiceContext, _a: Actor): Promise<TemplateList> => todo();
export const saveTemplate = async (
  _c: ServiceContext,
  _a: Actor,
  _k: string,
  _b: SaveTemplateRequest,
): Promise<TemplateView> => todo();
export const listStatusUpdateRules = async (
  _c: ServiceContext,
  _a: Actor,
): Promise<{ items: StatusUpdateRuleView[] }> => todo();
export const saveStatusUpdateRule = async (
  _c: ServiceContext,
  _a: Actor,
  _s: StatusStage,
  _b: SaveStatusUpdateRuleRequest,
): Promise<StatusUpdateRuleView> => todo();
export const getSignature = async (_c: ServiceContext, _a: Actor): Promise<{ signature: string | null }> =>
  todo();
export const saveSignature = async (
  _c: ServiceContext,
  _a: Actor,
  _s: string | null,
): Promise<{ signature: string | null }> => todo();
