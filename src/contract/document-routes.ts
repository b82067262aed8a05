/** @module The candidate-document endpoints of the route table (spread into `routes`): list, download, text. */
import { idParams } from './common.ts';
import { candidateDocumentList, documentFile, documentTextView } from './documents.ts';
import type { RouteDef } from './route-def.ts';

const route = <const R extends RouteDef>(r: R) => r;

export const documentRoutes = {
  candidateDocuments: route({
    method: 'GET',
    path: '/api/candidates/:id/documents',
    summary:
      "A candidate's documents (resumes they sent, files staff added), newest first, without their bytes",
    tag: 'candidates',
    params: idParams,
    response: candidateDocumentList,
  }),
  downloadDocument: route({
    method: 'GET',
    path: '/api/documents/:id/download',
    summary: 'Download a document, as an attachment of its own media type (every download is audited)',
    tag: 'candidates',
    params: idParams,
    response: documentFile,
    file: true,
  }),
  documentText: route({
    method: 'GET',
    path: '/api/documents/:id/text',
    summary: 'The text read from a document when it came in',
    tag: 'candidates',
    params: idParams,
    response: documentTextView,
  }),
} as const satisfies Record<string, ReturnType<typeof route>>;
