import { Controller, Headers, StreamableFile } from '@nestjs/common';
import { checkDocument, documentRefusalProblem, type CallerIdentity, type DocumentMediaType } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { problemError } from '@scn/platform/errors';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { DOCUMENT_ROUTES as D } from './documents.routes';
import { FILE_TIMEOUT_MS, FilesInTransit, storeUnavailable } from './files-in-transit';
import { RECOMMENDATION_ROUTES as R } from './recommendations.routes';

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
    private readonly transit: FilesInTransit,
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
    return this.transit.answer(file, params.requirementKey);
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
    const files = await this.transit.bucket();
    try {
      await files.putBlob({ name: objectName }, bytes);
    } catch (error) {
      throw storeUnavailable(error);
    }
    try {
      return await call({ objectName, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, declaredType: declared?.slice(0, 200) ?? null });
    } finally {
      await files.delete(objectName).catch(() => undefined);
    }
  }
}

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
