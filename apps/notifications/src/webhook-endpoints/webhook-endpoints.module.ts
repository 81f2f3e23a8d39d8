import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { CreateWebhookEndpointHandler } from './commands/create-webhook-endpoint/create-webhook-endpoint.handler';
import { DeleteWebhookEndpointHandler } from './commands/delete-webhook-endpoint/delete-webhook-endpoint.handler';
import { PingWebhookEndpointHandler } from './commands/ping-webhook-endpoint/ping-webhook-endpoint.handler';
import { RotateEndpointSecretHandler } from './commands/rotate-endpoint-secret/rotate-endpoint-secret.handler';
import { UpdateWebhookEndpointHandler } from './commands/update-webhook-endpoint/update-webhook-endpoint.handler';
import { ListEndpointDeliveriesHandler } from './queries/list-endpoint-deliveries/list-endpoint-deliveries.handler';
import { GetWebhookEndpointHandler } from './queries/get-webhook-endpoint/get-webhook-endpoint.handler';
import { ListWebhookEndpointsHandler } from './queries/list-webhook-endpoints/list-webhook-endpoints.handler';
import { WebhookEndpointsRpcController } from './transport/webhook-endpoints.rpc-controller';

/**
 * Managing webhook endpoints (`/v1/webhook-endpoints`): network staff manage every
 * endpoint, a partner contact those of their partner cities (others do not exist for
 * them). URLs are checked with the webhook channel's destination rules.
 */
@Module({
  imports: [WebhooksModule],
  controllers: [WebhookEndpointsRpcController],
  providers: [
    CreateWebhookEndpointHandler,
    ListWebhookEndpointsHandler,
    GetWebhookEndpointHandler,
    UpdateWebhookEndpointHandler,
    DeleteWebhookEndpointHandler,
    RotateEndpointSecretHandler,
    PingWebhookEndpointHandler,
    ListEndpointDeliveriesHandler,
  ],
})
export class WebhookEndpointsModule {}
