import type { MatchingOutcomeView } from '@scn/contracts';
import type { Outbox, SqlExecutor } from '@scn/messaging';
import { writeCommittedRun } from '../../decisions/infra/decision.writer';
import { runIndexedMatching } from '../domain';
import { seasonFingerprint, seasonInstance, seasonOutcomes, seasonStatistics, seasonWaitlists, type Season } from '../domain/season-instance';

/** Long enough for a season of 100,000 applicants to be read, matched and written in one transaction. */
export const RUN_STATEMENT_TIMEOUT_MS = 300_000;

export interface MatchedSeason {
  inputHash: string;
  outcomes: MatchingOutcomeView[];
  waitlists: ReturnType<typeof seasonWaitlists>;
  statistics: ReturnType<typeof seasonStatistics>;
}

/** Matches a season read with `seed`: the outcomes, waitlists, figures and the fingerprint of what was read. */
export function matchSeason(season: Season, seed: string): MatchedSeason {
  const result = runIndexedMatching(seasonInstance(seed, season));
  return {
    inputHash: seasonFingerprint(season),
    outcomes: seasonOutcomes(result, season),
    waitlists: seasonWaitlists(result),
    statistics: seasonStatistics(result),
  };
}

/**
 * What committing a matched season writes besides the run's status: the applications'
 * placements, release dates and live waitlists (from the run's stored outcomes), and
 * `matching.run-completed.v1`.
 */
export async function commitSeason(
  sql: SqlExecutor,
  outbox: Outbox,
  run: { id: string; season: number; seed: string; statistics: { applicants: number; placed: number } },
  programIds: string[],
  at: Date,
): Promise<void> {
  await writeCommittedRun(sql, run.id, at);
  const { applicants, placed } = run.statistics;
  await outbox.add(sql, 'matching.run-completed.v1', run.id, { runId: run.id, season: run.season, seed: run.seed, applicants, placed, programIds });
}
