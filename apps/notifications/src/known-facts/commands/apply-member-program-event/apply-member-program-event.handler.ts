import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { ReminderPlanning } from '../../../reminders/reminder-planning';
import type { AnyMemberProgramEvent } from '../../domain/followed-events';
import { memberProgramNoticeOf } from '../../domain/member-program-notices';
import { applyMemberProgramEvent } from '../../infra/known-member-programs';

/** A member program event, as the partnerships service published it. */
export type ApplyMemberProgramEventCommand = AnyMemberProgramEvent;

/** A member program event: the read model, the dues reminder, the notifications — in the event's transaction. */
@Injectable()
export class ApplyMemberProgramEventHandler {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  async execute(event: ApplyMemberProgramEventCommand, tx: Prisma.TransactionClient): Promise<void> {
    const { program } = await applyMemberProgramEvent(tx, event);
    await this.reminders.memberProgramChanged(tx, program);
    const notice = memberProgramNoticeOf(event, program);
    if (notice) await this.planner.plan(tx, { sourceKey: `event:${event.id}`, ...notice, facts: notice.facts as never });
  }
}
