import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { GuardianConsentRequestView, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { GuardianConsents } from '../../infra/guardian-consents';

export type GetGuardianConsentRequestQuery = RpcParsedRequest<'guardian-consents.get-by-token'>;

/** What a guardian sees by their link: whose consent, for which programs, and whether it was given. */
@Injectable()
export class GetGuardianConsentRequestHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly consents: GuardianConsents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(query: GetGuardianConsentRequestQuery): Promise<GuardianConsentRequestView> {
    return this.db.$transaction(async (tx) => {
      const { profile, expiresAt } = await this.consents.byToken(tx, query.token, this.clock.now());
      return this.consents.view(tx, profile, expiresAt);
    });
  }
}
