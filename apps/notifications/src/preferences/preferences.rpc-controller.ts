import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { preferencesOperations } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import type { z } from 'zod';
import { PreferencesService } from './preferences.service';

type Req<O extends keyof typeof preferencesOperations> = z.output<(typeof preferencesOperations)[O]['request']>;

/** The caller's notification preferences over request/reply. */
@Controller()
export class PreferencesRpcController {
  constructor(private readonly preferences: PreferencesService) {}

  @OnRpc('preferences.get')
  get(@Ctx() ctx: RpcContext) {
    return this.preferences.get(ctx.caller);
  }

  @OnRpc('preferences.update')
  update(@Payload() request: Req<'preferences.update'>, @Ctx() ctx: RpcContext) {
    return this.preferences.update(ctx.caller, request);
  }
}
