import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DATABASE } from '@scn/platform';
import { ReminderQueue, reminderJobId } from './reminder-queue';

/** Most rows one transaction brings in line (a full batch makes the loop go again at once). */
export const SYNC_BATCH = 1_000;

interface RowToSync {
  id: string;
  status: 'pending' | 'fired' | 'cancelled';
  dueAt: Date;
  jobId: string | null;
}

/**
 * Brings Redis in line with the reminders marked `sync_needed`: a pending reminder gets the
 * delayed job of its due time; the job it had before is removed when it names another time
 * or the reminder is no longer pending. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * replicas share the work, and `job_id` / `sync_needed` are written in the same
 * transaction: if it fails after touching Redis, the rows are synced again, and adding a job
 * whose id exists is a no-op, removing a missing one too.
 */
@Injectable()
export class ReminderSync {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly reminders: ReminderQueue,
  ) {}

  /** Syncs one batch; returns how many rows it took. */
  async syncBatch(): Promise<number> {
    return this.db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<RowToSync[]>(
          `SELECT id, status::text AS status, due_at AS "dueAt", job_id AS "jobId" FROM reminders
            WHERE sync_needed ORDER BY updated_at, id LIMIT ${SYNC_BATCH} FOR UPDATE SKIP LOCKED`,
        );
        if (!rows.length) return 0;
        const wanted = rows.map((row) => (row.status === 'pending' ? reminderJobId(row.id, row.dueAt) : null));
        const outdated = rows.flatMap((row, i) => (row.jobId && row.jobId !== wanted[i] ? [row.jobId] : []));
        // A job running right now cannot be removed (0): it finds its reminder moved and does nothing.
        await Promise.all(outdated.map((jobId) => this.reminders.queue.remove(jobId)));
        // Delays are real time, as BullMQ counts them.
        const now = new Date();
        await this.reminders.addReplacingFailed(rows.filter((row) => row.status === 'pending').map((row) => this.reminders.job(row.id, row.dueAt, now)));
        await tx.$executeRawUnsafe(
          `UPDATE reminders AS r SET job_id = v.job_id, sync_needed = false
             FROM unnest($1::text[], $2::text[]) AS v(id, job_id) WHERE r.id = v.id`,
          rows.map((row) => row.id),
          wanted,
        );
        return rows.length;
      },
      { timeout: 60_000 },
    );
  }
}
