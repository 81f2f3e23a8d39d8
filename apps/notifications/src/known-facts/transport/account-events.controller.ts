import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/notifications';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyAccountEventHandler } from '../commands/apply-account-event/apply-account-event.handler';
import { ACCOUNT_EVENT_TYPES, type AnyAccountEvent } from '../domain/followed-events';

/**
 * The gateway's account events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives; one handler takes them all.
 */
@Controller()
export class AccountEventsController {
  constructor(private readonly apply: ApplyAccountEventHandler) {}

  @OnEvents(ACCOUNT_EVENT_TYPES)
  accountEvent(@Payload() event: AnyAccountEvent, @Ctx() context: EventContext<Prisma.TransactionClient>): Promise<void> {
    return this.apply.execute(event, context.tx);
  }
}
