import { Inject, Injectable } from '@nestjs/common';
import { ManagedNatsConnection, MESSAGING_OPTIONS, openImportFiles, type MessagingModuleOptions } from '@scn/messaging';
import type { ObjectStore } from 'nats';

/**
 * The uploaded files waiting to be imported, in the namespace's JetStream object store
 * (a file is larger than one NATS message may be). The gateway puts them there.
 */
@Injectable()
export class ImportFiles {
  constructor(
    private readonly connection: ManagedNatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
  ) {}

  /** The file's bytes, or null when there is no such file (expired, or already taken). */
  async read(objectName: string): Promise<Uint8Array | null> {
    return (await this.bucket()).getBlob(objectName);
  }

  /** Deletes a file once read; a failure only leaves it to the bucket's TTL. */
  async discard(objectName: string): Promise<void> {
    await (await this.bucket())
      .delete(objectName)
      .catch(() => undefined);
  }

  private bucket(): Promise<ObjectStore> {
    return openImportFiles(this.connection, this.options.namespace, this.options.streamReplicas);
  }
}
