import { Module } from '@nestjs/common';
import { EmailChannelSender } from './infra/email-channel.sender';

/**
 * The email channel: its sender implements the deliveries feature's ChannelSender and
 * DigestMailer; the root module plugs it into DeliveriesModule.
 */
@Module({
  providers: [EmailChannelSender],
  exports: [EmailChannelSender],
})
export class EmailModule {}
