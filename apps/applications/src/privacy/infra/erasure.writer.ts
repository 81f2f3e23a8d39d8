import type { Tx } from '../../applications/infra/application.repository';
import { FREE_TEXT_DETAIL_KEYS } from '../domain/erasure';

/**
 * Removes an applicant's personal data, in the erasure's transaction, once their
 * applications are withdrawn (or kept, travel begun). Each application stays as an
 * anonymous row: its applicant id becomes a random one (one per application, so rows
 * cannot be linked to each other), as in the matching runs' outcomes, so seasons,
 * matching runs and programs' fill still add up. Gone: the profile (contacts, guardian,
 * consent), documents' bytes, questionnaire answers, referees and their letters,
 * reviewers' comments and conflict notes, the reasons written about them, and the events
 * already published that named them.
 */
export async function eraseApplicantRows(tx: Tx, accountId: string, applicationIds: readonly string[], now: Date): Promise<void> {
  const ids = [...applicationIds];
  if (ids.length) {
    await tx.$executeRaw`
      UPDATE applications
         SET applicant_id = gen_random_uuid(), withdraw_reason = NULL, nomination_reason = NULL,
             erased_at = ${now}::timestamptz, revision = revision + 1, updated_at = ${now}::timestamptz
       WHERE id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      UPDATE matching_outcomes o SET applicant_id = a.applicant_id
        FROM applications a WHERE a.id = o.application_id AND a.id = ANY(${ids}::uuid[])`;
    // The applicant's own lines stay theirs, under the anonymous id; nobody's words about them stay.
    await tx.$executeRaw`
      UPDATE application_changes c
         SET actor_id = CASE WHEN c.actor_id = ${accountId}::uuid THEN a.applicant_id ELSE c.actor_id END,
             details = c.details - ${[...FREE_TEXT_DETAIL_KEYS]}::text[]
        FROM applications a WHERE a.id = c.application_id AND a.id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`DELETE FROM application_documents WHERE application_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`DELETE FROM application_answers WHERE application_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`DELETE FROM recommendations WHERE application_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`UPDATE review_assignments SET comment = NULL, conflict_note = NULL WHERE application_id = ANY(${ids}::uuid[])`;
  }
  await tx.$executeRaw`DELETE FROM applicants WHERE account_id = ${accountId}::uuid`;
  // Published events are kept a few days only for the relay's bookkeeping: those that named
  // the applicant (referees, guardian, names) go now. Unpublished ones must still be sent.
  await tx.$executeRaw`
    DELETE FROM outbox_events
     WHERE published_at IS NOT NULL
       AND (aggregate = ANY(${[accountId, ...ids]}::text[]) OR payload -> 'data' ->> 'applicantId' = ${accountId})`;
}
