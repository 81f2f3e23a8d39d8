import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/notifications';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyPartnershipEventHandler } from '../commands/apply-partnership-event/apply-partnership-event.handler';
import { PARTNERSHIP_EVENT_TYPES, type AnyPartnershipEvent } from '../domain/followed-events';

/**
 * The partnerships service's partnership events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives; one handler takes them all.
 */
@Controller()
export class PartnershipEventsController {
  constructor(private readonly apply: ApplyPartnershipEventHandler) {}

  @OnEvents(PARTNERSHIP_EVENT_TYPES)
  partnershipEvent(@Payload() event: AnyPartnershipEvent, @Ctx() context: EventContext<Prisma.TransactionClient>): Promise<void> {
    return this.apply.execute(event, context.tx);
  }
}
