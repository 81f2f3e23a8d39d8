import type { Outbox } from '@scn/messaging';
import { writeCommittedRun } from '../../decisions/infra/decision.writer';
import { runMatching } from '../domain';
import { seasonInstance, seasonOutcomes, seasonStatistics, seasonWaitlists } from '../domain/season-instance';
import { seasonFingerprint } from '../domain/season-fingerprint';
import { readSeason } from '../infra/season.reader';
import type { Tx } from '../../applications/infra/application.repository';

/** Long enough for a season of 100,000 applicants to be read, matched and written in one transaction. */
export const RUN_TRANSACTION = { timeout: 300_000, maxWait: 30_000 } as const;

/** Reads the season and matches it with `seed`: the outcomes, waitlists, figures and the fingerprint of what was read. */
export async function matchSeason(tx: Tx, season: number, seed: string) {
  const snapshot = await readSeason(tx, season);
  const instance = seasonInstance(seed, snapshot.applications, snapshot.programs);
  const result = runMatching(instance);
  return {
    inputHash: seasonFingerprint(instance),
    outcomes: seasonOutcomes(result, snapshot.applications),
    waitlists: seasonWaitlists(result),
    statistics: seasonStatistics(result),
    programIds: snapshot.programs.map((program) => program.exchangeProgramId),
  };
}

/**
 * What committing a matched season writes besides the run's status: the applications'
 * placements, release dates and live waitlists, and `matching.run-completed.v1`.
 */
export async function commitSeason(
  tx: Tx,
  outbox: Outbox,
  run: { id: string; season: number; seed: string },
  matched: Awaited<ReturnType<typeof matchSeason>>,
  at: Date,
): Promise<void> {
  await writeCommittedRun(tx, run.id, at);
  const { applicants, placed } = matched.statistics;
  await outbox.add(tx, 'matching.run-completed.v1', run.id, { runId: run.id, season: run.season, seed: run.seed, applicants, placed, programIds: matched.programIds });
}
