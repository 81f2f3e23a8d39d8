import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditRecorder } from './audit.recorder';

/**
 * The audit log: the recorder of state-changing requests and `GET /v1/audit-log`.
 * Needs the global DATABASE provider (DatabaseModule) of the gateway.
 */
@Module({
  controllers: [AuditLogController],
  providers: [AuditRecorder, AuditLogRepository],
  exports: [AuditRecorder],
})
export class AuditModule {}
