import { Inject, Injectable } from '@nestjs/common';
import { QUEUES, queuePrefix } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { Queue, type JobsOptions, type KeepJobs } from 'bullmq';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { NotificationsConfig } from '../../config';
import { REDIS } from '../../infra/redis.module';
import { closeOnceStarted } from '../../infra/close-bullmq';

const QUEUE = QUEUES.reminders;

/** What a fire-reminder job carries: which reminder, and the due time it was scheduled for. */
export const fireReminderJobSchema = z.object({ reminderId: z.string().min(1), dueAt: z.iso.datetime() });
export type FireReminderJob = z.infer<typeof fireReminderJobSchema>;

/**
 * The job of a reminder at a due time: `r` and 22 url-safe base64 characters of the SHA-256
 * of `<reminder id>@<due time in ms>` (132 bits: no two reminders meet). Naming the time
 * means a moved reminder gets a new job (the old one is removed, and would do nothing
 * anyway), and adding the job of an unchanged reminder again is a no-op in BullMQ. Why a
 * digest rather than the readable `reminder_<id>_<ms>`: Redis holds the id three times (the
 * job's key, its options, the delayed set) and the readable one is ~80 bytes, which alone
 * put a pending reminder over 1 KB of Redis. The job's data still names the reminder.
 */
export function reminderJobId(reminderId: string, dueAt: Date): string {
  return `r${createHash('sha256').update(`${reminderId}@${dueAt.getTime()}`).digest('base64url').slice(0, 22)}`;
}

/**
 * What becomes of a finished job, given to the worker rather than to each job (BullMQ uses
 * the worker's when the job names none), so 100,000 pending jobs do not each carry it: a
 * fired reminder is recorded in PostgreSQL; a failed job stays visible (Bull Board) a week,
 * or until reconciliation replaces the job of a still-pending reminder.
 */
export const FINISHED_REMINDER_JOBS: { removeOnComplete: KeepJobs; removeOnFail: KeepJobs } = {
  removeOnComplete: { count: 0 },
  removeOnFail: { age: 7 * 24 * 60 * 60 },
};

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
        // No removeOnComplete / removeOnFail: the worker's FINISHED_REMINDER_JOBS apply.
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
    await closeOnceStarted(this.queue);
  }
}
