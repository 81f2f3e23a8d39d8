import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { AmendTermsHandler, type AmendTermsCommand } from '../commands/amend-terms/amend-terms.handler';
import { ApproveAgreementHandler, type ApproveAgreementCommand } from '../commands/approve-agreement/approve-agreement.handler';
import { ApproveTerminationHandler, type ApproveTerminationCommand } from '../commands/approve-termination/approve-termination.handler';
import { ProposePartnershipHandler, type ProposePartnershipCommand } from '../commands/propose-partnership/propose-partnership.handler';
import { ProposeTerminationHandler, type ProposeTerminationCommand } from '../commands/propose-termination/propose-termination.handler';
import {
  ReactivatePartnershipHandler,
  type ReactivatePartnershipCommand,
} from '../commands/reactivate-partnership/reactivate-partnership.handler';
import { RevertAmendmentHandler, type RevertAmendmentCommand } from '../commands/revert-amendment/revert-amendment.handler';
import { SetContactsHandler, type SetContactsCommand } from '../commands/set-contacts/set-contacts.handler';
import { SuspendPartnershipHandler, type SuspendPartnershipCommand } from '../commands/suspend-partnership/suspend-partnership.handler';
import { GetPartnershipHandler, type GetPartnershipQuery } from '../queries/get-partnership/get-partnership.handler';
import {
  ListPartnershipHistoryHandler,
  type ListPartnershipHistoryQuery,
} from '../queries/list-partnership-history/list-partnership-history.handler';
import { ListPartnershipsHandler, type ListPartnershipsQuery } from '../queries/list-partnerships/list-partnerships.handler';

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
    private readonly getHandler: GetPartnershipHandler,
    private readonly listHandler: ListPartnershipsHandler,
    private readonly historyHandler: ListPartnershipHistoryHandler,
  ) {}

  @OnRpc('partnerships.propose')
  propose(@Payload() command: ProposePartnershipCommand, @Ctx() ctx: RpcContext) {
    return this.proposeHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.get')
  get(@Payload() query: GetPartnershipQuery, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(query, ctx.caller);
  }

  @OnRpc('partnerships.list')
  list(@Payload() query: ListPartnershipsQuery, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(query, ctx.caller);
  }

  @OnRpc('partnerships.history')
  history(@Payload() query: ListPartnershipHistoryQuery, @Ctx() ctx: RpcContext) {
    return this.historyHandler.execute(query, ctx.caller);
  }

  @OnRpc('partnerships.approve')
  approve(@Payload() command: ApproveAgreementCommand, @Ctx() ctx: RpcContext) {
    return this.approveHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.amend')
  amend(@Payload() command: AmendTermsCommand, @Ctx() ctx: RpcContext) {
    return this.amendHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.revert-amendment')
  revertAmendment(@Payload() command: RevertAmendmentCommand, @Ctx() ctx: RpcContext) {
    return this.revertHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.suspend')
  suspend(@Payload() command: SuspendPartnershipCommand, @Ctx() ctx: RpcContext) {
    return this.suspendHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.reactivate')
  reactivate(@Payload() command: ReactivatePartnershipCommand, @Ctx() ctx: RpcContext) {
    return this.reactivateHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.propose-termination')
  proposeTermination(@Payload() command: ProposeTerminationCommand, @Ctx() ctx: RpcContext) {
    return this.proposeTerminationHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.approve-termination')
  approveTermination(@Payload() command: ApproveTerminationCommand, @Ctx() ctx: RpcContext) {
    return this.approveTerminationHandler.execute(command, ctx.caller);
  }

  @OnRpc('partnerships.set-contacts')
  setContacts(@Payload() command: SetContactsCommand, @Ctx() ctx: RpcContext) {
    return this.setContactsHandler.execute(command, ctx.caller);
  }
}
