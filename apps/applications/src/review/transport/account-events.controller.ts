import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyAccountEventHandler } from '../commands/apply-account-event/apply-account-event.handler';
import { FOLLOWED_ACCOUNT_EVENTS, type AccountEvent } from '../domain/known-reviewer';
import type { Tx } from '../infra/review-db';

/** The gateway's account events, in the transaction that records each in the inbox: who reviews which programs. */
@Controller()
export class AccountEventsController {
  constructor(private readonly applyEvent: ApplyAccountEventHandler) {}

  @OnEvents([...FOLLOWED_ACCOUNT_EVENTS])
  async accountEvent(@Payload() event: AccountEvent, @Ctx() context: EventContext<Tx>): Promise<void> {
    await this.applyEvent.execute(event, context.tx);
  }
}
