import type { SqlExecutor } from '@scn/messaging';

/**
 * Writes a committed run into the season's applications, in the commit's transaction: each
 * application's placement (or none), its explanations and the date its decision is
 * released (the latest decision date among its choices, or the commit when none is later),
 * and the live waitlists. A bulk command: a handful of statements for the whole season,
 * not one transaction per applicant. Nothing is told to anyone yet (the release does).
 */
export async function writeCommittedRun(sql: SqlExecutor, runId: string, committedAt: Date): Promise<void> {
  await sql.$executeRawUnsafe(
    `
    UPDATE applications a
       SET placed_program_id = o.placed_program_id,
           placed_side = CASE WHEN o.placed_program_id IS NULL THEN NULL ELSE o.side END,
           placed_choice_rank = o.placed_choice_rank,
           decided_by_run_id = o.run_id,
           decision_explanations = o.explanations,
           release_due_at = GREATEST($2::timestamptz, (
             SELECT max(kp.decision_release_at) FROM application_choices c
               JOIN known_programs kp ON kp.id = c.exchange_program_id
              WHERE c.application_id = a.id)),
           revision = a.revision + 1,
           updated_at = $2::timestamptz
      FROM matching_outcomes o
     WHERE o.run_id = $1::uuid AND o.application_id = a.id AND a.status <> 'withdrawn'`,
    runId,
    committedAt,
  );
  await sql.$executeRawUnsafe(
    `
    INSERT INTO application_changes (id, application_id, action, details, actor_id, at)
    SELECT gen_random_uuid(), o.application_id, 'decided',
           jsonb_build_object('runId', o.run_id, 'placedProgramId', o.placed_program_id), NULL, $2::timestamptz
      FROM matching_outcomes o WHERE o.run_id = $1::uuid`,
    runId,
    committedAt,
  );
  await sql.$executeRawUnsafe(
    `
    INSERT INTO waitlist_entries (exchange_program_id, side, application_id, position, choice_rank)
    SELECT w.exchange_program_id, w.side, w.application_id, w.position, c.rank
      FROM matching_waitlist_entries w
      JOIN application_choices c ON c.application_id = w.application_id AND c.exchange_program_id = w.exchange_program_id
     WHERE w.run_id = $1::uuid`,
    runId,
  );
}
