import { Module } from '@nestjs/common';
import { NotifyingModule } from '../notifying/notifying.module';
import { EndpointHealth } from './commands/track-endpoint-health/endpoint-health';
import { DestinationGuard, HOST_RESOLVER, systemHostResolver } from './infra/destination-guard';
import { WebhookChannelSender } from './infra/webhook-channel.sender';

/**
 * The webhook channel (Standard Webhooks): the sender the delivery worker calls for
 * `webhook` notifications (exported: the root module plugs it into DeliveriesModule), the
 * destination rules (exported: endpoint management checks URLs with them too) and each
 * endpoint's health, which disables a failing endpoint and tells its owner through the
 * planner. Needs the database and the configuration (global modules).
 */
@Module({
  imports: [NotifyingModule],
  providers: [{ provide: HOST_RESOLVER, useValue: systemHostResolver }, DestinationGuard, EndpointHealth, WebhookChannelSender],
  exports: [WebhookChannelSender, DestinationGuard],
})
export class WebhooksModule {}
