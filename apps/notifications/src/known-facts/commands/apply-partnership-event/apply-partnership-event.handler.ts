import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import type { RawSql } from '@scn/platform';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { ReminderPlanning } from '../../../reminders/reminder-planning';
import type { AnyPartnershipEvent } from '../../domain/followed-events';
import { partnershipNoticeOf } from '../../domain/partnership-notices';
import { applyPartnershipEvent } from '../../infra/known-partnerships';

/** A partnership event, as the partnerships service published it. */
export type ApplyPartnershipEventCommand = AnyPartnershipEvent;

/** A partnership event: the read model, the anniversary reminder, the notifications — in the event's transaction. */
@Injectable()
export class ApplyPartnershipEventHandler {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  /**
   * `tx` may be the event's `pg` transaction (raw SQL only): the read model and the
   * reminders are raw SQL; only an event with a notice to plan asks `prismaTx()` for the
   * Prisma transaction the planner is written on (on the `pg` path that hands the event over
   * to a Prisma transaction, `EventContext.prismaTx()`). An import's events have none.
   */
  async execute(event: ApplyPartnershipEventCommand, tx: RawSql, prismaTx: () => Prisma.TransactionClient): Promise<void> {
    const partnership = await applyPartnershipEvent(tx, event);
    await this.reminders.partnershipChanged(tx, partnership);
    const notice = partnershipNoticeOf(event, partnership);
    if (notice) await this.planner.plan(prismaTx(), { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
