/** @module Consent and opt-out per person and channel. */
import type { ConsentView, RecordConsentRequest } from '../../contract/messages.ts';
import type { Actor } from '../../domain/roles.ts';
import type { ServiceContext } from '../context.ts';

const todo = (): never => {
  throw new Error('not built yet');
};
export const getConsent = async (
  _c: ServiceContext,
  _a: Actor,
  _q: { candidateId: string } | { contactId: string },
): Promise<ConsentView> => todo();
export const recordConsent = async (
  _c: ServiceContext,
  _a: Actor,
  _b: RecordConsentRequest,
): Promise<ConsentView> => todo();
