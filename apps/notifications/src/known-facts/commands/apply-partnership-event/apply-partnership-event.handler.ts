import { Injectable } from '@nestjs/common';
import { runsOfDistinctKeys } from '@scn/messaging';
import type { RawSql } from '@scn/platform';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { ReminderPlanning } from '../../../reminders/reminder-planning';
import type { AnyPartnershipEvent } from '../../domain/followed-events';
import { partnershipNoticeOf } from '../../domain/partnership-notices';
import { applyPartnershipEvents } from '../../infra/known-partnerships';

/** A partnership event, as the partnerships service published it. */
export type ApplyPartnershipEventCommand = AnyPartnershipEvent;

/** Partnership events: the read model, the anniversary reminders, the notifications — in the events' transaction. */
@Injectable()
export class ApplyPartnershipEventHandler {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  /**
   * `events` in stream order (a lane's batch), with the effects of applying them one after
   * the other. A run of events of distinct partnerships is applied at once: one lock and one
   * write of the read model, of the reminders, then its notices planned together (issue #16:
   * an import sends one event per partnership, by the tens of thousands). A partnership's
   * next event starts a new run, after the notices of the run before: whom a notice reaches
   * is read from the partnership as its event left it. Raw SQL throughout (the read model,
   * the reminders, the planner): `tx` is the transaction on the `pg` pool, or a Prisma one.
   */
  async executeMany(events: readonly ApplyPartnershipEventCommand[], tx: RawSql): Promise<void> {
    for (const run of runsOfDistinctKeys(events, (event) => event.data.partnershipId)) {
      const partnerships = await applyPartnershipEvents(tx, run);
      await this.reminders.partnershipsChanged(tx, partnerships);
      const requests = run.flatMap((event, index) => {
        const notice = partnershipNoticeOf(event, partnerships[index]!);
        return notice ? [{ sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never }] : [];
      });
      if (requests.length) await this.planner.planMany(tx, requests);
    }
  }
}
