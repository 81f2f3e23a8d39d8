import type { ExistingReminder, PlannedReminder, ReminderPayload, ReminderPlan } from './reminder-plan';

/** A write to `reminders`. Every change but `refresh` needs the Redis job brought in line. */
export type ReminderChange =
  /** A new pending reminder. */
  | { op: 'create'; reminder: PlannedReminder }
  /** Pending (again) at `dueAt`: its time moved, or its condition holds again. */
  | { op: 'reschedule'; id: string; dueAt: Date; payload: ReminderPayload }
  /** Same time, new facts (the row's record only: the job names the time, not the facts). */
  | { op: 'refresh'; id: string; payload: ReminderPayload }
  /** No longer wanted: its job must go. */
  | { op: 'cancel'; id: string; reason: string; dueAt?: Date };

/**
 * What to write so the subject's rows match the plan at `now`. Nothing when nothing
 * changed, so the same event applied twice writes nothing the second time.
 *
 * Rules, for each wanted reminder:
 * - no row yet: created if its time is still ahead; a time already past is never planned
 *   (a "7 days left" sent with 3 days left would be wrong, and the change that made it
 *   late was itself announced);
 * - same time as its row: unchanged — a pending one whose time passed (the service was
 *   down) stays pending and fires late, once; a fired one stays fired; one cancelled by
 *   planning is pending again if its time is still ahead (its condition holds again);
 * - another time, still ahead: pending at the new time (a fired one too: it is a new
 *   occurrence, e.g. the window was extended);
 * - another time, already past: a pending one is cancelled, fired or cancelled ones stay.
 * A pending row the plan does not want is cancelled with the plan's reason.
 */
export function decideReminderChanges(existing: readonly ExistingReminder[], plan: ReminderPlan, now: Date): ReminderChange[] {
  const changes: ReminderChange[] = [];
  const rows = new Map(existing.map((row) => [row.id, row]));
  for (const wanted of plan.wanted) {
    const row = rows.get(wanted.id);
    const ahead = wanted.dueAt.getTime() > now.getTime();
    if (!row) {
      if (ahead) changes.push({ op: 'create', reminder: wanted });
      continue;
    }
    if (row.dueAt.getTime() === wanted.dueAt.getTime()) {
      if (row.status === 'cancelled' && ahead) {
        changes.push({ op: 'reschedule', id: row.id, dueAt: wanted.dueAt, payload: wanted.payload });
      } else if (row.status === 'pending' && !samePayload(row.payload, wanted.payload)) {
        changes.push({ op: 'refresh', id: row.id, payload: wanted.payload });
      }
    } else if (ahead) {
      changes.push({ op: 'reschedule', id: row.id, dueAt: wanted.dueAt, payload: wanted.payload });
    } else if (row.status === 'pending') {
      changes.push({ op: 'cancel', id: row.id, reason: `moved to ${wanted.dueAt.toISOString()}, already past`, dueAt: wanted.dueAt });
    }
  }
  const wantedIds = new Set(plan.wanted.map((reminder) => reminder.id));
  const wantedKinds = new Set<string>(plan.wanted.map((reminder) => reminder.kind));
  for (const row of existing) {
    if (row.status !== 'pending' || wantedIds.has(row.id) || !(plan.kinds as readonly string[]).includes(row.kind)) continue;
    const reason = (wantedKinds.has(row.kind) ? plan.otherOccurrence : plan.unwanted[row.kind as keyof ReminderPlan['unwanted']]) ?? 'no longer planned';
    changes.push({ op: 'cancel', id: row.id, reason });
  }
  return changes;
}

/** Payloads are flat records of strings and numbers: equal when every key has the same value. */
function samePayload(stored: unknown, planned: ReminderPayload): boolean {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
  const storedRecord = stored as Record<string, unknown>;
  const keys = Object.keys(planned);
  return keys.length === Object.keys(storedRecord).length && keys.every((key) => storedRecord[key] === planned[key]);
}
