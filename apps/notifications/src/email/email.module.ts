import { Module } from '@nestjs/common';
import { EmailSubscriptionsModule } from '../email-subscriptions/email-subscriptions.module';
import { EmailChannelSender } from './infra/email-channel.sender';

/**
 * The email channel: its sender implements the deliveries feature's ChannelSender and
 * DigestMailer; the root module plugs it into DeliveriesModule.
 */
@Module({
  imports: [EmailSubscriptionsModule],
  providers: [EmailChannelSender],
  exports: [EmailChannelSender],
})
export class EmailModule {}
