import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { GuardianConsentRequestView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { GuardianConsents } from '../../infra/guardian-consents';

export type GiveGuardianConsentCommand = RpcParsedRequest<'guardian-consents.give'>;

/**
 * The guardian consents by their link: the time and the network address it came from (as
 * the gateway saw it) are recorded in the applicant's profile, with guardian-consent.given.v1.
 * Idempotent: consenting again changes nothing and answers the same.
 */
@Injectable()
export class GiveGuardianConsentHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly consents: GuardianConsents,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: GiveGuardianConsentCommand): Promise<GuardianConsentRequestView> {
    return this.db.$transaction(async (tx) => {
      const now = this.clock.now();
      const { profile, expiresAt } = await this.consents.byToken(tx, command.token, now, { lock: true });
      if (profile.guardianConsentGivenAt) return this.consents.view(tx, profile, expiresAt);
      await tx.applicant.update({ where: { accountId: profile.accountId }, data: { guardianConsentGivenAt: now, guardianConsentGivenFrom: command.clientAddress } });
      await this.outbox.add(tx, 'guardian-consent.given.v1', profile.accountId, { applicantId: profile.accountId, givenAt: now.toISOString() });
      return this.consents.view(tx, { ...profile, guardianConsentGivenAt: now, guardianConsentGivenFrom: command.clientAddress }, expiresAt);
    });
  }
}
