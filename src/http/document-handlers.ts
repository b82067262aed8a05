/** @module What each candidate-document route does: call one service with the validated input. */
import type { documentRoutes } from '../contract/document-routes.ts';
import type { Routes } from '../contract/routes.ts';
import {
  downloadDocument,
  getDocumentText,
  listCandidateDocuments,
} from '../services/candidate-documents.ts';
import type { Handler } from './handlers.ts';

export const documentHandlers: { [K in keyof typeof documentRoutes]: Handler<Routes[K]> } = {
  candidateDocuments: ({ ctx, actor, params }) => listCandidateDocuments(ctx, actor, params.id),
  downloadDocument: ({ ctx, actor, params, meta }) => downloadDocument(ctx, actor, params.id, meta),
  documentText: ({ ctx, actor, params }) => getDocumentText(ctx, actor, params.id),
};
