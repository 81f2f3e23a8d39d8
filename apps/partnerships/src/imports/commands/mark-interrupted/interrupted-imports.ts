import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { DATABASE, ROOT_LOGGER } from '@scn/platform';
import type { Logger } from 'pino';
import { IMPORT_STALL_MS, STALLED_IMPORT_ERROR } from '../../infra/import-job.progress';

/** How often the service looks for interrupted imports besides start-up and each new import. */
export const INTERRUPTED_IMPORTS_CHECK_MS = 60_000;

/**
 * An import whose service crashed (or was killed) mid-run stays "running" with nothing
 * running it. Such a job — running, its heartbeat older than IMPORT_STALL_MS — is marked
 * failed with the reason, on start-up, when a new import starts, and every minute. The
 * heartbeat is compared in the database's clock, so replicas agree on it; a replica's live
 * run keeps beating and is never taken for an interrupted one.
 */
@Injectable()
export class InterruptedImports implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'imports' });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.markFailedQuietly();
    this.timer = setInterval(() => void this.markFailedQuietly(), INTERRUPTED_IMPORTS_CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Marks the interrupted imports failed; returns their ids. */
  async markFailed(): Promise<string[]> {
    const marked = await this.db.$queryRaw<Array<{ id: string }>>`
      UPDATE import_jobs SET status = 'failed', error = ${STALLED_IMPORT_ERROR}, finished_at = now()
       WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => ${IMPORT_STALL_MS / 1_000})
      RETURNING id::text AS id`;
    const ids = marked.map((job) => job.id);
    if (ids.length) this.logger.warn({ importIds: ids }, 'imports interrupted by a stop of the service marked failed');
    return ids;
  }

  /** A failed check is only logged: the next one (or the next import) tries again. */
  private async markFailedQuietly(): Promise<void> {
    await this.markFailed().catch((error: unknown) => this.logger.error({ err: error }, 'could not look for interrupted imports'));
  }
}
