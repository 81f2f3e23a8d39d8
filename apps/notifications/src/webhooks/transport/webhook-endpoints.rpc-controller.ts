import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { PingEndpoint } from '../management/ping-endpoint';
import { WebhookEndpointCommands } from '../management/webhook-endpoint-commands';
import { WebhookEndpointQueries } from '../management/webhook-endpoint-queries';
import type { WebhookEndpointsRequest as Req } from '../management/webhook-endpoints.requests';

/** The webhook-endpoints operations over request/reply: each hands the parsed request and the caller to one use case. */
@Controller()
export class WebhookEndpointsRpcController {
  constructor(
    private readonly commands: WebhookEndpointCommands,
    private readonly queries: WebhookEndpointQueries,
    private readonly ping: PingEndpoint,
  ) {}

  @OnRpc('webhook-endpoints.create')
  create(@Payload() request: Req<'webhook-endpoints.create'>, @Ctx() ctx: RpcContext) {
    return this.commands.create(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.list')
  list(@Payload() request: Req<'webhook-endpoints.list'>, @Ctx() ctx: RpcContext) {
    return this.queries.list(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.get')
  get(@Payload() request: Req<'webhook-endpoints.get'>, @Ctx() ctx: RpcContext) {
    return this.queries.get(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.update')
  update(@Payload() request: Req<'webhook-endpoints.update'>, @Ctx() ctx: RpcContext) {
    return this.commands.update(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.delete')
  remove(@Payload() request: Req<'webhook-endpoints.delete'>, @Ctx() ctx: RpcContext) {
    return this.commands.remove(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.rotate-secret')
  rotateSecret(@Payload() request: Req<'webhook-endpoints.rotate-secret'>, @Ctx() ctx: RpcContext) {
    return this.commands.rotateSecret(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.ping')
  pingEndpoint(@Payload() request: Req<'webhook-endpoints.ping'>, @Ctx() ctx: RpcContext) {
    return this.ping.execute(request, ctx.caller);
  }
}
