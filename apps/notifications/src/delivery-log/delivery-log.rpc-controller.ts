import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { deliveriesOperations } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import type { z } from 'zod';
import { AnnouncementsService } from '../announcements/announcements.service';
import { DeliveryLogService } from './delivery-log.service';

type Req<O extends keyof typeof deliveriesOperations> = z.output<(typeof deliveriesOperations)[O]['request']>;

/** Staff's delivery log, replay and announcements over request/reply. */
@Controller()
export class DeliveryLogRpcController {
  constructor(
    private readonly log: DeliveryLogService,
    private readonly announcements: AnnouncementsService,
  ) {}

  @OnRpc('notifications.list')
  list(@Payload() request: Req<'notifications.list'>, @Ctx() ctx: RpcContext) {
    return this.log.list(ctx.caller, request);
  }

  @OnRpc('notifications.get')
  get(@Payload() request: Req<'notifications.get'>, @Ctx() ctx: RpcContext) {
    return this.log.get(ctx.caller, request.notificationId);
  }

  @OnRpc('notifications.replay')
  replay(@Payload() request: Req<'notifications.replay'>, @Ctx() ctx: RpcContext) {
    return this.log.replay(ctx.caller, request.notificationId);
  }

  @OnRpc('announcements.send')
  announce(@Payload() request: Req<'announcements.send'>, @Ctx() ctx: RpcContext) {
    return this.announcements.send(ctx.caller, request);
  }
}
