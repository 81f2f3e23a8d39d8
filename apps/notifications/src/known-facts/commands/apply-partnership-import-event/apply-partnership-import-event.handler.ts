import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import type { AnyPartnershipImportEvent } from '../../domain/followed-events';
import { importNoticeOf } from '../../domain/import-notices';

/** An import event, as the partnerships service published it. */
export type ApplyPartnershipImportEventCommand = AnyPartnershipImportEvent;

/** An import finished: the one notification of the person who started it — in the event's transaction. */
@Injectable()
export class ApplyPartnershipImportEventHandler {
  constructor(private readonly planner: NotificationPlanner) {}

  async execute(event: ApplyPartnershipImportEventCommand, tx: Prisma.TransactionClient): Promise<void> {
    const notice = importNoticeOf(event);
    if (notice) await this.planner.plan(tx, { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
