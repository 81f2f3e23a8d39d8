import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { ProgramInterestsService } from './program-interests.service';

/** Following exchange programs over request/reply. */
@Controller()
export class ProgramInterestsRpcController {
  constructor(private readonly interests: ProgramInterestsService) {}

  @OnRpc('program-interests.follow')
  follow(@Payload() request: { exchangeProgramId: string }, @Ctx() ctx: RpcContext) {
    return this.interests.follow(ctx.caller, request.exchangeProgramId);
  }

  @OnRpc('program-interests.unfollow')
  unfollow(@Payload() request: { exchangeProgramId: string }, @Ctx() ctx: RpcContext) {
    return this.interests.unfollow(ctx.caller, request.exchangeProgramId);
  }
}
