// What the rest of the service uses of webhooks: the module and its channel sender.
export { WebhooksModule } from './webhooks.module';
export { WebhookChannelSender } from './sending/webhook-channel.sender';
