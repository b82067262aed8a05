/** @module Composing: a template filled in, the contact guard's report, and sending. */
import type {
  ComposeRequest,
  DraftRequest,
  DraftView,
  GuardReport,
  MessageView,
  SendMessageRequest,
} from '../../contract/messages.ts';
import type { Actor } from '../../domain/roles.ts';
import type { ServiceContext } from '../context.ts';

const todo = (): never => {
  throw new Error('not built yet');
};
export const draftMessage = async (_c: ServiceContext, _a: Actor, _b: DraftRequest): Promise<DraftView> =>
  todo();
export const checkMessage = async (_c: ServiceContext, _a: Actor, _b: ComposeRequest): Promise<GuardReport> =>
  todo();
export const sendMessage = async (
  _c: ServiceContext,
  _a: Actor,
  _b: SendMessageRequest,
): Promise<MessageView> => todo();
