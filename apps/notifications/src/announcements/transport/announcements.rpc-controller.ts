import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { SendAnnouncementHandler } from '../commands/send-announcement/send-announcement.handler';

/** Staff's announcements over request/reply. */
@Controller()
export class AnnouncementsRpcController {
  constructor(private readonly sendHandler: SendAnnouncementHandler) {}

  @OnRpc('announcements.send')
  send(@Payload() request: Req<'announcements.send'>, @Ctx() ctx: RpcContext) {
    return this.sendHandler.execute(request, ctx.caller);
  }
}
