import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { accountNoticeOf } from '../../domain/account-notices';
import type { AnyAccountEvent } from '../../domain/followed-events';
import { applyAccountEvent } from '../../infra/account-recipients';

/** An account event, as the gateway published it. */
export type ApplyAccountEventCommand = AnyAccountEvent;

/** An account event: the recipient kept current, and the critical emails some of them ask for — in the event's transaction. */
@Injectable()
export class ApplyAccountEventHandler {
  constructor(private readonly planner: NotificationPlanner) {}

  async execute(event: ApplyAccountEventCommand, tx: Prisma.TransactionClient): Promise<void> {
    const recipient = await applyAccountEvent(tx, event);
    const notice = accountNoticeOf(event, recipient);
    if (notice) await this.planner.plan(tx, { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
