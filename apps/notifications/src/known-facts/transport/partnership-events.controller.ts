import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DomainEvent } from '@scn/contracts';
import { EventContext, OnEvent } from '@scn/messaging';
import { ApplyPartnershipEventHandler } from '../commands/apply-partnership-event/apply-partnership-event.handler';
import { txOf } from './event-transaction';

/**
 * The partnerships service's partnership events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives.
 */
@Controller()
export class PartnershipEventsController {
  constructor(private readonly apply: ApplyPartnershipEventHandler) {}

  @OnEvent('partnership.proposed.v1')
  proposed(@Payload() event: DomainEvent<'partnership.proposed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.terms-amended.v1')
  termsAmended(@Payload() event: DomainEvent<'partnership.terms-amended.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.amendment-reverted.v1')
  amendmentReverted(@Payload() event: DomainEvent<'partnership.amendment-reverted.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.approved.v1')
  approved(@Payload() event: DomainEvent<'partnership.approved.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.activated.v1')
  activated(@Payload() event: DomainEvent<'partnership.activated.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.suspended.v1')
  suspended(@Payload() event: DomainEvent<'partnership.suspended.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.reactivated.v1')
  reactivated(@Payload() event: DomainEvent<'partnership.reactivated.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.termination-proposed.v1')
  terminationProposed(@Payload() event: DomainEvent<'partnership.termination-proposed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.terminated.v1')
  terminated(@Payload() event: DomainEvent<'partnership.terminated.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }

  @OnEvent('partnership.contact-changed.v1')
  contactChanged(@Payload() event: DomainEvent<'partnership.contact-changed.v1'>, @Ctx() context: EventContext): Promise<void> {
    return this.apply.execute(event, txOf(context));
  }
}
