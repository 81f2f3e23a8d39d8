import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { UpdatePreferencesHandler } from '../commands/update-preferences/update-preferences.handler';
import { GetPreferencesHandler } from '../queries/get-preferences/get-preferences.handler';

/** The caller's notification preferences over request/reply. */
@Controller()
export class PreferencesRpcController {
  constructor(
    private readonly getHandler: GetPreferencesHandler,
    private readonly updateHandler: UpdatePreferencesHandler,
  ) {}

  @OnRpc('preferences.get')
  get(@Payload() request: Req<'preferences.get'>, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(request, ctx.caller);
  }

  @OnRpc('preferences.update')
  update(@Payload() request: Req<'preferences.update'>, @Ctx() ctx: RpcContext) {
    return this.updateHandler.execute(request, ctx.caller);
  }
}
