import { Module } from '@nestjs/common';
import { MarkAllReadHandler } from './commands/mark-all-read/mark-all-read.handler';
import { MarkReadHandler } from './commands/mark-read/mark-read.handler';
import { InboxChannelSender } from './infra/inbox-channel.sender';
import { ListInboxHandler } from './queries/list-inbox/list-inbox.handler';
import { InboxRpcController } from './transport/inbox.rpc-controller';

/**
 * The in-app inbox: the caller's list and read marks over request/reply, and the inbox
 * channel (exported: the root module plugs it into DeliveriesModule), which tells the
 * account's live streams of each new notification.
 */
@Module({
  controllers: [InboxRpcController],
  providers: [ListInboxHandler, MarkReadHandler, MarkAllReadHandler, InboxChannelSender],
  exports: [InboxChannelSender],
})
export class InboxModule {}
