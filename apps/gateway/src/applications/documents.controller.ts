import { Controller, Headers, Inject, StreamableFile } from '@nestjs/common';
import {
  checkDocument,
  DOCUMENT_PROBLEMS,
  documentRefusalProblem,
  type CallerIdentity,
  type DocumentMediaType,
  type FileDownload,
} from '@scn/contracts';
import { ManagedNatsConnection, MESSAGING_OPTIONS, openApplicationFiles, RpcClient, type MessagingModuleOptions } from '@scn/messaging';
import { problemError } from '@scn/platform/errors';
import type { ObjectStore } from 'nats';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { DOCUMENT_ROUTES as D } from './documents.routes';
import { RECOMMENDATION_ROUTES as R } from './recommendations.routes';

/** Storing a 10 MiB file takes the service longer than an ordinary request. */
const FILE_TIMEOUT_MS = 30_000;

/** A file checked here and put in the object store, as the service's request names it. */
interface TransferredFile {
  objectName: string;
  sha256: string;
  size: number;
  declaredType: string | null;
}

/**
 * Gateway routes where HTTP is the feature: applicants' documents and referees' letters
 * (issue #13). A file is checked here first — at most 10 MiB (the body parser refuses more
 * before reading it whole), a PDF, JPEG or PNG by its content, not mislabeled — so a refused
 * file is never stored anywhere. A NATS message carries at most 1 MB, so a file travels
 * through the namespace's JetStream object store, each way: the request (or reply) names it,
 * the receiver reads and deletes it, and the bucket's TTL removes strays.
 */
@Controller()
export class DocumentsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly connection: ManagedNatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingModuleOptions,
  ) {}

  @Endpoint(D.upload)
  upload(
    @Input() { params, query, body }: RouteInput<typeof D.upload>,
    @Headers('content-type') declared: string | undefined,
    @Caller() caller: CallerIdentity,
  ) {
    const file = checked(body, declared);
    return this.transfer(file, declared, (sent) =>
      this.rpc.call('applications', 'documents.put-mine', { ...params, ...sent, fileName: query.fileName ?? null }, { caller, timeoutMs: FILE_TIMEOUT_MS }),
    );
  }

  @Endpoint(D.download)
  async download(@Input() { params }: RouteInput<typeof D.download>, @Caller() caller: CallerIdentity): Promise<StreamableFile> {
    const file = await this.rpc.call('applications', 'documents.download-mine', params, { caller, timeoutMs: FILE_TIMEOUT_MS });
    const bytes = await this.takeOffered(file);
    return new StreamableFile(bytes, {
      type: file.contentType,
      length: bytes.length,
      disposition: attachment(file.fileName ?? `${params.requirementKey}.${EXTENSIONS[file.contentType]}`),
    });
  }

  @Endpoint(R.uploadLetter)
  uploadLetter(@Input() { params, body }: RouteInput<typeof R.uploadLetter>, @Headers('content-type') declared: string | undefined) {
    const file = checked(body, declared, ['application/pdf']);
    return this.transfer(file, declared, (sent) =>
      this.rpc.call('applications', 'recommendations.put-letter', { ...params, ...sent }, { timeoutMs: FILE_TIMEOUT_MS }),
    );
  }

  /** Puts the file in the bucket, calls the service naming it, and deletes it whatever the answer (the service deletes it once read). */
  private async transfer<T>(bytes: Uint8Array, declared: string | undefined, call: (file: TransferredFile) => Promise<T>): Promise<T> {
    const objectName = `${uuidv7()}.upload`;
    const files = await this.bucket();
    try {
      await files.putBlob({ name: objectName }, bytes);
    } catch (error) {
      throw unavailable(error);
    }
    try {
      return await call({ objectName, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, declaredType: declared?.slice(0, 200) ?? null });
    } finally {
      await files.delete(objectName).catch(() => undefined);
    }
  }

  private async takeOffered(file: FileDownload): Promise<Buffer> {
    const files = await this.bucket();
    const bytes = await files.getBlob(file.objectName).catch((error: unknown) => {
      throw unavailable(error);
    });
    await files.delete(file.objectName).catch(() => undefined);
    if (!bytes || bytes.length !== file.size) throw problemError(DOCUMENT_PROBLEMS.storeUnavailable);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private async bucket(): Promise<ObjectStore> {
    try {
      return await openApplicationFiles(this.connection, this.messaging.namespace, this.messaging.streamReplicas);
    } catch (error) {
      throw unavailable(error);
    }
  }
}

const EXTENSIONS: Record<DocumentMediaType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The body's bytes once the rules of documents pass (a refusal is a problem naming the type detected). */
function checked(body: Buffer, declared: string | undefined, allowed?: readonly DocumentMediaType[]): Uint8Array {
  const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const result = checkDocument(bytes, declared, allowed);
  if (!result.ok) {
    const { problem, message } = documentRefusalProblem(result);
    throw problemError(problem, message);
  }
  return bytes;
}

function unavailable(error: unknown) {
  const problem = DOCUMENT_PROBLEMS.storeUnavailable;
  return problemError(problem, `${problem.description} (${error instanceof Error ? error.message : String(error)})`);
}

/** `Content-Disposition` naming the file: an ASCII fallback and the UTF-8 name (RFC 6266). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
