import { z } from 'zod';
import { singleLineText } from '../http/text';
import type { ProblemCode } from '../rpc/rpc-error';
import type { RpcOperation } from '../rpc/rpc-operation';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MEDIA_TYPES, type DocumentRefusal } from './document-type';
import { requirementKeySchema } from './requirements.rpc';

// Documents an applicant uploads for the requirements of their application's choices
// (issue #13). A file may be larger than one NATS message (1 MB), so it travels between
// the gateway and the applications service through the namespace's JetStream object store
// (bucket below), each way: the request or reply names the object; the service keeps the
// document in its PostgreSQL database.

/** The JetStream object store bucket through which documents travel between the gateway and the service (transient). */
export function applicationFilesBucket(namespace: string): string {
  return `${namespace.toUpperCase()}_APPLICATION_FILES`;
}
/** How long a file may wait in that bucket before it expires unread. */
export const APPLICATION_FILE_TTL_MS = 60 * 60 * 1000;

export const DOCUMENT_PROBLEMS = {
  empty: { code: 'DOCUMENT.EMPTY', status: 400, description: 'The uploaded file is empty.' },
  tooLarge: {
    code: 'DOCUMENT.TOO_LARGE',
    status: 413,
    description: `A document may be at most ${DOCUMENT_MAX_BYTES} bytes (10 MiB); nothing was stored.`,
  },
  unsupportedType: {
    code: 'DOCUMENT.UNSUPPORTED_TYPE',
    status: 400,
    description: 'The file’s content is not a PDF, JPEG or PNG (the type is told by the content, not the name); nothing was stored. The message names the type detected.',
  },
  typeMismatch: {
    code: 'DOCUMENT.TYPE_MISMATCH',
    status: 400,
    description: 'The file is declared as one type (Content-Type) but its content is another: nothing was stored. Declare the right type, or application/octet-stream.',
  },
  requirementUnknown: {
    code: 'DOCUMENT.REQUIREMENT_UNKNOWN',
    status: 404,
    description: 'No program chosen by this application requires a document with this key.',
  },
  notFound: { code: 'DOCUMENT.NOT_FOUND', status: 404, description: 'No document uploaded for this requirement.' },
  fileMissing: { code: 'DOCUMENT.FILE_MISSING', status: 400, description: 'The uploaded file could not be found in transit (it expired): upload it again.' },
  storeUnavailable: { code: 'DOCUMENT.STORE_UNAVAILABLE', status: 503, description: 'The file could not be passed on: retry later.' },
} as const;

export const documentMediaTypeSchema = z.enum(DOCUMENT_MEDIA_TYPES);

export const applicationDocumentSchema = z
  .object({
    requirementKey: z.string(),
    /** The name the applicant gave (shown only; its extension decides nothing). */
    fileName: z.string().nullable(),
    /** The type told by the content. */
    contentType: documentMediaTypeSchema,
    size: z.int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime(),
  })
  .meta({ id: 'ApplicationDocument' });
export type ApplicationDocumentView = z.infer<typeof applicationDocumentSchema>;

/** Query of an upload: the file's name, for display. */
export const uploadDocumentQuerySchema = z.object({ fileName: singleLineText({ min: 1, max: 255 }).optional() }).strict();

/** A file put in the bucket by the gateway, checked there already (the service checks again). */
export const transferredFileSchema = z
  .object({
    objectName: z.string().regex(/^[0-9a-f-]{36}\.upload$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.int().min(1).max(DOCUMENT_MAX_BYTES),
    /** The content type the sender declared (the service compares it with the content). */
    declaredType: z.string().max(200).nullable(),
  })
  .strict();

/** A file the service put in the bucket for the gateway to answer with (then delete). */
export const fileDownloadSchema = z.object({
  objectName: z.string(),
  contentType: documentMediaTypeSchema,
  fileName: z.string().nullable(),
  size: z.int(),
  sha256: z.string(),
});
export type FileDownload = z.infer<typeof fileDownloadSchema>;

const uuid = z.uuid({ message: 'must be a UUID' });
export const documentParamsSchema = z.object({ applicationId: uuid, requirementKey: requirementKeySchema }).strict();
const byApplication = z.object({ applicationId: uuid }).strict();

/** Request/reply operations of the applications service: the applicant's documents. */
export const documentsOperations = {
  'documents.put-mine': {
    request: documentParamsSchema.extend(transferredFileSchema.shape).extend({ fileName: z.string().max(255).nullable() }).strict(),
    response: applicationDocumentSchema,
  },
  'documents.list-mine': { request: byApplication, response: z.object({ items: z.array(applicationDocumentSchema) }) },
  'documents.download-mine': { request: documentParamsSchema, response: fileDownloadSchema },
} satisfies Record<string, RpcOperation>;

/** The problem and message of a refused upload (the gateway refuses before storing; the service checks again). */
export function documentRefusalProblem(refusal: DocumentRefusal): { problem: ProblemCode; message: string } {
  switch (refusal.reason) {
    case 'empty':
      return { problem: DOCUMENT_PROBLEMS.empty, message: 'The uploaded file is empty' };
    case 'too-large':
      return { problem: DOCUMENT_PROBLEMS.tooLarge, message: `The file has ${refusal.size} bytes; at most ${DOCUMENT_MAX_BYTES} are taken` };
    case 'unsupported-type':
      return { problem: DOCUMENT_PROBLEMS.unsupportedType, message: `The file's content is ${refusal.detected === 'unknown' ? 'of no type taken' : refusal.detected}, not one of the types taken` };
    case 'type-mismatch':
      return { problem: DOCUMENT_PROBLEMS.typeMismatch, message: `The file is declared ${refusal.declared} but its content is ${refusal.detected}` };
  }
}
