import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PollingLoop } from '@scn/messaging';
import { ROOT_LOGGER } from '@scn/platform';
import type { Logger } from 'pino';
import { MarkInterruptedImportsHandler } from '../commands/mark-interrupted-imports/mark-interrupted-imports.handler';

/** How often the service looks for interrupted imports besides start-up and each new import. */
export const INTERRUPTED_IMPORTS_CHECK_MS = 60_000;

/**
 * Marks imports a stop of the service interrupted failed: once during start-up (before the
 * service answers, so the list of imports never shows one running that nothing runs), then
 * every minute. A failed check is only logged: the next one (or the next import) tries again.
 */
@Injectable()
export class InterruptedImportsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private readonly loop: PollingLoop;

  constructor(
    private readonly markInterrupted: MarkInterruptedImportsHandler,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'imports' });
    this.loop = new PollingLoop({
      name: 'interrupted imports check',
      tick: async () => void (await this.markInterrupted.execute()),
      intervalMs: INTERRUPTED_IMPORTS_CHECK_MS,
      firstTickAfterMs: INTERRUPTED_IMPORTS_CHECK_MS,
      logger: this.logger,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.markInterrupted.execute().catch((error: unknown) => this.logger.error({ err: error }, 'could not look for interrupted imports'));
    this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
