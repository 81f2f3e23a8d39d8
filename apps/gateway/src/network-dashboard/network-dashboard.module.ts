import { Module } from '@nestjs/common';
import { DeadLettersHttpModule } from '../dead-letters/dead-letters-http.module';
import { NetworkDashboardController } from './network-dashboard.controller';
import { NetworkDashboardService } from './network-dashboard.service';

/** Staff's network dashboard. Needs the global RpcClient (MessagingModule) and the dead letters' service. */
@Module({
  imports: [DeadLettersHttpModule],
  controllers: [NetworkDashboardController],
  providers: [NetworkDashboardService],
})
export class NetworkDashboardModule {}
