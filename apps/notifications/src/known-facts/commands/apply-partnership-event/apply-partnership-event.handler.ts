import { Injectable } from '@nestjs/common';
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
   * Raw SQL throughout (the read model, the reminders, the planner): `tx` is the event's
   * transaction on the `pg` pool, or a Prisma transaction (issue #16).
   */
  async execute(event: ApplyPartnershipEventCommand, tx: RawSql): Promise<void> {
    const partnership = await applyPartnershipEvent(tx, event);
    await this.reminders.partnershipChanged(tx, partnership);
    const notice = partnershipNoticeOf(event, partnership);
    if (notice) await this.planner.plan(tx, { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
