import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/notifications';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyExchangeProgramEventHandler } from '../commands/apply-exchange-program-event/apply-exchange-program-event.handler';
import { EXCHANGE_PROGRAM_EVENT_TYPES, type AnyExchangeProgramEvent } from '../domain/followed-events';

/**
 * The exchanges service's exchange-program events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives; one handler takes them all.
 */
@Controller()
export class ExchangeProgramEventsController {
  constructor(private readonly apply: ApplyExchangeProgramEventHandler) {}

  @OnEvents(EXCHANGE_PROGRAM_EVENT_TYPES)
  exchangeProgramEvent(@Payload() event: AnyExchangeProgramEvent, @Ctx() context: EventContext<Prisma.TransactionClient>): Promise<void> {
    return this.apply.execute(event, context.tx);
  }
}
