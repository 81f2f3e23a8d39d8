import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_PROBLEMS } from '@scn/contracts';
import { ManagedNatsConnection, MESSAGING_OPTIONS, openApplicationFiles, type MessagingModuleOptions } from '@scn/messaging';
import { problemError } from '@scn/platform/errors';
import type { ObjectStore } from 'nats';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/**
 * Files in transit between the gateway and this service, in the namespace's JetStream
 * object store (a document may be larger than one NATS message): uploads the gateway put
 * there, downloads this service puts there for the gateway to answer with.
 */
@Injectable()
export class ApplicationFiles {
  constructor(
    private readonly connection: ManagedNatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
  ) {}

  /**
   * An uploaded file's bytes, checked against the size and digest the gateway named
   * (DOCUMENT.FILE_MISSING when it expired or did not arrive whole). Deleted once read.
   */
  async take(objectName: string, expected: { size: number; sha256: string }): Promise<Uint8Array<ArrayBuffer>> {
    const bucket = await this.bucket();
    const bytes = await bucket.getBlob(objectName);
    await bucket.delete(objectName).catch(() => undefined);
    if (!bytes || bytes.length !== expected.size || createHash('sha256').update(bytes).digest('hex') !== expected.sha256) {
      throw problemError(DOCUMENT_PROBLEMS.fileMissing);
    }
    return new Uint8Array(bytes);
  }

  /** Puts a file for the gateway to answer a download with; returns its object name. */
  async offer(bytes: Uint8Array, description: string | null): Promise<string> {
    const objectName = `${uuidv7()}.download`;
    try {
      await (await this.bucket()).putBlob({ name: objectName, description: description ?? undefined }, bytes);
    } catch (error) {
      throw problemError(DOCUMENT_PROBLEMS.storeUnavailable, `${DOCUMENT_PROBLEMS.storeUnavailable.description} (${error instanceof Error ? error.message : String(error)})`);
    }
    return objectName;
  }

  private bucket(): Promise<ObjectStore> {
    return openApplicationFiles(this.connection, this.options.namespace, this.options.streamReplicas);
  }
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
