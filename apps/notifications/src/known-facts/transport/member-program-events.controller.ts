import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/notifications';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyMemberProgramEventHandler } from '../commands/apply-member-program-event/apply-member-program-event.handler';
import { MEMBER_PROGRAM_EVENT_TYPES, type AnyMemberProgramEvent } from '../domain/followed-events';

/**
 * The partnerships service's member-program events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives; one handler takes them all.
 */
@Controller()
export class MemberProgramEventsController {
  constructor(private readonly apply: ApplyMemberProgramEventHandler) {}

  @OnEvents(MEMBER_PROGRAM_EVENT_TYPES)
  memberProgramEvent(@Payload() event: AnyMemberProgramEvent, @Ctx() context: EventContext<Prisma.TransactionClient>): Promise<void> {
    return this.apply.execute(event, context.tx);
  }
}
