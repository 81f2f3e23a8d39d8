import { Inject, Injectable } from '@nestjs/common';
import { BULK_SQL, BulkSql } from '@scn/platform';
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
 * replicas (and the scheduler's lanes) share the work, and `job_id` / `sync_needed` are
 * written in the same transaction: if it fails after touching Redis, the rows are synced
 * again, and adding a job whose id exists is a no-op, removing a missing one too.
 *
 * A batch costs two statements whatever its size — the claim, and one `UPDATE … FROM
 * unnest` of every row's job — and one `addBulk`. It runs on plain `pg` (`BulkSql`), not in
 * a Prisma interactive transaction: that held a batch ~40 % longer than the bare `addBulk`
 * it wraps (the benchmark's reminders, issue #16).
 */
@Injectable()
export class ReminderSync {
  constructor(
    @Inject(BULK_SQL) private readonly sql: BulkSql,
    private readonly reminders: ReminderQueue,
  ) {}

  /** Syncs one batch; returns how many rows it took. */
  async syncBatch(): Promise<number> {
    return this.sql.transaction(async (client) => {
      const { rows } = await client.query<RowToSync>(CLAIM_ROWS_TO_SYNC, [SYNC_BATCH]);
      if (!rows.length) return 0;
      const wanted = rows.map((row) => (row.status === 'pending' ? reminderJobId(row.id, row.dueAt) : null));
      const outdated = rows.flatMap((row, i) => (row.jobId && row.jobId !== wanted[i] ? [row.jobId] : []));
      // A job running right now cannot be removed (0): it finds its reminder moved and does nothing.
      await Promise.all(outdated.map((jobId) => this.reminders.queue.remove(jobId)));
      // Delays are real time, as BullMQ counts them.
      const now = new Date();
      await this.reminders.addReplacingFailed(rows.filter((row) => row.status === 'pending').map((row) => this.reminders.job(row.id, row.dueAt, now)));
      await client.query(RECORD_JOBS, [rows.map((row) => row.id), wanted]);
      return rows.length;
    });
  }
}

/**
 * The next rows to sync, oldest change first; `id` breaks the ties of rows one statement
 * wrote (they share its `now()`). `reminders_sync_needed_idx` is keyed on both, so the
 * claim reads its batch in index order, never sorting the flagged rows.
 */
export const CLAIM_ROWS_TO_SYNC = `
  SELECT id, status::text AS status, due_at AS "dueAt", job_id AS "jobId" FROM reminders
   WHERE sync_needed ORDER BY updated_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`;

const RECORD_JOBS = `
  UPDATE reminders AS r SET job_id = v.job_id, sync_needed = false
    FROM unnest($1::text[], $2::text[]) AS v(id, job_id) WHERE r.id = v.id`;
