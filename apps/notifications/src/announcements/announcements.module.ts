import { Module } from '@nestjs/common';
import { NotifyingModule } from '../notifying/notifying.module';
import { SendAnnouncementHandler } from './commands/send-announcement/send-announcement.handler';
import { ListAnnouncementsHandler } from './queries/list-announcements/list-announcements.handler';
import { AnnouncementsRpcController } from './transport/announcements.rpc-controller';

/** Staff's announcements to the whole network or its staff (email, inbox and, if asked, webhooks). */
@Module({
  imports: [NotifyingModule],
  controllers: [AnnouncementsRpcController],
  providers: [SendAnnouncementHandler, ListAnnouncementsHandler],
})
export class AnnouncementsModule {}
