import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DATABASE } from '@scn/platform';
import type { Redis } from 'ioredis';
import { REDIS } from '../../infra/redis.module';
import { jobPresence } from '../../infra/job-presence';
import { ReminderQueue, reminderJobId } from './reminder-queue';

/** Pending reminders checked against Redis per round trip. */
const RECONCILE_BATCH = 1_000;

export interface ReconciliationResult {
  /** Pending reminders looked at. */
  checked: number;
  /** Of those, the ones whose job was missing (or failed) and was added again. */
  restored: number;
}

interface PendingRow {
  id: string;
  dueAt: Date;
}

/**
 * Makes sure every pending reminder has its job in Redis: Redis keeps nothing that only
 * Redis knows. Pending reminders are read in batches (soonest first), whether BullMQ will
 * run each one's job checked in one MULTI per batch (`jobPresence`), and the others added
 * again with the delay left (none for a time already past: it fires at once, once): a job
 * missing, failed (its tries used up: replaced, so the reminder is tried again), or only a
 * hash left without its place in the delayed set (removed first: BullMQ ignores a new job of
 * an id whose hash exists). Job ids are deterministic, so replicas reconciling together add
 * each job once.
 */
@Injectable()
export class ReminderReconciliation {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly reminders: ReminderQueue,
  ) {}

  async reconcile(): Promise<ReconciliationResult> {
    const result: ReconciliationResult = { checked: 0, restored: 0 };
    let after: PendingRow | null = null;
    for (;;) {
      const rows: PendingRow[] = await this.db.$queryRawUnsafe<PendingRow[]>(
        `SELECT id, due_at AS "dueAt" FROM reminders
          WHERE status = 'pending' ${after ? `AND (due_at, id) > ($1::timestamptz, $2)` : ''}
          ORDER BY due_at, id LIMIT ${RECONCILE_BATCH}`,
        ...(after ? [after.dueAt.toISOString(), after.id] : []),
      );
      if (!rows.length) return result;
      result.checked += rows.length;
      after = rows.at(-1) ?? null;
      const jobIds = rows.map((row) => reminderJobId(row.id, row.dueAt));
      const presence = await jobPresence(this.redis, this.reminders.queue, jobIds);
      const missing = rows.filter((_, i) => presence[i] !== 'runnable');
      // A hash left (a failed job, or one without its place in the delayed set) is removed
      // from wherever it still is, so the job can be added again.
      const remnants = jobIds.filter((_, i) => presence[i] === 'remnant');
      await Promise.all(remnants.map((jobId) => this.reminders.queue.remove(jobId)));
      const now = new Date();
      await this.reminders.addReplacingFailed(missing.map((row) => this.reminders.job(row.id, row.dueAt, now)));
      result.restored += missing.length;
    }
  }
}
