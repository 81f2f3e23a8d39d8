import { Module } from '@nestjs/common';
import { WebhookEndpointsController } from './webhook-endpoints.controller';

/** The gateway's routes into the notifications service's webhook endpoints. */
@Module({ controllers: [WebhookEndpointsController] })
export class WebhookEndpointsGatewayModule {}
