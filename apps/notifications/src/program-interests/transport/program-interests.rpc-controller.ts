import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { FollowProgramHandler } from '../commands/follow-program/follow-program.handler';
import { UnfollowProgramHandler } from '../commands/unfollow-program/unfollow-program.handler';
import { GetInterestHandler } from '../queries/get-interest/get-interest.handler';
import { ListFollowedHandler } from '../queries/list-followed/list-followed.handler';

/** Following exchange programs over request/reply. */
@Controller()
export class ProgramInterestsRpcController {
  constructor(
    private readonly followHandler: FollowProgramHandler,
    private readonly unfollowHandler: UnfollowProgramHandler,
    private readonly getHandler: GetInterestHandler,
    private readonly listHandler: ListFollowedHandler,
  ) {}

  @OnRpc('program-interests.follow')
  follow(@Payload() request: Req<'program-interests.follow'>, @Ctx() ctx: RpcContext) {
    return this.followHandler.execute(request, ctx.caller);
  }

  @OnRpc('program-interests.unfollow')
  unfollow(@Payload() request: Req<'program-interests.unfollow'>, @Ctx() ctx: RpcContext) {
    return this.unfollowHandler.execute(request, ctx.caller);
  }

  @OnRpc('program-interests.get-mine')
  get(@Payload() request: Req<'program-interests.get-mine'>, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(request, ctx.caller);
  }

  @OnRpc('program-interests.list-mine')
  list(@Payload() request: Req<'program-interests.list-mine'>, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(request, ctx.caller);
  }
}
