import { Module } from '@nestjs/common';
import { AnnouncementsService } from '../announcements/announcements.service';
import { DeliveryLogRpcController } from '../delivery-log/delivery-log.rpc-controller';
import { DeliveryLogService } from '../delivery-log/delivery-log.service';
import { NotifyingModule } from '../notifying/notifying.module';
import { PreferencesRpcController } from '../preferences/preferences.rpc-controller';
import { PreferencesService } from '../preferences/preferences.service';
import { ProgramInterestsRpcController } from '../program-interests/program-interests.rpc-controller';
import { ProgramInterestsService } from '../program-interests/program-interests.service';
import { InboxQueries } from '../inbox/inbox.queries';
import { InboxRpcController } from '../inbox/inbox.rpc-controller';

/**
 * What people and staff ask of the service over request/reply: their inbox, preferences and
 * followed programs; the delivery log, replay and announcements for staff.
 */
@Module({
  imports: [NotifyingModule],
  controllers: [InboxRpcController, PreferencesRpcController, ProgramInterestsRpcController, DeliveryLogRpcController],
  providers: [InboxQueries, PreferencesService, ProgramInterestsService, DeliveryLogService, AnnouncementsService],
})
export class NotificationsApiModule {}
