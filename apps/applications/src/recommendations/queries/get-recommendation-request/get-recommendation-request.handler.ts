import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { RecommendationRequestView, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { SignedLinks } from '../../../signed-links/infra/signed-links';
import { recommendationByToken, recommendationRequestView } from '../../infra/recommendation-by-token';

export type GetRecommendationRequestQuery = RpcParsedRequest<'recommendations.get-by-token'>;

/** What a referee sees by their link: who asked, for which program, and whether their letter arrived. */
@Injectable()
export class GetRecommendationRequestHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly links: SignedLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: GetRecommendationRequestQuery): Promise<RecommendationRequestView> {
    const found = await recommendationByToken(this.db, this.links, query.token, this.clock.now());
    return recommendationRequestView(found, found.row.receivedAt);
  }
}
