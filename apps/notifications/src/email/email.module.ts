import { Module } from '@nestjs/common';
import { EmailChannelSender } from './email-channel.sender';

/** The email channel; its sender goes into CHANNEL_SENDERS and sends the daily digests. */
@Module({
  providers: [EmailChannelSender],
  exports: [EmailChannelSender],
})
export class EmailModule {}
