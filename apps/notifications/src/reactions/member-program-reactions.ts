import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import type { DomainEvent } from '@scn/contracts';
import { NotificationPlanner } from '../notifying/notification-planner';
import { applyMemberProgramEvent, type MemberProgramEventType } from '../read-models/known-member-programs';
import { ReminderPlanning } from '../reminders/reminder-planning';

/**
 * A member program event: a new program is welcomed (its admins and contacts) and staff
 * hear of it; a change of good standing is told to the program and staff; plain updates
 * only refresh the read model (and the dues reminder).
 */
@Injectable()
export class MemberProgramReactions {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  async handle(tx: Prisma.TransactionClient, event: DomainEvent<MemberProgramEventType>): Promise<void> {
    const { program } = await applyMemberProgramEvent(tx, event);
    await this.reminders.memberProgramChanged(tx, program);
    const audience = [{ kind: 'member-program' as const, memberProgramId: program.id }, { kind: 'staff' as const }];
    const webhooks = { kind: 'network' as const };
    if (event.type === 'member-program.registered.v1') {
      await this.planner.plan(tx, {
        sourceKey: `event:${event.id}`,
        type: 'member-program.registered',
        facts: { memberProgramId: program.id, name: program.name },
        audience,
        webhooks,
      });
    } else if (event.type === 'member-program.standing-changed.v1') {
      await this.planner.plan(tx, {
        sourceKey: `event:${event.id}`,
        type: 'member-program.standing-changed',
        facts: { memberProgramId: program.id, name: program.name, inGoodStanding: program.inGoodStanding, duesPaidThrough: program.duesPaidThrough },
        audience,
        webhooks,
      });
    }
  }
}
