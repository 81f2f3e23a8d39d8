import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { applicationNoticeOf, programsNamedBy } from '../../domain/application-notices';
import type { AnyApplicationEvent } from '../../domain/followed-events';
import { knownProgramTitles } from '../../infra/known-exchange-programs';

/** An application event, as the applications service published it. */
export type ApplyApplicationEventCommand = AnyApplicationEvent;

/**
 * An application event: the applicant's notification, naming the programs by the titles
 * the known exchange programs hold — in the event's transaction. Applications keep no read
 * model here: nothing else depends on them.
 */
@Injectable()
export class ApplyApplicationEventHandler {
  constructor(private readonly planner: NotificationPlanner) {}

  async execute(event: ApplyApplicationEventCommand, tx: Prisma.TransactionClient): Promise<void> {
    const titles = await knownProgramTitles(tx, programsNamedBy(event));
    const notice = applicationNoticeOf(event, titles);
    if (notice) await this.planner.plan(tx, { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
