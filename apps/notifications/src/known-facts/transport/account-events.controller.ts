import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DomainEvent } from '@scn/contracts';
import { EventContext, OnEvent } from '@scn/messaging';
import { ApplyAccountEventHandler } from '../commands/apply-account-event/apply-account-event.handler';
import { txOf } from './event-transaction';

/**
 * The gateway's account events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives.
 */
@Controller()
export class AccountEventsController {
  constructor(private readonly apply: ApplyAccountEventHandler) {}

  @OnEvent('account.invited.v1')
  invited(@Payload() event: DomainEvent<'account.invited.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('account.verification-requested.v1')
  verificationRequested(@Payload() event: DomainEvent<'account.verification-requested.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('account.password-reset-requested.v1')
  passwordResetRequested(@Payload() event: DomainEvent<'account.password-reset-requested.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('account.activated.v1')
  activated(@Payload() event: DomainEvent<'account.activated.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('account.roles-changed.v1')
  rolesChanged(@Payload() event: DomainEvent<'account.roles-changed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('account.disabled.v1')
  disabled(@Payload() event: DomainEvent<'account.disabled.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }
}
