import { Module } from '@nestjs/common';
import { forwardingController } from '../../http/forwarding-controller';
import { WEBHOOK_ENDPOINT_ROUTES } from './webhook-endpoints.routes';

/** The gateway's routes into the notifications service's webhook endpoints (each forwards over request/reply). */
@Module({ controllers: [forwardingController('WebhookEndpointsForwarding', WEBHOOK_ENDPOINT_ROUTES)] })
export class WebhookEndpointsGatewayModule {}
