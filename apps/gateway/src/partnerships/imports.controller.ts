import { Controller, Inject } from '@nestjs/common';
import { IMPORT_PROBLEMS, type CallerIdentity } from '@scn/contracts';
import { ManagedNatsConnection, MESSAGING_OPTIONS, openImportFiles, RpcClient, type MessagingModuleOptions } from '@scn/messaging';
import { DomainError } from '@scn/platform';
import type { ObjectStore } from 'nats';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { IMPORT_ROUTES as R } from './imports.routes';

/** Reading and checking a file takes the service longer than an ordinary request. */
const START_TIMEOUT_MS = 60_000;

/**
 * Gateway routes of the partnerships service: imports (issue #4). A file may exceed the
 * 1 MB a NATS message carries, so it travels through the namespace's JetStream object
 * store and the request names it.
 */
@Controller()
export class ImportsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly connection: ManagedNatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingModuleOptions,
  ) {}

  @Endpoint(R.start)
  async start(@Input() { query, body }: RouteInput<typeof R.start>, @Caller() caller: CallerIdentity) {
    const { fileName, addMissingCities, dryRun, ...columns } = query;
    const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    const objectName = `${uuidv7()}.upload`;
    const files = await this.storeFile(objectName, bytes, fileName);
    const fileHash = createHash('sha256').update(bytes).digest('hex');
    try {
      return await this.rpc.call(
        'partnerships',
        'imports.start',
        { objectName, fileHash, fileName: fileName ?? null, columns, addMissingCities, dryRun },
        { caller, timeoutMs: START_TIMEOUT_MS },
      );
    } finally {
      // The service deletes the file once read; this covers a refusal before that.
      await files.delete(objectName).catch(() => undefined);
    }
  }

  private async storeFile(objectName: string, bytes: Uint8Array, fileName: string | undefined): Promise<ObjectStore> {
    try {
      const files = await openImportFiles(this.connection, this.messaging.namespace, this.messaging.streamReplicas);
      await files.putBlob({ name: objectName, description: fileName }, bytes);
      return files;
    } catch (error) {
      const problem = IMPORT_PROBLEMS.storeUnavailable;
      throw new DomainError(problem.code, 'unavailable', `${problem.description} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
