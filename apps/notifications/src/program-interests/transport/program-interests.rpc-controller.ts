import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { FollowProgramHandler } from '../commands/follow-program/follow-program.handler';
import { UnfollowProgramHandler } from '../commands/unfollow-program/unfollow-program.handler';

/** Following exchange programs over request/reply. */
@Controller()
export class ProgramInterestsRpcController {
  constructor(
    private readonly followHandler: FollowProgramHandler,
    private readonly unfollowHandler: UnfollowProgramHandler,
  ) {}

  @OnRpc('program-interests.follow')
  follow(@Payload() request: Req<'program-interests.follow'>, @Ctx() ctx: RpcContext) {
    return this.followHandler.execute(request, ctx.caller);
  }

  @OnRpc('program-interests.unfollow')
  unfollow(@Payload() request: Req<'program-interests.unfollow'>, @Ctx() ctx: RpcContext) {
    return this.unfollowHandler.execute(request, ctx.caller);
  }
}
