import { Controller, Inject, Logger, Optional, StreamableFile } from '@nestjs/common';
import { DIRECTORY_EXPORT_MAX_ROWS, type DirectoryExportChunk } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Readable } from 'node:stream';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Input } from '../http/route-params.decorator';
import { DIRECTORY_ROUTES as R } from './directory.routes';

/** Injection token: rows per `directory.export` call (default the contract's maximum; tests make it small). */
export const DIRECTORY_EXPORT_ROWS = Symbol('gateway:directory-export-rows');

/** A chunk of up to 5,000 rows takes the service longer than an ordinary request. */
const EXPORT_CHUNK_TIMEOUT_MS = 30_000;

type ExportQuery = RouteInput<typeof R.export>['query'];

/** The directory's CSV export, streamed chunk by chunk (its search and statistics only forward: see directory.routes.ts). */
@Controller()
export class DirectoryController {
  private readonly logger = new Logger(DirectoryController.name);

  constructor(
    private readonly rpc: RpcClient,
    @Optional() @Inject(DIRECTORY_EXPORT_ROWS) private readonly exportRows: number = DIRECTORY_EXPORT_MAX_ROWS,
  ) {}

  /**
   * A NATS reply carries at most 1 MB and the whole directory is a few MB: the CSV comes
   * from the service chunk by chunk (keyset cursor) and is streamed as it arrives. The
   * first chunk is awaited before answering, so a refusal or an unavailable service is
   * still a problem response; a failure later cuts the download short (the client sees
   * an incomplete transfer, never a silently truncated file).
   */
  @Endpoint(R.export)
  async export(@Input() { query }: RouteInput<typeof R.export>): Promise<StreamableFile> {
    const first = await this.chunk(query, undefined);
    return new StreamableFile(Readable.from(this.chunks(query, first)), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="sister-city-directory.csv"',
    });
  }

  private async *chunks(query: ExportQuery, first: DirectoryExportChunk): AsyncGenerator<Buffer> {
    yield Buffer.from(first.csv);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await this.chunk(query, cursor).catch((error: unknown) => {
        this.logger.warn(`Directory export cut short: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      });
      if (next.csv) yield Buffer.from(next.csv);
      cursor = next.nextCursor;
    }
  }

  private chunk(query: ExportQuery, cursor: string | undefined): Promise<DirectoryExportChunk> {
    return this.rpc.call(
      'partnerships',
      'directory.export',
      { ...query, limit: this.exportRows, ...(cursor ? { cursor } : {}) },
      { timeoutMs: EXPORT_CHUNK_TIMEOUT_MS },
    );
  }
}
