import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/applications';
import type { MatchingOutcomeView, MatchingRunView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import type { Tx } from '../../applications/infra/application.repository';

/** How many rows one multi-row insert writes (keeps statements well under PostgreSQL's 65,535 parameters). */
const CHUNK = 5_000;

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
    for (let start = 0; start < outcomes.length; start += CHUNK) {
      await tx.matchingOutcome.createMany({
        data: outcomes.slice(start, start + CHUNK).map((outcome) => ({
          runId: run.id,
          applicationId: outcome.applicationId,
          applicantId: outcome.applicantId,
          side: outcome.side,
          lotteryNumber: outcome.lotteryNumber,
          placedProgramId: outcome.placement?.exchangeProgramId ?? null,
          placedChoiceRank: outcome.placement?.choiceRank ?? null,
          explanations: outcome.explanations as unknown as Prisma.InputJsonArray,
        })),
      });
    }
    const entries = waitlists.flatMap((waitlist) =>
      waitlist.applicationIds.map((applicationId, index) => ({
        runId: run.id,
        exchangeProgramId: waitlist.exchangeProgramId,
        side: waitlist.side,
        position: index + 1,
        applicationId,
      })),
    );
    for (let start = 0; start < entries.length; start += CHUNK) {
      await tx.matchingWaitlistEntry.createMany({ data: entries.slice(start, start + CHUNK) });
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
