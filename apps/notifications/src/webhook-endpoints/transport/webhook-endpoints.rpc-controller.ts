import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { CreateWebhookEndpointHandler } from '../commands/create-webhook-endpoint/create-webhook-endpoint.handler';
import { DeleteWebhookEndpointHandler } from '../commands/delete-webhook-endpoint/delete-webhook-endpoint.handler';
import { PingWebhookEndpointHandler } from '../commands/ping-webhook-endpoint/ping-webhook-endpoint.handler';
import { RotateEndpointSecretHandler } from '../commands/rotate-endpoint-secret/rotate-endpoint-secret.handler';
import { UpdateWebhookEndpointHandler } from '../commands/update-webhook-endpoint/update-webhook-endpoint.handler';
import { ListEndpointDeliveriesHandler } from '../queries/list-endpoint-deliveries/list-endpoint-deliveries.handler';
import { GetWebhookEndpointHandler } from '../queries/get-webhook-endpoint/get-webhook-endpoint.handler';
import { ListWebhookEndpointsHandler } from '../queries/list-webhook-endpoints/list-webhook-endpoints.handler';

/** The webhook-endpoints operations over request/reply: each hands the parsed request and the caller to one handler. */
@Controller()
export class WebhookEndpointsRpcController {
  constructor(
    private readonly createHandler: CreateWebhookEndpointHandler,
    private readonly listHandler: ListWebhookEndpointsHandler,
    private readonly getHandler: GetWebhookEndpointHandler,
    private readonly updateHandler: UpdateWebhookEndpointHandler,
    private readonly deleteHandler: DeleteWebhookEndpointHandler,
    private readonly rotateSecretHandler: RotateEndpointSecretHandler,
    private readonly pingHandler: PingWebhookEndpointHandler,
    private readonly deliveriesHandler: ListEndpointDeliveriesHandler,
  ) {}

  @OnRpc('webhook-endpoints.create')
  create(@Payload() request: Req<'webhook-endpoints.create'>, @Ctx() ctx: RpcContext) {
    return this.createHandler.execute(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.list')
  list(@Payload() request: Req<'webhook-endpoints.list'>, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.get')
  get(@Payload() request: Req<'webhook-endpoints.get'>, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.update')
  update(@Payload() request: Req<'webhook-endpoints.update'>, @Ctx() ctx: RpcContext) {
    return this.updateHandler.execute(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.delete')
  remove(@Payload() request: Req<'webhook-endpoints.delete'>, @Ctx() ctx: RpcContext) {
    return this.deleteHandler.execute(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.rotate-secret')
  rotateSecret(@Payload() request: Req<'webhook-endpoints.rotate-secret'>, @Ctx() ctx: RpcContext) {
    return this.rotateSecretHandler.execute(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.ping')
  ping(@Payload() request: Req<'webhook-endpoints.ping'>, @Ctx() ctx: RpcContext) {
    return this.pingHandler.execute(request, ctx.caller);
  }

  @OnRpc('webhook-endpoints.deliveries')
  deliveries(@Payload() request: Req<'webhook-endpoints.deliveries'>, @Ctx() ctx: RpcContext) {
    return this.deliveriesHandler.execute(request, ctx.caller);
  }
}
