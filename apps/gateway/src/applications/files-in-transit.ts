import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { DOCUMENT_PROBLEMS, type DocumentMediaType, type FileDownload } from '@scn/contracts';
import { ManagedNatsConnection, MESSAGING_OPTIONS, openApplicationFiles, type MessagingModuleOptions } from '@scn/messaging';
import { problemError } from '@scn/platform/errors';
import type { ObjectStore } from 'nats';

/** Reading a stored file and putting it in the object store takes the service longer than an ordinary request. */
export const FILE_TIMEOUT_MS = 30_000;

const EXTENSIONS: Record<DocumentMediaType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * Files between the gateway and the applications service, in the namespace's JetStream
 * object store (a file may be larger than one NATS message). For a download the service
 * put the file there and named it in its reply: `answer` takes it out, deletes it and
 * answers with it as an attachment; uploads go the other way through the same `bucket`.
 */
@Injectable()
export class FilesInTransit {
  constructor(
    private readonly connection: ManagedNatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingModuleOptions,
  ) {}

  /**
   * The offered file as the answer, named as the service named it or, when it names none
   * (a blind reading, a referee's letter), `<fallbackName>.<extension of its type>`.
   */
  async answer(file: FileDownload, fallbackName: string): Promise<StreamableFile> {
    const bytes = await this.take(file);
    return new StreamableFile(bytes, {
      type: file.contentType,
      length: bytes.length,
      disposition: attachment(file.fileName ?? `${fallbackName}.${EXTENSIONS[file.contentType]}`),
    });
  }

  private async take(file: FileDownload): Promise<Buffer> {
    const files = await this.bucket();
    const bytes = await files.getBlob(file.objectName).catch((error: unknown) => {
      throw storeUnavailable(error);
    });
    await files.delete(file.objectName).catch(() => undefined);
    if (!bytes || bytes.length !== file.size) throw problemError(DOCUMENT_PROBLEMS.storeUnavailable);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The bucket of files in transit (uploads go through it too). */
  async bucket(): Promise<ObjectStore> {
    try {
      return await openApplicationFiles(this.connection, this.messaging.namespace, this.messaging.streamReplicas);
    } catch (error) {
      throw storeUnavailable(error);
    }
  }
}

export function storeUnavailable(error: unknown) {
  const problem = DOCUMENT_PROBLEMS.storeUnavailable;
  return problemError(problem, `${problem.description} (${error instanceof Error ? error.message : String(error)})`);
}

/** `Content-Disposition` naming the file: an ASCII fallback and the UTF-8 name (RFC 6266). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
