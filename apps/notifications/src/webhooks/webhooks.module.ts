import { Module } from '@nestjs/common';
import { NotifyingModule } from '../notifying/notifying.module';
import { DestinationGuard, HOST_RESOLVER, systemHostResolver } from './destination/destination-guard';
import { EndpointHealth } from './health/endpoint-health';
import { PingEndpoint } from './management/ping-endpoint';
import { WebhookEndpointCommands } from './management/webhook-endpoint-commands';
import { WebhookEndpointQueries } from './management/webhook-endpoint-queries';
import { WebhookChannelSender } from './sending/webhook-channel.sender';
import { WebhookEndpointsRpcController } from './transport/webhook-endpoints.rpc-controller';

/**
 * Webhooks (Standard Webhooks): endpoint management over request/reply, and the channel
 * sender the delivery worker calls for `webhook` notifications (exported: the root module
 * lists it among the CHANNEL_SENDERS). The planner tells an endpoint's owner it was
 * disabled. Needs the database, the configuration and the messaging (global modules).
 */
@Module({
  imports: [NotifyingModule],
  controllers: [WebhookEndpointsRpcController],
  providers: [
    { provide: HOST_RESOLVER, useValue: systemHostResolver },
    DestinationGuard,
    EndpointHealth,
    WebhookChannelSender,
    WebhookEndpointCommands,
    WebhookEndpointQueries,
    PingEndpoint,
  ],
  exports: [WebhookChannelSender],
})
export class WebhooksModule {}
