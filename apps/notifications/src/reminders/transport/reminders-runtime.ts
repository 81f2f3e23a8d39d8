import { Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ReminderQueue } from '../infra/reminder-queue';
import { ReminderScheduler } from './reminder.scheduler';
import { ReminderWorker } from './reminder.worker';

/**
 * Starts the reminders' moving parts in order — reconciliation first, so a Redis that came
 * back empty has every pending reminder's job again before the worker runs — and stops them
 * before the database and Redis connections close, so the service can be restarted cleanly.
 */
@Injectable()
export class RemindersRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stopping = false;
  private starting?: Promise<void>;

  constructor(
    private readonly scheduler: ReminderScheduler,
    private readonly worker: ReminderWorker,
    private readonly queue: ReminderQueue,
  ) {}

  /**
   * In the background: with Redis down, reconciliation waits for it, and the service must
   * still start (and report Redis down on /readyz) meanwhile.
   */
  onApplicationBootstrap(): void {
    this.stopping = false;
    this.starting = this.startInOrder();
  }

  /** Resolves once reconciliation ran and the worker took over (tests wait for it). */
  whenStarted(): Promise<void> {
    return this.starting ?? Promise.resolve();
  }

  private async startInOrder(): Promise<void> {
    await this.scheduler.start();
    if (!this.stopping) this.worker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.starting?.catch(() => undefined);
    await this.worker.stop();
    await this.scheduler.stop();
    await this.queue.close();
  }
}
