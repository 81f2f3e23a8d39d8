import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { SignedLinksModule } from '../signed-links/signed-links.module';
import { GiveGuardianConsentHandler } from './commands/give-guardian-consent/give-guardian-consent.handler';
import { RequestGuardianConsentHandler } from './commands/request-guardian-consent/request-guardian-consent.handler';
import { GuardianConsents } from './infra/guardian-consents';
import { GetGuardianConsentRequestHandler } from './queries/get-guardian-consent-request/get-guardian-consent-request.handler';
import { GuardianConsentRpcController } from './transport/guardian-consent.rpc-controller';

/**
 * A minor's guardian consents by an emailed, signed, expiring link (issue #13). Exports the
 * handler the submission asks to request consent in its transaction.
 */
@Module({
  imports: [ApplicantsModule, SignedLinksModule],
  controllers: [GuardianConsentRpcController],
  providers: [GuardianConsents, RequestGuardianConsentHandler, GetGuardianConsentRequestHandler, GiveGuardianConsentHandler],
  exports: [RequestGuardianConsentHandler],
})
export class GuardianConsentModule {}
