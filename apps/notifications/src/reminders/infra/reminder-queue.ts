import { Inject, Injectable } from '@nestjs/common';
import { QUEUES, queuePrefix } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { NotificationsConfig } from '../../config';
import { REDIS } from '../../infra/redis.module';

const QUEUE = QUEUES.reminders;

/** What a fire-reminder job carries: which reminder, and the due time it was scheduled for. */
export const fireReminderJobSchema = z.object({ reminderId: z.string().min(1), dueAt: z.iso.datetime() });
export type FireReminderJob = z.infer<typeof fireReminderJobSchema>;

/**
 * The job of a reminder at a due time: `reminder_<reminder id>_<due time in ms>`. Naming the
 * time means a moved reminder gets a new job (the old one is removed, and would do nothing
 * anyway), and adding the job of an unchanged reminder again is a no-op in BullMQ.
 */
export function reminderJobId(reminderId: string, dueAt: Date): string {
  return `reminder_${reminderId}_${dueAt.getTime()}`;
}

/** A job as added to the queue (its id always set). */
export interface ReminderJob {
  name: string;
  data: FireReminderJob;
  opts: JobsOptions & { jobId: string };
}

/** Tries of one firing (a database hiccup); after the last, reconciliation tries again later. */
const FIRING_ATTEMPTS = 5;

/** The BullMQ queue of reminders, under the namespace's prefix. Redis only mirrors the `reminders` table. */
@Injectable()
export class ReminderQueue {
  readonly queue: Queue<FireReminderJob>;
  readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) config: NotificationsConfig,
  ) {
    this.prefix = queuePrefix(config.SCN_NAMESPACE);
    this.queue = new Queue<FireReminderJob>(QUEUE.name, { connection: redis, prefix: this.prefix });
  }

  /** A job firing the reminder at `dueAt` (delayed until then; at once when already past). */
  job(reminderId: string, dueAt: Date, now: Date): ReminderJob {
    return {
      name: QUEUE.jobs.fireReminder,
      data: { reminderId, dueAt: dueAt.toISOString() },
      opts: {
        jobId: reminderJobId(reminderId, dueAt),
        delay: Math.max(0, dueAt.getTime() - now.getTime()),
        attempts: FIRING_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1_000 },
        // A fired reminder is recorded in PostgreSQL. Failed jobs stay visible (Bull Board)
        // until reconciliation, which replaces the job of a still-pending reminder.
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 60 * 60 },
      },
    };
  }

  /**
   * Adds the jobs; one whose id is already there is left as it is (BullMQ ignores a
   * duplicate id), except a failed one, which is replaced so its reminder is tried again.
   */
  async addReplacingFailed(jobs: readonly ReminderJob[]): Promise<void> {
    if (!jobs.length) return;
    const failed = await this.failedJobIds();
    await Promise.all(jobs.filter((job) => failed.has(job.opts.jobId)).map((job) => this.queue.remove(job.opts.jobId)));
    await this.queue.addBulk([...jobs]);
  }

  /** Ids of the failed jobs (few: they are kept a week, and reconciliation replaces those of pending reminders). */
  async failedJobIds(): Promise<Set<string>> {
    return new Set(await this.redis.zrange(this.failedKey, 0, -1));
  }

  /** The Redis key of a job: the job exists while this key does. */
  jobKey(jobId: string): string {
    return this.queue.toKey(jobId);
  }

  /** The sorted set of failed jobs. */
  get failedKey(): string {
    return this.queue.toKey('failed');
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
