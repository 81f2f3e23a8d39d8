import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RankingView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { displayMean, rankTiers, scoreCandidates } from '../../domain/ranking';
import { candidatesOf } from '../../infra/candidate.views';
import { managedProgram } from '../../infra/managed-program';
import { countedReadings } from '../../infra/program-rankings';

export type GetRankingQuery = RpcParsedRequest<'review.get-ranking'>;

/**
 * The program's ranking as the matching will read it: tiers best first (a tier is an
 * exact tie), each candidate with their score; complete candidacies without a counted
 * reading are listed as not ranked.
 */
@Injectable()
export class GetRankingHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: GetRankingQuery, caller: CallerIdentity | undefined): Promise<RankingView> {
    const { exchangeProgramId } = query;
    await managedProgram(this.db, caller, exchangeProgramId);
    const readings = await countedReadings(this.db, [exchangeProgramId]);
    const tiers = rankTiers(readings);
    const scores = scoreCandidates(readings);
    const complete = await this.db.candidacy.findMany({ where: { exchangeProgramId, completedAt: { not: null } }, select: { applicationId: true } });
    const candidates = await this.db.application.findMany({
      where: { id: { in: complete.map((row) => row.applicationId) }, ...candidatesOf(exchangeProgramId) },
      select: { id: true, applicantId: true },
      orderBy: { id: 'asc' },
    });
    const people = await this.db.applicant.findMany({
      where: { accountId: { in: candidates.map((row) => row.applicantId) } },
      select: { accountId: true, givenName: true, familyName: true },
    });
    const names = new Map(people.map((row) => [row.accountId, `${row.givenName} ${row.familyName}`]));
    const applicantOf = new Map(candidates.map((row) => [row.id, row.applicantId]));
    let position = 1;
    return {
      exchangeProgramId,
      tiers: tiers.map((tier) => {
        const entry = {
          position,
          mean: displayMean(tier.score),
          candidates: tier.applicationIds.map((applicationId) => {
            const score = scores.get(applicationId)!;
            return { applicationId, applicantName: names.get(applicantOf.get(applicationId) ?? '') ?? '', score: { ...score, mean: displayMean(score) } };
          }),
        };
        position += tier.applicationIds.length;
        return entry;
      }),
      unranked: candidates.filter((row) => !scores.has(row.id)).map((row) => row.id),
    };
  }
}
