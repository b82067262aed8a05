/** @module What each messaging route does: call one service with the validated input. */
import type { messageRoutes } from '../contract/message-routes.ts';
import type { Routes } from '../contract/routes.ts';
import {
  cancelMessage,
  fileMessage,
  getMessage,
  listMessages,
  messageCounts,
  retryMessage,
  sendProposed,
} from '../services/messaging/boxes.ts';
import { checkMessage, draftMessage, sendBulkMessage, sendMessage } from '../services/messaging/compose.ts';
import { getConsent, recordConsent } from '../services/messaging/consent.ts';
import {
  getSignature,
  listStatusUpdateRules,
  listTemplates,
  saveSignature,
  saveStatusUpdateRule,
  saveTemplate,
} from '../services/messaging/settings.ts';
import type { Handler } from './handlers.ts';

export const messageHandlers: { [K in keyof typeof messageRoutes]: Handler<Routes[K]> } = {
  draftMessage: ({ ctx, actor, body }) => draftMessage(ctx, actor, body),
  checkMessage: ({ ctx, actor, body }) => checkMessage(ctx, actor, body),
  sendMessage: ({ ctx, actor, body }) => sendMessage(ctx, actor, body),
  sendBulkMessage: ({ ctx, actor, body }) => sendBulkMessage(ctx, actor, body),
  listMessages: ({ ctx, actor, query }) => listMessages(ctx, actor, query),
  messageCounts: ({ ctx, actor }) => messageCounts(ctx, actor),
  getMessage: ({ ctx, actor, params }) => getMessage(ctx, actor, params.id),
  retryMessage: ({ ctx, actor, params, body }) => retryMessage(ctx, actor, params.id, body.version),
  cancelMessage: ({ ctx, actor, params, body }) => cancelMessage(ctx, actor, params.id, body.version),
  sendProposed: ({ ctx, actor, params, body }) => sendProposed(ctx, actor, params.id, body),
  fileMessage: ({ ctx, actor, params, body }) => fileMessage(ctx, actor, params.id, body),
  listTemplates: ({ ctx, actor }) => listTemplates(ctx, actor),
  saveTemplate: ({ ctx, actor, params, body }) => saveTemplate(ctx, actor, params.key, body),
  listStatusUpdateRules: ({ ctx, actor }) => listStatusUpdateRules(ctx, actor),
  saveStatusUpdateRule: ({ ctx, actor, params, body }) =>
    saveStatusUpdateRule(ctx, actor, params.stage, body),
  getConsent: ({ ctx, actor, query }) => getConsent(ctx, actor, query),
  recordConsent: ({ ctx, actor, body }) => recordConsent(ctx, actor, body),
  getSignature: ({ ctx, actor }) => getSignature(ctx, actor),
  saveSignature: ({ ctx, actor, body }) => saveSignature(ctx, actor, body.signature ?? null),
};
