import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { ReplayNotificationHandler } from '../commands/replay-notification/replay-notification.handler';
import { CountDeliveriesHandler } from '../queries/count-deliveries/count-deliveries.handler';
import { GetNotificationHandler } from '../queries/get-notification/get-notification.handler';
import { ListNotificationsHandler } from '../queries/list-notifications/list-notifications.handler';

/** Staff's delivery log and replay over request/reply: each hands the parsed request and the caller to one handler. */
@Controller()
export class DeliveriesRpcController {
  constructor(
    private readonly listHandler: ListNotificationsHandler,
    private readonly getHandler: GetNotificationHandler,
    private readonly replayHandler: ReplayNotificationHandler,
    private readonly countsHandler: CountDeliveriesHandler,
  ) {}

  /** The network dashboard's failed deliveries and queue depths (staff only). */
  @OnRpc('notifications.delivery-counts')
  counts(@Payload() _request: Req<'notifications.delivery-counts'>, @Ctx() ctx: RpcContext) {
    return this.countsHandler.execute(ctx.caller);
  }

  @OnRpc('notifications.list')
  list(@Payload() request: Req<'notifications.list'>, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(request, ctx.caller);
  }

  @OnRpc('notifications.get')
  get(@Payload() request: Req<'notifications.get'>, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(request, ctx.caller);
  }

  @OnRpc('notifications.replay')
  replay(@Payload() request: Req<'notifications.replay'>, @Ctx() ctx: RpcContext) {
    return this.replayHandler.execute(request, ctx.caller);
  }
}
