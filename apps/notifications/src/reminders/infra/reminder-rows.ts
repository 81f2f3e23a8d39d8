import { writeThenNotify, type RawSql } from '@scn/platform';
import type { ReminderChange } from '../domain/decide-reminder-changes';
import type { ExistingReminder } from '../domain/reminder-plan';

/** Raw SQL only: these run in Prisma's transactions and in those on the pg pool alike. */
type Tx = RawSql;

/** PostgreSQL channel a commit of changed reminders NOTIFYs, to wake the scheduler. */
export const REMINDER_SYNC_CHANNEL = 'reminder_sync';

/**
 * The reminders of the given kinds of one or more subjects, locked until the transaction
 * ends, in id order (so two transactions locking overlapping sets wait, never deadlock):
 * the worker claiming one of them, or another event about the same subject, waits for this
 * plan to commit (and then sees what it wrote). A lane's batch of application events locks
 * its applications' rows in one statement (issue #16).
 */
export function lockRemindersOfSubjects(
  tx: Tx,
  subjectIds: readonly string[],
  kinds: readonly string[],
): Promise<Array<ExistingReminder & { subjectId: string }>> {
  return tx.$queryRawUnsafe<Array<ExistingReminder & { subjectId: string }>>(
    `SELECT id, kind, subject_id::text AS "subjectId", due_at AS "dueAt", status::text AS status, payload FROM reminders
      WHERE subject_id = ANY($1::uuid[]) AND kind = ANY($2::text[])
      ORDER BY id FOR UPDATE`,
    [...new Set(subjectIds)],
    [...new Set(kinds)],
  );
}

/**
 * Writes the changes. Each one but a refresh of facts marks its row `sync_needed` and the
 * transaction NOTIFYs the scheduler (delivered on commit, only if it commits). The NOTIFY
 * rides on the write's own statement (one round trip fewer per plan, issue #16).
 */
export async function applyReminderChanges(tx: Tx, changes: readonly ReminderChange[]): Promise<void> {
  const created = changes.flatMap((change) => (change.op === 'create' ? [change.reminder] : []));
  const updates = changes.flatMap((change) => (change.op === 'create' ? [] : [change]));
  // A new row always needs the scheduler; an update only when it is not a refresh of facts.
  const wakeOnUpdate = created.length === 0 && updates.some((change) => change.op !== 'refresh');
  if (created.length) {
    // Raw SQL, as every statement here: partnership events plan reminders in transactions on
    // the pg pool (their handler is `sqlOnly`, issue #16). One statement for the new rows.
    await tx.$queryRawUnsafe(
      INSERT_AND_WAKE_SCHEDULER,
      created.map((reminder) => reminder.id),
      created.map((reminder) => reminder.kind),
      created.map((reminder) => reminder.subjectId),
      created.map((reminder) => reminder.dueAt.toISOString()),
      created.map((reminder) => JSON.stringify(reminder.payload)),
    );
  }
  if (updates.length) {
    // One statement for every moved, refreshed and cancelled row, not one per reminder.
    await tx.$queryRawUnsafe(
      UPDATE_AND_MAYBE_WAKE_SCHEDULER,
      updates.map((change) => change.id),
      updates.map((change) => change.op),
      updates.map((change) => (change.op !== 'refresh' && change.dueAt ? change.dueAt.toISOString() : null)),
      updates.map((change) => (change.op === 'cancel' ? null : JSON.stringify(change.payload))),
      updates.map((change) => (change.op === 'cancel' ? change.reason : null)),
      wakeOnUpdate,
    );
  }
}

/**
 * What each change does to its row: `reschedule` makes it pending at the new time with new
 * facts, `refresh` replaces the facts alone (the job names the time, not the facts, so no
 * sync), `cancel` ends it with the reason (and the time it was moved to, when given).
 */
const INSERT_REMINDERS = `
  INSERT INTO reminders (id, kind, subject_id, due_at, payload, status, sync_needed, created_at, updated_at)
  SELECT id, kind, subject_id, due_at, payload, 'pending', true, now(), now()
    FROM unnest($1::text[], $2::text[], $3::uuid[], $4::timestamptz[], $5::jsonb[]) AS v(id, kind, subject_id, due_at, payload)`;

