import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { inboxOperations } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import type { z } from 'zod';
import { InboxQueries } from './inbox.queries';

/** An inbox operation's request as the RPC server hands it over: parsed, defaults applied. */
type Req<O extends keyof typeof inboxOperations> = z.output<(typeof inboxOperations)[O]['request']>;

/** The caller's inbox over request/reply (the gateway serves it at /v1/me/notifications). */
@Controller()
export class InboxRpcController {
  constructor(private readonly inbox: InboxQueries) {}

  @OnRpc('inbox.list')
  list(@Payload() request: Req<'inbox.list'>, @Ctx() ctx: RpcContext) {
    return this.inbox.list(ctx.caller, request);
  }

  @OnRpc('inbox.mark-read')
  markRead(@Payload() request: Req<'inbox.mark-read'>, @Ctx() ctx: RpcContext) {
    return this.inbox.markRead(ctx.caller, request.notificationId);
  }

  @OnRpc('inbox.mark-all-read')
  markAllRead(@Ctx() ctx: RpcContext) {
    return this.inbox.markAllRead(ctx.caller);
  }
}
