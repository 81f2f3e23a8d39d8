// What this service does with `applicant.erased.v1` (the applicant erased their data, in
// the applications service): it drops what it holds of that person, in the event's
// transaction (commands/erase-applicant). Here: the pure parts.
//
// - The recipient of the account goes: email, display name, language, time zone, quiet
//   hours, grants, its channel preferences and followed programs (both cascade).
// - Its notifications stay as anonymous rows of the delivery log, so staff's counts (by
//   type, channel, status) still add up: no recipient, no facts, no text, no error text
//   (an SMTP error may quote the address); those not delivered yet are cancelled, so the
//   delivery worker skips their jobs (it delivers only what is still `queued`). An inbox
//   item is one of these rows: with no recipient it is in nobody's inbox.
// - The reminders of the person's applications go (an offer's deadline: its payload names
//   the applicant; a referee's: the applicant's name, the referee's address): their jobs
//   left in Redis find no pending row when due and do nothing.

/** The reason the cancelled (and the other anonymised) notifications carry. */
export const ERASURE_REASON = 'the applicant erased their data';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The person's applications, as this service can know them without a read model of its
 * own: the `applicationId` fact of the notifications told to them (submitted, withdrawn,
 * decided, offered…) and the subjects of the offer reminders naming them. Deduplicated,
 * sorted; anything that is not a UUID is left out.
 */
export function applicationIdsOf(notificationFacts: readonly unknown[], offerReminderSubjects: readonly string[] = []): string[] {
  const ids = new Set<string>();
  for (const facts of notificationFacts) {
    const id = facts && typeof facts === 'object' ? (facts as { applicationId?: unknown }).applicationId : undefined;
    if (typeof id === 'string' && UUID.test(id)) ids.add(id.toLowerCase());
  }
  for (const id of offerReminderSubjects) if (UUID.test(id)) ids.add(id.toLowerCase());
  return [...ids].sort();
}

/**
 * The target key of an anonymised notification: unique per row (notifications are unique
 * per cause, target and channel), naming nobody.
 */
export function erasedTargetKey(notificationId: string): string {
  return `${ERASED_TARGET_PREFIX}${notificationId}`;
}
export const ERASED_TARGET_PREFIX = 'erased:';

/** What an erasure did, for the log (counts only: nothing that names the person). */
export interface ApplicantErasureOutcome {
  recipientErased: boolean;
  notificationsAnonymised: number;
  notificationsCancelled: number;
  remindersDeleted: number;
}

/** Whether the erasure found anything of the person (an unknown account: nothing). */
export function erasedAnything(outcome: ApplicantErasureOutcome): boolean {
  return outcome.recipientErased || outcome.notificationsAnonymised > 0 || outcome.remindersDeleted > 0;
}
