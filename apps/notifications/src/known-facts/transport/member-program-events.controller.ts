import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DomainEvent } from '@scn/contracts';
import { EventContext, OnEvent } from '@scn/messaging';
import { ApplyMemberProgramEventHandler } from '../commands/apply-member-program-event/apply-member-program-event.handler';
import { txOf } from './event-transaction';

/**
 * The partnerships service's member-program events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives.
 */
@Controller()
export class MemberProgramEventsController {
  constructor(private readonly apply: ApplyMemberProgramEventHandler) {}

  @OnEvent('member-program.registered.v1')
  registered(@Payload() event: DomainEvent<'member-program.registered.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('member-program.updated.v1')
  updated(@Payload() event: DomainEvent<'member-program.updated.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('member-program.standing-changed.v1')
  standingChanged(@Payload() event: DomainEvent<'member-program.standing-changed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }
}
