import { Inject, Injectable, Logger } from '@nestjs/common';
import { QUEUES } from '@scn/contracts';
import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '../../infra/redis.module';
import { FireReminderHandler, type FiringOutcome } from '../commands/fire-reminder/fire-reminder.handler';
import { FINISHED_REMINDER_JOBS, fireReminderJobSchema, ReminderQueue, type FireReminderJob } from '../infra/reminder-queue';
import { closeOnceStarted } from '../../infra/close-bullmq';

/** Reminders one replica fires at a time. */
const CONCURRENCY = 4;

/**
 * Runs the fire-reminder jobs. BullMQ runs a delayed job whose time passed while no worker
 * ran (the service was down) as soon as a worker starts, so a late reminder fires once,
 * late. A failing firing is retried by BullMQ; after its last try the job stays failed and
 * reconciliation replaces it later (the reminder is still pending in PostgreSQL).
 */
@Injectable()
export class ReminderWorker {
  private readonly logger = new Logger(ReminderWorker.name);
  private worker?: Worker<FireReminderJob>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly reminders: ReminderQueue,
    private readonly fire: FireReminderHandler,
  ) {}

  start(): void {
    if (this.worker) return;
    this.worker = new Worker<FireReminderJob>(QUEUES.reminders.name, (job, token) => this.process(job, token), {
      connection: this.redis,
      prefix: this.reminders.prefix,
      concurrency: CONCURRENCY,
      ...FINISHED_REMINDER_JOBS,
    });
    this.worker.on('error', (error) => this.logger.warn(`reminder worker: ${String(error)}`));
    this.worker.on('failed', (job, error) =>
      this.logger.error(`reminder job ${job?.id} failed (try ${job?.attemptsMade}): ${String(error)}`),
    );
  }

  /** Stops taking jobs and lets the running ones finish (before the database closes). */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await closeOnceStarted(worker);
  }

  private async process(job: Job<FireReminderJob>, token?: string): Promise<FiringOutcome> {
    const { reminderId, dueAt } = fireReminderJobSchema.parse(job.data);
    const due = new Date(dueAt);
    // Promoted early (clocks of replicas differ): wait for the time rather than fire before it.
    if (Date.now() < due.getTime()) {
      await job.moveToDelayed(due.getTime(), token);
      throw new DelayedError();
    }
    const outcome = await this.fire.execute({ reminderId, dueAt: due });
    if (outcome.outcome === 'cancelled') this.logger.log(`reminder ${reminderId} cancelled when due: ${outcome.reason}`);
    return outcome;
  }
}
