import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { DeadLettersService } from './dead-letters.service';

/**
 * `GET /v1/dead-letters` and `POST /v1/dead-letters/:sequence/replay`. Needs the global
 * ManagedNatsConnection (MessagingModule) and CONFIG with SCN_NAMESPACE (PlatformModule).
 */
@Module({
  controllers: [DeadLettersController],
  providers: [DeadLettersService],
  // The network dashboard counts them too.
  exports: [DeadLettersService],
})
export class DeadLettersHttpModule {}
