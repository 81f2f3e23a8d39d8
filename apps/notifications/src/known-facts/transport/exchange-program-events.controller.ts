import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DomainEvent } from '@scn/contracts';
import { EventContext, OnEvent } from '@scn/messaging';
import { ApplyExchangeProgramEventHandler } from '../commands/apply-exchange-program-event/apply-exchange-program-event.handler';
import { txOf } from './event-transaction';

/**
 * The exchanges service's exchange-program events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives.
 */
@Controller()
export class ExchangeProgramEventsController {
  constructor(private readonly apply: ApplyExchangeProgramEventHandler) {}

  @OnEvent('exchange-program.published.v1')
  published(@Payload() event: DomainEvent<'exchange-program.published.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('exchange-program.updated.v1')
  updated(@Payload() event: DomainEvent<'exchange-program.updated.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('exchange-program.window-opened.v1')
  windowOpened(@Payload() event: DomainEvent<'exchange-program.window-opened.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('exchange-program.window-closed.v1')
  windowClosed(@Payload() event: DomainEvent<'exchange-program.window-closed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('exchange-program.paused.v1')
  paused(@Payload() event: DomainEvent<'exchange-program.paused.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('exchange-program.resumed.v1')
  resumed(@Payload() event: DomainEvent<'exchange-program.resumed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('exchange-program.cancelled.v1')
  cancelled(@Payload() event: DomainEvent<'exchange-program.cancelled.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('exchange-program.completed.v1')
  completed(@Payload() event: DomainEvent<'exchange-program.completed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }
}
