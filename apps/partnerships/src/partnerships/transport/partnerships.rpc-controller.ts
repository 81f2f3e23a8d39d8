import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { AmendTermsHandler } from '../commands/amend-terms/amend-terms.handler';
import { ApproveAgreementHandler } from '../commands/approve-agreement/approve-agreement.handler';
import { ApproveTerminationHandler } from '../commands/approve-termination/approve-termination.handler';
import { ProposePartnershipHandler } from '../commands/propose-partnership/propose-partnership.handler';
import { ProposeTerminationHandler } from '../commands/propose-termination/propose-termination.handler';
import { ReactivatePartnershipHandler } from '../commands/reactivate-partnership/reactivate-partnership.handler';
import { RevertAmendmentHandler } from '../commands/revert-amendment/revert-amendment.handler';
import { SetContactsHandler } from '../commands/set-contacts/set-contacts.handler';
import { SuspendPartnershipHandler } from '../commands/suspend-partnership/suspend-partnership.handler';
import type { PartnershipsRequest as Req } from '../partnerships.requests';
import { GetPartnershipQuery } from '../queries/get-partnership/get-partnership.query';
import { ListPartnershipsQuery } from '../queries/list-partnerships/list-partnerships.query';
import { PartnershipHistoryQuery } from '../queries/partnership-history/partnership-history.query';

/** The partnerships operations over request/reply: each hands the parsed request and the caller to one use case. */
@Controller()
export class PartnershipsRpcController {
  constructor(
    private readonly proposeHandler: ProposePartnershipHandler,
    private readonly approveHandler: ApproveAgreementHandler,
    private readonly amendHandler: AmendTermsHandler,
    private readonly revertHandler: RevertAmendmentHandler,
    private readonly suspendHandler: SuspendPartnershipHandler,
    private readonly reactivateHandler: ReactivatePartnershipHandler,
    private readonly proposeTerminationHandler: ProposeTerminationHandler,
    private readonly approveTerminationHandler: ApproveTerminationHandler,
    private readonly setContactsHandler: SetContactsHandler,
    private readonly getQuery: GetPartnershipQuery,
    private readonly listQuery: ListPartnershipsQuery,
    private readonly historyQuery: PartnershipHistoryQuery,
  ) {}

  @OnRpc('partnerships.propose')
  propose(@Payload() request: Req<'partnerships.propose'>, @Ctx() ctx: RpcContext) {
    return this.proposeHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.get')
  get(@Payload() request: Req<'partnerships.get'>, @Ctx() ctx: RpcContext) {
    return this.getQuery.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.list')
  list(@Payload() request: Req<'partnerships.list'>, @Ctx() ctx: RpcContext) {
    return this.listQuery.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.history')
  history(@Payload() request: Req<'partnerships.history'>, @Ctx() ctx: RpcContext) {
    return this.historyQuery.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.approve')
  approve(@Payload() request: Req<'partnerships.approve'>, @Ctx() ctx: RpcContext) {
    return this.approveHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.amend')
  amend(@Payload() request: Req<'partnerships.amend'>, @Ctx() ctx: RpcContext) {
    return this.amendHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.revert-amendment')
  revertAmendment(@Payload() request: Req<'partnerships.revert-amendment'>, @Ctx() ctx: RpcContext) {
    return this.revertHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.suspend')
  suspend(@Payload() request: Req<'partnerships.suspend'>, @Ctx() ctx: RpcContext) {
    return this.suspendHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.reactivate')
  reactivate(@Payload() request: Req<'partnerships.reactivate'>, @Ctx() ctx: RpcContext) {
    return this.reactivateHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.propose-termination')
  proposeTermination(@Payload() request: Req<'partnerships.propose-termination'>, @Ctx() ctx: RpcContext) {
    return this.proposeTerminationHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.approve-termination')
  approveTermination(@Payload() request: Req<'partnerships.approve-termination'>, @Ctx() ctx: RpcContext) {
    return this.approveTerminationHandler.execute(request, ctx.caller);
  }

  @OnRpc('partnerships.set-contacts')
  setContacts(@Payload() request: Req<'partnerships.set-contacts'>, @Ctx() ctx: RpcContext) {
    return this.setContactsHandler.execute(request, ctx.caller);
  }
}
