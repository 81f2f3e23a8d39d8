import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/exchanges';
import { CONFIG, DATABASE } from '@scn/platform';
import type { ExchangesConfig } from '../../config';
import { ExchangeProgramCommandRunner } from '../commands/exchange-program-command.runner';
import { EXCHANGES_CLOCK, type Clock } from '../infra/clock';
import { claimDueWindow } from './due-windows.query';
import { windowStep } from './window-step';

/** Most programs one tick handles, so a backlog cannot keep a tick (and shutdown) busy for long. */
const MAX_PER_TICK = 500;

/**
 * Opens and closes application windows on their dates: a database poll every
 * WINDOW_TICK_MS (the service has no job queue), first right after start-up so windows
 * whose dates passed while the service was down are caught up. Each program is handled in a
 * transaction of its own that claims its row, so replicas share the work and each
 * window-opened / window-closed event is written once.
 */
@Injectable()
export class WindowScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WindowScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ExchangeProgramCommandRunner,
    @Inject(EXCHANGES_CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Pick<ExchangesConfig, 'WINDOW_TICK_MS'>,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Before the database client closes: stop the timer and let a running tick finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Handles every window due at the clock's time; returns how many programs it stepped. */
  async tick(): Promise<number> {
    const now = this.clock();
    const failed: string[] = [];
    let stepped = 0;
    for (let handled = 0; handled < MAX_PER_TICK && !this.stopped; handled++) {
      const claim: { id: string | null } = { id: null };
      try {
        await this.db.$transaction(async (tx) => {
          claim.id = await claimDueWindow(tx, now, failed);
          if (claim.id) await this.runner.changeAsServiceIn(tx, claim.id, (program) => windowStep(program, now));
        });
      } catch (error) {
        // Without a claimed program (database down) the next tick retries; with one, go on with the others.
        if (claim.id === null) throw error;
        this.logger.error(`window step of exchange program ${claim.id} failed: ${String(error)}`);
        failed.push(claim.id);
        continue;
      }
      if (claim.id === null) break;
      stepped++;
    }
    return stepped;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => this.logger.error(`window tick failed: ${String(error)}`))
        .finally(() => this.schedule(this.config.WINDOW_TICK_MS));
    }, delay);
    this.timer.unref();
  }
}
