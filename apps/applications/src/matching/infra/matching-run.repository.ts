import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/applications';
import type { MatchingOutcomeView, MatchingRunView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import type { Tx } from '../../applications/infra/application.repository';

/** How many rows one multi-row insert writes (arrays, so a handful of parameters whatever the size). */
const CHUNK = 20_000;

export interface NewRun {
  id: string;
  season: number;
  seed: string;
  status: 'preview' | 'committed';
  inputHash: string;
  statistics: MatchingRunView['statistics'];
  createdBy: string | null;
  createdAt: Date;
}

type RunRow = Prisma.MatchingRunGetPayload<object>;

/** Matching runs with their outcomes and waitlists. */
@Injectable()
export class MatchingRunRepository {
  constructor(@Inject(DATABASE) readonly db: PrismaClient) {}

  /** Writes a run, every outcome and every waitlist entry, in the caller's transaction. */
  async insert(
    tx: Tx,
    run: NewRun,
    outcomes: readonly MatchingOutcomeView[],
    waitlists: ReadonlyArray<{ exchangeProgramId: string; side: string; applicationIds: string[] }>,
  ): Promise<void> {
    const committed = run.status === 'committed';
    await tx.matchingRun.create({
      data: {
        ...run,
        statistics: run.statistics as unknown as Prisma.InputJsonObject,
        committedBy: committed ? run.createdBy : null,
        committedAt: committed ? run.createdAt : null,
      },
    });
    // Multi-row inserts from arrays (one statement per chunk, a handful of parameters each):
    // a season of 100,000 applicants is written in seconds, not one row at a time.
    for (let start = 0; start < outcomes.length; start += CHUNK) {
      const chunk = outcomes.slice(start, start + CHUNK);
      await tx.$executeRaw`
        INSERT INTO matching_outcomes (run_id, application_id, applicant_id, side, lottery_number, placed_program_id, placed_choice_rank, explanations)
        SELECT ${run.id}::uuid, o.application_id, o.applicant_id, o.side, o.lottery_number, o.placed_program_id, o.placed_choice_rank, o.explanations
          FROM unnest(${chunk.map((o) => o.applicationId)}::uuid[], ${chunk.map((o) => o.applicantId)}::uuid[], ${chunk.map((o) => o.side)}::text[],
                      ${chunk.map((o) => o.lotteryNumber)}::int[], ${chunk.map((o) => o.placement?.exchangeProgramId ?? null)}::uuid[],
                      ${chunk.map((o) => o.placement?.choiceRank ?? null)}::int[], ${chunk.map((o) => JSON.stringify(o.explanations))}::jsonb[])
            AS o(application_id, applicant_id, side, lottery_number, placed_program_id, placed_choice_rank, explanations)`;
    }
    const entries = waitlists.flatMap((waitlist) =>
      waitlist.applicationIds.map((applicationId, index) => ({ exchangeProgramId: waitlist.exchangeProgramId, side: waitlist.side, position: index + 1, applicationId })),
    );
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK);
      await tx.$executeRaw`
        INSERT INTO matching_waitlist_entries (run_id, exchange_program_id, side, position, application_id)
        SELECT ${run.id}::uuid, w.exchange_program_id, w.side, w.position, w.application_id
          FROM unnest(${chunk.map((e) => e.exchangeProgramId)}::uuid[], ${chunk.map((e) => e.side)}::text[], ${chunk.map((e) => e.position)}::int[],
                      ${chunk.map((e) => e.applicationId)}::uuid[]) AS w(exchange_program_id, side, position, application_id)`;
    }
  }

  /** Marks a preview committed; false when it was not a preview any more. */
  async markCommitted(tx: Tx, id: string, by: string | null, at: Date): Promise<boolean> {
    const { count } = await tx.matchingRun.updateMany({ where: { id, status: 'preview' }, data: { status: 'committed', committedBy: by, committedAt: at } });
    return count === 1;
  }

  /** The season's committed run, if any. */
  committedOf(tx: Tx | PrismaClient, season: number): Promise<RunRow | null> {
    return tx.matchingRun.findFirst({ where: { season, status: 'committed' } });
  }

  find(id: string, tx: Tx | PrismaClient = this.db): Promise<RunRow | null> {
    return tx.matchingRun.findUnique({ where: { id } });
  }
}

export function runView(row: RunRow): MatchingRunView {
  return {
    id: row.id,
    season: row.season,
    seed: row.seed,
    status: row.status as MatchingRunView['status'],
    statistics: row.statistics as unknown as MatchingRunView['statistics'],
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}
