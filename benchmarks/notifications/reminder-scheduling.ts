import { QUEUES, queuePrefix } from '@scn/contracts';
import { Redis } from 'ioredis';
import type { NotificationsConfig } from '../../apps/notifications/src/config';
import { ReminderQueue } from '../../apps/notifications/src/reminders/infra/reminder-queue';
import { REMINDER_SYNC_CHANNEL } from '../../apps/notifications/src/reminders/infra/reminder-rows';
import { SYNC_BATCH } from '../../apps/notifications/src/reminders/infra/reminder-sync';
import type { NotificationsUnderTest } from '../../apps/notifications/test/support/notifications-harness';
import { now, sleep } from '../events/measure';
import { queueFootprint, usedMemory, type QueueFootprint } from './redis-memory';
import { insertPlannedReminders, type PlannedReminder } from './seed';

type Log = (message: string) => void;

export interface SchedulingResult {
  reminders: number;
  elapsedMs: number;
  jobsPerSecond: number;
  /** Jobs in the queue's delayed set at the end. */
  delayedJobs: number;
  /** INFO memory used_memory after minus before (the whole, shared Redis). */
  usedMemoryDelta: number;
  footprint: QueueFootprint;
  complete: boolean;
}

export interface PlatformSchedulingResult extends SchedulingResult {
  /** Writing the 100k rows (one INSERT … unnest, one transaction), before the timed part. */
  insertMs: number;
  /** Rows still without a job or still marked sync_needed at the end (0 expected). */
  unsynced: number;
}

export interface ReconciliationTiming {
  deletedKeys: number;
  /** From the restart call until the service answered (booted; reconciliation runs in the background). */
  bootMs: number;
  /** From the restart call until every pending reminder's job was back in the delayed set. */
  restoredMs: number;
  jobsPerSecond: number;
  delayedJobs: number;
  complete: boolean;
}

const reminderQueueKey = (namespace: string) => `${queuePrefix(namespace)}:${QUEUES.reminders.name}`;

/**
 * (B) Bare BullMQ: the same jobs (same ids, data and options, made by the service's own
 * `ReminderQueue.job`) added with Queue.addBulk in batches of the scheduler's size, one
 * after the other, into a prefix of its own. No PostgreSQL.
 */
