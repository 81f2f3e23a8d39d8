import { Injectable } from '@nestjs/common';
import type { RawSql } from '@scn/platform';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { ReminderPlanning } from '../../../reminders/reminder-planning';
import { applicationNoticeOf, programsNamedBy } from '../../domain/application-notices';
import type { AnyApplicationEvent } from '../../domain/followed-events';
import { knownPrograms } from '../../infra/known-exchange-programs';

/** An event of the applications service, as it published it. */
export type ApplyApplicationEventCommand = AnyApplicationEvent;

/**
 * An event of the applications service, in the event's transaction: the reminders it plans
 * or ends (an offer's deadline, a referee's letter), and its notification, naming the
 * programs by the titles the known exchange programs hold and reaching a nominee's host
 * through what the service knows of the program (its partnership, its member program).
 * Applications keep no read model here: nothing else depends on them.
 */
@Injectable()
export class ApplyApplicationEventHandler {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  /** Raw SQL throughout (reminders, programs, planner): a Prisma transaction or the `pg` pool's. */
  async execute(event: ApplyApplicationEventCommand, tx: RawSql): Promise<void> {
    await this.reminders.applicationEvent(tx, event);
    const programs = await knownPrograms(tx, programsNamedBy(event));
    const titles = new Map([...programs].map(([id, program]) => [id, program.title]));
    const notice = applicationNoticeOf(event, titles, programs);
    if (notice) await this.planner.plan(tx, { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
