import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { ReminderPlanning } from '../../../reminders/reminder-planning';
import { exchangeProgramNoticeOf } from '../../domain/exchange-program-notices';
import type { AnyExchangeProgramEvent } from '../../domain/followed-events';
import { applyExchangeProgramEvent } from '../../infra/known-exchange-programs';

/** An exchange program event, as the exchanges service published it. */
export type ApplyExchangeProgramEventCommand = AnyExchangeProgramEvent;

/**
 * An exchange program event: the read model, the program's reminders (they follow its
 * dates and status), the notifications — in the event's transaction. An event about a
 * program never seen published, or older than the last applied, does nothing.
 */
@Injectable()
export class ApplyExchangeProgramEventHandler {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  async execute(event: ApplyExchangeProgramEventCommand, tx: Prisma.TransactionClient): Promise<void> {
    const program = await applyExchangeProgramEvent(tx, event);
    if (!program) return;
    await this.reminders.exchangeProgramChanged(tx, program);
    const notice = exchangeProgramNoticeOf(event, program);
    if (notice) await this.planner.plan(tx, { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
