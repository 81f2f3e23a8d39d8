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
 * Events of the applications service, in their transaction: the reminders each plans or
 * ends (an offer's deadline, a referee's letter), and their notifications, naming the
 * programs by the titles the known exchange programs hold and reaching a nominee's host
 * through what the service knows of the program (its partnership, its member program).
 * Applications keep no read model here: nothing else depends on them.
 *
 * Taken a batch at a time (issue #16): a matching run's release sends three events per
 * applicant, by the hundred thousand; the programs of a batch are read once and all its
 * notifications planned together (one lookup of each kind, one insert).
 */
@Injectable()
export class ApplyApplicationEventHandler {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  /** `events` in stream order (an application's events in turn). Raw SQL throughout: a Prisma transaction or the `pg` pool's. */
  async executeMany(events: readonly ApplyApplicationEventCommand[], tx: RawSql): Promise<void> {
    // As one after the other: an application's later event may end what an earlier one planned.
    await this.reminders.applicationEvents(tx, events);
    const programs = await knownPrograms(tx, events.flatMap(programsNamedBy));
    const titles = new Map([...programs].map(([id, program]) => [id, program.title]));
    const requests = events.flatMap((event) => {
      const notice = applicationNoticeOf(event, titles, programs);
      return notice ? [{ sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never }] : [];
    });
    await this.planner.planMany(tx, requests);
  }
}
