import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PollingLoop } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { ExchangesConfig } from '../../config';
import { StepDueWindowsHandler } from '../commands/step-due-windows/step-due-windows.handler';

/**
 * Opens and closes application windows on their dates: a database poll every
 * WINDOW_TICK_MS (the service has no job queue), first right after start-up so windows
 * whose dates passed while the service was down are caught up.
 */
@Injectable()
export class WindowScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(
    private readonly stepDueWindows: StepDueWindowsHandler,
    @Inject(CONFIG) config: Pick<ExchangesConfig, 'WINDOW_TICK_MS'>,
  ) {
    this.loop = new PollingLoop({
      name: 'window tick',
      tick: async (stopping) => void (await this.stepDueWindows.execute(stopping)),
      intervalMs: config.WINDOW_TICK_MS,
      logger: new Logger(WindowScheduler.name),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Before the database client closes: no new program is stepped, and a running tick finishes. */
  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}
