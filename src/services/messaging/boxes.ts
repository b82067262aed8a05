/** @module The message boxes: listing, counts, retry, cancel, sending a proposed update, filing triage. */
import type {
  FileMessageRequest,
  ListMessagesInput,
  MessageCounts,
  MessagePage,
  MessageView,
  SendProposedRequest,
} from '../../contract/messages.ts';
import type { Actor } from '../../domain/roles.ts';
import type { ServiceContext } from '../context.ts';

const todo = (): never => {
  throw new Error('not built yet');
};
export const listMessages = async (
  _c: ServiceContext,
  _a: Actor,
  _q: ListMessagesInput,
): Promise<MessagePage> => todo();
export const messageCounts = async (_c: ServiceContext, _a: Actor): Promise<MessageCounts> => todo();
export const getMessage = async (_c: ServiceContext, _a: Actor, _id: string): Promise<MessageView> => todo();
export const retryMessage = async (
  _c: ServiceContext,
  _a: Actor,
  _id: string,
  _v: number,
): Promise<MessageView> => todo();
export const cancelMessage = async (
  _c: ServiceContext,
  _a: Actor,
  _id: string,
  _v: number,
): Promise<MessageView> => todo();
export const sendProposed = async (
  _c: ServiceContext,
  _a: Actor,
  _id: string,
  _b: SendProposedRequest,
): Promise<MessageView> => todo();
export const fileMessage = async (
  _c: ServiceContext,
  _a: Actor,
  _id: string,
  _b: FileMessageRequest,
): Promise<MessageView> => todo();
