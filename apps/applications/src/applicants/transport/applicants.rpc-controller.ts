import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { PutMyProfileHandler, type PutMyProfileCommand } from '../commands/put-my-profile/put-my-profile.handler';
import { GetMyProfileHandler } from '../queries/get-my-profile/get-my-profile.handler';

/** The applicant-profile operations over request/reply: each hands the parsed request and the caller to one use case. */
@Controller()
export class ApplicantsRpcController {
  constructor(
    private readonly putHandler: PutMyProfileHandler,
    private readonly getHandler: GetMyProfileHandler,
  ) {}

  @OnRpc('applicants.get-mine')
  getMine(@Payload() _request: RpcParsedRequest<'applicants.get-mine'>, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(ctx.caller);
  }

  @OnRpc('applicants.put-mine')
  putMine(@Payload() command: PutMyProfileCommand, @Ctx() ctx: RpcContext) {
    return this.putHandler.execute(command, ctx.caller);
  }
}
