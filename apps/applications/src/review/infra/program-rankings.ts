import { rankCandidates, type RankingReading } from '../domain/ranking';
import type { Db } from './review-db';

/**
 * The readings the rankings of `programIds` are made of: per complete candidacy of an
 * application still in the season (neither draft nor withdrawn, still choosing the
 * program), the sums of its scored readings without a conflict of interest.
 */
export async function countedReadings(db: Db, programIds: readonly string[]): Promise<Array<RankingReading & { exchangeProgramId: string }>> {
  if (programIds.length === 0) return [];
  const rows = await db.$queryRaw<Array<{ exchange_program_id: string; application_id: string; weighted_sum: bigint; weight_total: bigint; readings: bigint }>>`
    SELECT c.exchange_program_id, c.application_id, SUM(r.weighted_sum)::bigint AS weighted_sum, SUM(r.weight_total)::bigint AS weight_total, COUNT(*)::bigint AS readings
    FROM candidacies c
    JOIN applications a ON a.id = c.application_id AND a.status NOT IN ('draft', 'withdrawn')
    JOIN application_choices ch ON ch.application_id = c.application_id AND ch.exchange_program_id = c.exchange_program_id
    JOIN review_assignments r ON r.application_id = c.application_id AND r.exchange_program_id = c.exchange_program_id
      AND r.scored_at IS NOT NULL AND r.conflict_declared_at IS NULL
    WHERE c.completed_at IS NOT NULL AND c.exchange_program_id = ANY(${[...programIds]}::uuid[])
    GROUP BY c.exchange_program_id, c.application_id`;
  return rows.map((row) => ({
    exchangeProgramId: row.exchange_program_id,
    applicationId: row.application_id,
    complete: true,
    conflicted: false,
    weightedSum: Number(row.weighted_sum),
    weightTotal: Number(row.weight_total),
    readings: Number(row.readings),
  }));
}

/**
 * The programs' rankings for the matching: per program, application ids in tiers, best
 * first (a tier is a tie, exact); a program without a ranked candidate maps to [].
 */
export const ProgramRankings = {
  async forPrograms(tx: Db, programIds: readonly string[]): Promise<Map<string, string[][]>> {
    const byProgram = new Map<string, RankingReading[]>(programIds.map((id) => [id, []]));
    for (const reading of await countedReadings(tx, programIds)) byProgram.get(reading.exchangeProgramId)?.push(reading);
    return new Map([...byProgram].map(([id, readings]) => [id, rankCandidates(readings)]));
  },
};
