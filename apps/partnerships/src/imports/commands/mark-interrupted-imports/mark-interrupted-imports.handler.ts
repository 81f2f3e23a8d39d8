import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { DATABASE, ROOT_LOGGER } from '@scn/platform';
import type { Logger } from 'pino';
import { IMPORT_STALL_MS, STALLED_IMPORT_ERROR } from '../../infra/import-job.progress';

/**
 * An import whose service crashed (or was killed) mid-run stays "running" with nothing
 * running it. Such a job — running, its heartbeat older than IMPORT_STALL_MS — is marked
 * failed with the reason (on start-up, when a new import starts, and every minute: see
 * InterruptedImportsScheduler). The heartbeat is compared in the database's clock, so
 * replicas agree on it; a replica's live run keeps beating and is never taken for an
 * interrupted one.
 */
@Injectable()
export class MarkInterruptedImportsHandler {
  private readonly logger: Logger;

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'imports' });
  }

  /** Marks the interrupted imports failed; returns their ids. */
  async execute(): Promise<string[]> {
    const marked = await this.db.$queryRaw<Array<{ id: string }>>`
      UPDATE import_jobs SET status = 'failed', error = ${STALLED_IMPORT_ERROR}, finished_at = now()
       WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => ${IMPORT_STALL_MS / 1_000})
      RETURNING id::text AS id`;
    const ids = marked.map((job) => job.id);
    if (ids.length) this.logger.warn({ importIds: ids }, 'imports interrupted by a stop of the service marked failed');
    return ids;
  }
}
