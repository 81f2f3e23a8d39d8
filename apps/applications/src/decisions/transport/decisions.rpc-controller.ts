import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { AcceptNominationHandler, type AcceptNominationCommand } from '../commands/accept-nomination/accept-nomination.handler';
import { AcceptOfferHandler, type AcceptOfferCommand } from '../commands/accept-offer/accept-offer.handler';
import { DeclineOfferHandler, type DeclineOfferCommand } from '../commands/decline-offer/decline-offer.handler';
import { RefuseNominationHandler, type RefuseNominationCommand } from '../commands/refuse-nomination/refuse-nomination.handler';
import { ListNominationsHandler, type ListNominationsQuery } from '../queries/list-nominations/list-nominations.handler';

/** Offers (the applicant answers) and nominations (the host answers) over request/reply. */
@Controller()
export class DecisionsRpcController {
  constructor(
    private readonly acceptOfferHandler: AcceptOfferHandler,
    private readonly declineOfferHandler: DeclineOfferHandler,
    private readonly listNominationsHandler: ListNominationsHandler,
    private readonly acceptNominationHandler: AcceptNominationHandler,
    private readonly refuseNominationHandler: RefuseNominationHandler,
  ) {}

  @OnRpc('applications.accept-offer-mine')
  acceptOffer(@Payload() command: AcceptOfferCommand, @Ctx() ctx: RpcContext) {
    return this.acceptOfferHandler.execute(command, ctx.caller);
  }

  @OnRpc('applications.decline-offer-mine')
  declineOffer(@Payload() command: DeclineOfferCommand, @Ctx() ctx: RpcContext) {
    return this.declineOfferHandler.execute(command, ctx.caller);
  }

  @OnRpc('nominations.list')
  listNominations(@Payload() query: ListNominationsQuery, @Ctx() ctx: RpcContext) {
    return this.listNominationsHandler.execute(query, ctx.caller);
  }

  @OnRpc('nominations.accept')
  acceptNomination(@Payload() command: AcceptNominationCommand, @Ctx() ctx: RpcContext) {
    return this.acceptNominationHandler.execute(command, ctx.caller);
  }

  @OnRpc('nominations.refuse')
  refuseNomination(@Payload() command: RefuseNominationCommand, @Ctx() ctx: RpcContext) {
    return this.refuseNominationHandler.execute(command, ctx.caller);
  }
}