const UPDATE_REMINDERS = `
  UPDATE reminders AS r SET
    due_at = coalesce(v.due_at, r.due_at),
    payload = coalesce(v.payload, r.payload),
    status = CASE v.op WHEN 'reschedule' THEN 'pending' WHEN 'cancel' THEN 'cancelled' ELSE r.status END::"ReminderStatus",
    status_reason = CASE v.op WHEN 'reschedule' THEN NULL WHEN 'cancel' THEN v.reason ELSE r.status_reason END,
    fired_at = CASE WHEN v.op = 'reschedule' THEN NULL ELSE r.fired_at END,
    sync_needed = r.sync_needed OR v.op <> 'refresh',
    updated_at = now()
  FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::jsonb[], $5::text[]) AS v(id, op, due_at, payload, reason)
  WHERE r.id = v.id`;

// A new row always needs the scheduler; the updates say whether they do ($6).
const INSERT_AND_WAKE_SCHEDULER = writeThenNotify(INSERT_REMINDERS, REMINDER_SYNC_CHANNEL);
const UPDATE_AND_MAYBE_WAKE_SCHEDULER = writeThenNotify(UPDATE_REMINDERS, REMINDER_SYNC_CHANNEL, '$6::boolean');

/** A reminder a worker claimed: it was pending at exactly the due time its job names. */
export interface ClaimedReminder {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
  payload: unknown;
}

/**
 * Marks the reminder fired if it is still pending at `dueAt`, and returns it; null when it
 * is not (fired already, moved, or cancelled: the job was stale). The row stays locked
 * until the transaction ends, so a concurrent planning of its subject waits.
 */
export async function claimReminder(tx: Tx, id: string, dueAt: Date, now: Date): Promise<ClaimedReminder | null> {
  const rows = await tx.$queryRawUnsafe<ClaimedReminder[]>(
    `UPDATE reminders SET status = 'fired', fired_at = $3::timestamptz, job_id = NULL, updated_at = now()
      WHERE id = $1 AND status = 'pending' AND due_at = $2::timestamptz
      RETURNING id, kind, subject_id::text AS "subjectId", due_at AS "dueAt", payload`,
    id,
    dueAt.toISOString(),
    now.toISOString(),
  );
  return rows[0] ?? null;
}

/** A claimed reminder whose condition no longer holds: cancelled, with why. */
export async function cancelClaimedReminder(tx: Tx, id: string, reason: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE reminders SET status = 'cancelled', status_reason = $2, fired_at = NULL, updated_at = now() WHERE id = $1`,
    id,
    reason,
  );
}

/**
 * Deletes every reminder of an erased applicant's applications, whatever its status: the
 * offer reminders whose payload names the account (`applicantId`), and every application
 * reminder (offer, referee) of those applications and of `applicationIds`. The rows are
 * locked as the worker's claim locks them, so a reminder is fired or deleted, not both; a
 * job left in Redis finds no pending row when due and does nothing. Returns the ids deleted.
 */
export async function deleteApplicantReminders(
  tx: Tx,
  accountId: string,
  applicationIds: readonly string[],
  offerKinds: readonly string[],
  applicationKinds: readonly string[],
): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    `DELETE FROM reminders
      WHERE kind = ANY($4::text[])
        AND (subject_id = ANY($2::uuid[])
             OR subject_id IN (SELECT subject_id FROM reminders WHERE kind = ANY($3::text[]) AND payload->>'applicantId' = $1))
      RETURNING id`,
    accountId,
    [...applicationIds],
    [...offerKinds],
    [...applicationKinds],
  );
  return rows.map((row) => row.id).sort();
}

/** The applications whose offer reminders name the account (`applicantId` in their payload). */
export async function applicationsWithOfferReminders(tx: Tx, accountId: string, offerKinds: readonly string[]): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ subjectId: string }>>(
    `SELECT DISTINCT subject_id::text AS "subjectId" FROM reminders WHERE kind = ANY($2::text[]) AND payload->>'applicantId' = $1`,
    accountId,
    [...offerKinds],
  );
  return rows.map((row) => row.subjectId);
}
