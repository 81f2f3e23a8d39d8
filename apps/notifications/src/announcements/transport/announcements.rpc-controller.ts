import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { SendAnnouncementHandler } from '../commands/send-announcement/send-announcement.handler';
import { ListAnnouncementsHandler } from '../queries/list-announcements/list-announcements.handler';

/** Staff's announcements over request/reply. */
@Controller()
export class AnnouncementsRpcController {
  constructor(
    private readonly sendHandler: SendAnnouncementHandler,
    private readonly listHandler: ListAnnouncementsHandler,
  ) {}

  @OnRpc('announcements.send')
  send(@Payload() request: Req<'announcements.send'>, @Ctx() ctx: RpcContext) {
    return this.sendHandler.execute(request, ctx.caller);
  }

  @OnRpc('announcements.list')
  list(@Payload() query: Req<'announcements.list'>, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(query, ctx.caller);
  }
}