export async function bareScheduling(redisUrl: string, namespace: string, reminders: readonly PlannedReminder[], sampleSize: number, log: Log): Promise<SchedulingResult> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new ReminderQueue(redis, { SCN_NAMESPACE: namespace } as NotificationsConfig);
  try {
    const before = await usedMemory(redis);
    const start = now();
    for (let i = 0; i < reminders.length; i += SYNC_BATCH) {
      const at = new Date();
      await queue.queue.addBulk(reminders.slice(i, i + SYNC_BATCH).map((r) => queue.job(r.id, r.dueAt, at)));
    }
    const elapsedMs = now() - start;
    const after = await usedMemory(redis);
    const delayedJobs = await redis.zcard(`${reminderQueueKey(namespace)}:delayed`);
    log(`B: ${delayedJobs} jobs added in ${Math.round(elapsedMs)} ms`);
    return {
      reminders: reminders.length,
      elapsedMs,
      jobsPerSecond: (reminders.length * 1_000) / elapsedMs,
      delayedJobs,
      usedMemoryDelta: after - before,
      footprint: await queueFootprint(redis, reminderQueueKey(namespace), sampleSize),
      complete: delayedJobs === reminders.length,
    };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/**
 * (A) Through the service: the rows are written as planning leaves them (pending,
 * sync_needed, NOTIFY on commit); from the commit, the reminder scheduler's loop claims them
 * 1,000 at a time (FOR UPDATE SKIP LOCKED), adds their delayed jobs and clears the flag. Done
 * when no row is marked sync_needed (polled every 10 ms: the delayed set's size in Redis, then
 * the count of flagged rows once every job is there).
 */
export async function platformScheduling(
  harness: NotificationsUnderTest,
  reminders: readonly PlannedReminder[],
  sampleSize: number,
  timeoutMs: number,
  log: Log,
): Promise<PlatformSchedulingResult> {
  const before = await usedMemory(harness.redis);
  const insertStart = now();
  await insertPlannedReminders(harness.db, reminders, REMINDER_SYNC_CHANNEL);
  const committedAt = now();
  log(`A: ${reminders.length} rows written in ${Math.round(committedAt - insertStart)} ms; waiting for the scheduler`);
  const delayedKey = `${reminderQueueKey(harness.namespace)}:delayed`;
  const delayedBefore = await harness.redis.zcard(delayedKey);
  let syncedAt = NaN;
  let reported = committedAt;
  while (now() - committedAt < timeoutMs) {
    // Watched in Redis first (ZCARD is O(1)), the database only once every job is there: a
    // count of the flagged rows every few ms would load PostgreSQL, which A shares.
    const added = (await harness.redis.zcard(delayedKey)) - delayedBefore;
    const pending = added < reminders.length ? reminders.length - added : await pendingRows(harness);
    if (pending === 0) {
      syncedAt = now();
      break;
    }
    if (now() - reported >= 10_000) {
      reported = now();
      log(`A: ${reminders.length - pending}/${reminders.length} synced`);
    }
    await sleep(10);
  }
  const elapsedMs = syncedAt - committedAt;
  const after = await usedMemory(harness.redis);
  const [check] = await harness.db.$queryRawUnsafe<Array<{ unsynced: number }>>(
    `SELECT count(*)::int AS unsynced FROM reminders WHERE sync_needed OR job_id IS NULL`,
  );
  const delayedJobs = (await harness.redis.zcard(delayedKey)) - delayedBefore;
  log(`A: ${delayedJobs} jobs scheduled in ${Math.round(elapsedMs)} ms`);
  return {
    reminders: reminders.length,
    insertMs: committedAt - insertStart,
    elapsedMs,
    jobsPerSecond: (reminders.length * 1_000) / elapsedMs,
    delayedJobs,
    usedMemoryDelta: after - before,
    footprint: await queueFootprint(harness.redis, reminderQueueKey(harness.namespace), sampleSize),
    unsynced: check?.unsynced ?? NaN,
    complete: Number.isFinite(syncedAt) && check?.unsynced === 0 && delayedJobs === reminders.length,
  };
}

/** Rows still marked `sync_needed`. */
async function pendingRows(harness: NotificationsUnderTest): Promise<number> {
  const [row] = await harness.db.$queryRawUnsafe<Array<{ pending: number }>>(`SELECT count(*)::int AS pending FROM reminders WHERE sync_needed`);
  return row?.pending ?? NaN;
}

/**
 * Redis loses everything: the service is stopped, every key of its namespace deleted, and
 * the service started again. Its start-up reconciliation finds each pending reminder's job
 * missing and adds it again; done when the delayed set holds all of them (polled every 50 ms).
 */
export async function reconciliationAfterWipe(harness: NotificationsUnderTest, expected: number, timeoutMs: number, log: Log): Promise<ReconciliationTiming> {
  await harness.stopService();
  const deletedKeys = await harness.wipeRedis();
  const delayedKey = `${reminderQueueKey(harness.namespace)}:delayed`;
  log(`reconciliation: ${deletedKeys} keys of the namespace deleted; restarting the service`);
  const start = now();
  await harness.restart();
  const bootedAt = now();
  let restoredAt = NaN;
  let delayedJobs = 0;
  while (now() - start < timeoutMs) {
    delayedJobs = await harness.redis.zcard(delayedKey);
    if (delayedJobs >= expected) {
      restoredAt = now();
      break;
    }
    await sleep(50);
  }
  log(`reconciliation: ${delayedJobs} jobs back in ${Math.round(restoredAt - start)} ms`);
  return {
    deletedKeys,
    bootMs: bootedAt - start,
    restoredMs: restoredAt - start,
    jobsPerSecond: (expected * 1_000) / (restoredAt - start),
    delayedJobs,
    complete: delayedJobs === expected,
  };
}
