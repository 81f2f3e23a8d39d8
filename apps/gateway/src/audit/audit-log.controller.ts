import { Controller } from '@nestjs/common';
import type { Page } from '@scn/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Input } from '../http/route-params.decorator';
import { AuditLogRepository } from './audit-log.repository';
import { auditLogRoutes, type AuditEntryView } from './audit-log.routes';

/** The audit log, for network staff. */
@Controller()
export class AuditLogController {
  constructor(private readonly repository: AuditLogRepository) {}

  @Endpoint(auditLogRoutes.list)
  list(@Input() input: RouteInput<typeof auditLogRoutes.list>): Promise<Page<AuditEntryView>> {
    return this.repository.page(input.query);
  }
}
