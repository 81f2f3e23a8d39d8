import {
  APPLICATION_PROBLEMS as AP,
  DOCUMENT_PROBLEMS as P,
  applicationDocumentSchema,
  documentParamsSchema,
  uploadDocumentQuerySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, DOCUMENT_BODY_MEDIA_TYPES, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

// The applicant's documents (issue #13). Uploads and downloads have a controller
// (documents.controller.ts): the bytes travel through the JetStream object store.

const TAG = 'applications';
const APPLICANTS: RouteAccess = { kind: 'roles', roles: ['applicant'] };
const applicationParams = z.object({ applicationId: z.uuid({ message: 'must be a UUID' }) }).strict();

/** A raw file body (bytes), documented as binary. */
export const fileBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value) && value.length > 0, { message: 'the file is empty' })
  .meta({ override: { type: 'string', format: 'binary' } });

/** A body over the 10 MiB the gateway reads for a document (refused before it is read whole). */
const BODY_TOO_LARGE = { code: 'REQUEST.TOO_LARGE', status: 413, description: 'The body is larger than 10 MiB: refused before it was read whole.' } as const;

/** Problems of an upload refused by size or content, before a byte is stored. */
export const UPLOAD_PROBLEMS = [P.empty, P.unsupportedType, P.typeMismatch, P.tooLarge, BODY_TOO_LARGE, P.fileMissing, P.storeUnavailable] as const;

export const DOCUMENT_ROUTES = {
  list: defineRoute({
    operationId: 'listMyApplicationDocuments',
    method: 'GET',
    path: '/v1/me/applications/:applicationId/documents',
    summary: 'The documents you uploaded for your application (what they are; download each by its requirement key)',
    tag: TAG,
    access: APPLICANTS,
    params: applicationParams,
    response: z.object({ items: z.array(applicationDocumentSchema) }),
    errors: [AP.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'documents.list-mine' },
  }),
  upload: defineRoute({
    operationId: 'uploadMyApplicationDocument',
    method: 'PUT',
    path: '/v1/me/applications/:applicationId/documents/:requirementKey',
    summary:
      'Upload the document a chosen program requires (the raw file as the body): a PDF, JPEG or PNG of at most 10 MiB, its type ' +
      'told by its content, not its name; declared as another of those types, it is refused as mislabeled ' +
      '(application/octet-stream declares nothing). A refused file is not stored. One upload serves every choice requiring the ' +
      'key; a new one replaces it. Only drafts change.',
    tag: TAG,
    access: APPLICANTS,
    params: documentParamsSchema,
    query: uploadDocumentQuerySchema,
    body: fileBody,
    bodyContentType: DOCUMENT_BODY_MEDIA_TYPES,
    response: applicationDocumentSchema,
    errors: [AP.notFound, P.requirementUnknown, AP.locked, ...UPLOAD_PROBLEMS, ...SERVICE_PROBLEMS],
  }),
  download: defineRoute({
    operationId: 'downloadMyApplicationDocument',
    method: 'GET',
    path: '/v1/me/applications/:applicationId/documents/:requirementKey',
    summary: 'Download one of your documents, as uploaded',
    tag: TAG,
    access: APPLICANTS,
    params: documentParamsSchema,
    responseContentType: ['application/pdf', 'image/jpeg', 'image/png'],
    responseHeaders: { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
    errors: [AP.notFound, P.notFound, P.storeUnavailable, ...SERVICE_PROBLEMS],
  }),
};
