import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { CreateApplicationHandler, type CreateApplicationCommand } from '../commands/create-application/create-application.handler';
import { SubmitApplicationHandler, type SubmitApplicationCommand } from '../commands/submit-application/submit-application.handler';
import { UpdateApplicationHandler, type UpdateApplicationCommand } from '../commands/update-application/update-application.handler';
import { WithdrawApplicationHandler, type WithdrawApplicationCommand } from '../commands/withdraw-application/withdraw-application.handler';
import { CountFunnelHandler } from '../queries/count-funnel/count-funnel.handler';
import { GetMyApplicationHandler, type GetMyApplicationQuery } from '../queries/get-my-application/get-my-application.handler';
import { ListMyApplicationsHandler, type ListMyApplicationsQuery } from '../queries/list-my-applications/list-my-applications.handler';

/** The applicant's application operations over request/reply: each hands the parsed request and the caller to one use case. */
@Controller()
export class ApplicationsRpcController {
  constructor(
    private readonly createHandler: CreateApplicationHandler,
    private readonly updateHandler: UpdateApplicationHandler,
    private readonly submitHandler: SubmitApplicationHandler,
    private readonly withdrawHandler: WithdrawApplicationHandler,
    private readonly getHandler: GetMyApplicationHandler,
    private readonly listHandler: ListMyApplicationsHandler,
    private readonly funnelHandler: CountFunnelHandler,
  ) {}

  /** The network dashboard's applications funnel (staff only). */
  @OnRpc('applications.funnel-counts')
  funnel(@Payload() _request: RpcParsedRequest<'applications.funnel-counts'>, @Ctx() ctx: RpcContext) {
    return this.funnelHandler.execute(ctx.caller);
  }

  @OnRpc('applications.create-mine')
  create(@Payload() command: CreateApplicationCommand, @Ctx() ctx: RpcContext) {
    return this.createHandler.execute(command, ctx.caller);
  }

  @OnRpc('applications.update-mine')
  update(@Payload() command: UpdateApplicationCommand, @Ctx() ctx: RpcContext) {
    return this.updateHandler.execute(command, ctx.caller);
  }

  @OnRpc('applications.submit-mine')
  submit(@Payload() command: SubmitApplicationCommand, @Ctx() ctx: RpcContext) {
    return this.submitHandler.execute(command, ctx.caller);
  }

  @OnRpc('applications.withdraw-mine')
  withdraw(@Payload() command: WithdrawApplicationCommand, @Ctx() ctx: RpcContext) {
    return this.withdrawHandler.execute(command, ctx.caller);
  }

  @OnRpc('applications.get-mine')
  get(@Payload() query: GetMyApplicationQuery, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(query, ctx.caller);
  }

  @OnRpc('applications.list-mine')
  list(@Payload() query: ListMyApplicationsQuery, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(query, ctx.caller);
  }
}
