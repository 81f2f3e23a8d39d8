import type { RankingReading } from '../domain/ranking';
import type { Db } from './review-db';

/**
 * The readings the rankings of `programIds` are made of: per complete candidacy of an
 * application still in the season (neither draft nor withdrawn, still choosing the
 * program) with at least one counted reading, the sums kept on the candidacy.
 */
export async function countedReadings(db: Db, programIds: readonly string[]): Promise<Array<RankingReading & { exchangeProgramId: string }>> {
  if (programIds.length === 0) return [];
  const rows = await db.$queryRaw<Array<{ exchange_program_id: string; application_id: string; weighted_sum: number; weight_total: number; readings: number }>>`
    SELECT c.exchange_program_id, c.application_id, c.score_weighted_sum AS weighted_sum, c.score_weight_total AS weight_total, c.score_readings AS readings
    FROM candidacies c
    JOIN applications a ON a.id = c.application_id AND a.status NOT IN ('draft', 'withdrawn')
    JOIN application_choices ch ON ch.application_id = c.application_id AND ch.exchange_program_id = c.exchange_program_id
    WHERE c.completed_at IS NOT NULL AND c.score_readings > 0 AND c.exchange_program_id = ANY(${[...programIds]}::uuid[])`;
  return rows.map((row) => ({
    exchangeProgramId: row.exchange_program_id,
    applicationId: row.application_id,
    complete: true,
    conflicted: false,
    weightedSum: row.weighted_sum,
    weightTotal: row.weight_total,
    readings: row.readings,
  }));
}
