import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { GiveGuardianConsentHandler, type GiveGuardianConsentCommand } from '../commands/give-guardian-consent/give-guardian-consent.handler';
import { RequestGuardianConsentHandler } from '../commands/request-guardian-consent/request-guardian-consent.handler';
import { GetGuardianConsentRequestHandler, type GetGuardianConsentRequestQuery } from '../queries/get-guardian-consent-request/get-guardian-consent-request.handler';

/** Guardian consent over request/reply: the applicant's request, the guardian's view and consent by their link. */
@Controller()
export class GuardianConsentRpcController {
  constructor(
    private readonly requestHandler: RequestGuardianConsentHandler,
    private readonly getHandler: GetGuardianConsentRequestHandler,
    private readonly giveHandler: GiveGuardianConsentHandler,
  ) {}

  @OnRpc('guardian-consents.request-mine')
  request(@Payload() _request: RpcParsedRequest<'guardian-consents.request-mine'>, @Ctx() ctx: RpcContext) {
    return this.requestHandler.execute(ctx.caller);
  }

  @OnRpc('guardian-consents.get-by-token')
  get(@Payload() query: GetGuardianConsentRequestQuery) {
    return this.getHandler.execute(query);
  }

  @OnRpc('guardian-consents.give')
  give(@Payload() command: GiveGuardianConsentCommand) {
    return this.giveHandler.execute(command);
  }
}
