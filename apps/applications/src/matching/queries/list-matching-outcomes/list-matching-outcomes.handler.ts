import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/applications';
import type { MatchingOutcomeView, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { MatchingErrors } from '../../domain/matching.errors';
import { MatchingRunRepository } from '../../infra/matching-run.repository';

export type ListMatchingOutcomesQuery = RpcParsedRequest<'matching-runs.outcomes'>;

/** A run's outcomes with their explanations, by application id, filtered by placement (program, or placed at all). */
@Injectable()
export class ListMatchingOutcomesHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runs: MatchingRunRepository,
  ) {}

  async execute(query: ListMatchingOutcomesQuery): Promise<Page<MatchingOutcomeView>> {
    if (!(await this.runs.find(query.runId))) throw MatchingErrors.runNotFound(query.runId);
    const after = query.cursor ? decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0]!))[0] : undefined;
    const where: Prisma.MatchingOutcomeWhereInput = {
      runId: query.runId,
      ...(after ? { applicationId: { gt: after } } : {}),
      ...(query.exchangeProgramId ? { placedProgramId: query.exchangeProgramId } : {}),
      ...(query.placed === 'true' ? { placedProgramId: query.exchangeProgramId ?? { not: null } } : {}),
      ...(query.placed === 'false' ? { placedProgramId: null } : {}),
    };
    const rows = await this.db.matchingOutcome.findMany({ where, orderBy: { applicationId: 'asc' }, take: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => ({
        applicationId: row.applicationId,
        applicantId: row.applicantId,
        side: row.side as MatchingOutcomeView['side'],
        lotteryNumber: row.lotteryNumber,
        placement: row.placedProgramId ? { exchangeProgramId: row.placedProgramId, choiceRank: row.placedChoiceRank! } : null,
        explanations: row.explanations as unknown as MatchingOutcomeView['explanations'],
      })),
      nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.applicationId]) : null,
    };
  }
}
