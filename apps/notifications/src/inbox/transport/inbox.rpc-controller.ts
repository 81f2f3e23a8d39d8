import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { MarkAllReadHandler } from '../commands/mark-all-read/mark-all-read.handler';
import { MarkReadHandler } from '../commands/mark-read/mark-read.handler';
import { ListInboxHandler } from '../queries/list-inbox/list-inbox.handler';

/** The caller's inbox over request/reply (the gateway serves it at /v1/me/notifications). */
@Controller()
export class InboxRpcController {
  constructor(
    private readonly listHandler: ListInboxHandler,
    private readonly markReadHandler: MarkReadHandler,
    private readonly markAllReadHandler: MarkAllReadHandler,
  ) {}

  @OnRpc('inbox.list')
  list(@Payload() request: Req<'inbox.list'>, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(request, ctx.caller);
  }

  @OnRpc('inbox.mark-read')
  markRead(@Payload() request: Req<'inbox.mark-read'>, @Ctx() ctx: RpcContext) {
    return this.markReadHandler.execute(request, ctx.caller);
  }

  @OnRpc('inbox.mark-all-read')
  markAllRead(@Payload() request: Req<'inbox.mark-all-read'>, @Ctx() ctx: RpcContext) {
    return this.markAllReadHandler.execute(request, ctx.caller);
  }
}
