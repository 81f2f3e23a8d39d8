import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/exchanges';
import type { DomainEvent } from '@scn/contracts';
import { EventContext, OnEvent } from '@scn/messaging';
import { ApplyPartnershipEventHandler, type ApplyOutcome } from '../commands/apply-partnership-event/apply-partnership-event.handler';
import type { FollowedPartnershipEvent, PartnershipFact } from '../domain/known-partnership';

type PartnershipEvent<N extends FollowedPartnershipEvent> = DomainEvent<`partnership.${N}.v1`>;

/**
 * The partnerships service's events that keep the known partnerships current. Each runs in
 * the transaction that records the event in the inbox, so it takes effect once.
 */
@Controller()
export class PartnershipEventsController {
  constructor(private readonly apply: ApplyPartnershipEventHandler) {}

  @OnEvent('partnership.proposed.v1')
  proposed(@Payload() event: PartnershipEvent<'proposed'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('proposed', event));
  }

  @OnEvent('partnership.approved.v1')
  approved(@Payload() event: PartnershipEvent<'approved'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('approved', event));
  }

  @OnEvent('partnership.activated.v1')
  activated(@Payload() event: PartnershipEvent<'activated'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), { ...factOf('activated', event), version: event.data.version });
  }

  @OnEvent('partnership.suspended.v1')
  suspended(@Payload() event: PartnershipEvent<'suspended'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('suspended', event), event.data.reason);
  }

  @OnEvent('partnership.reactivated.v1')
  reactivated(@Payload() event: PartnershipEvent<'reactivated'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('reactivated', event));
  }

  @OnEvent('partnership.termination-proposed.v1')
  terminationProposed(@Payload() event: PartnershipEvent<'termination-proposed'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('termination-proposed', event));
  }

  @OnEvent('partnership.terminated.v1')
  terminated(@Payload() event: PartnershipEvent<'terminated'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('terminated', event), event.data.reason);
  }

  @OnEvent('partnership.terms-amended.v1')
  termsAmended(@Payload() event: PartnershipEvent<'terms-amended'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('terms-amended', event));
  }

  @OnEvent('partnership.amendment-reverted.v1')
  amendmentReverted(@Payload() event: PartnershipEvent<'amendment-reverted'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), { ...factOf('amendment-reverted', event), inForceVersion: event.data.inForceVersion });
  }

  @OnEvent('partnership.contact-changed.v1')
  contactChanged(@Payload() event: PartnershipEvent<'contact-changed'>, @Ctx() context: EventContext): Promise<ApplyOutcome> {
    return this.apply.execute(txOf(context), factOf('contact-changed', event));
  }
}

/** The event's transaction: the processor opens it on this service's Prisma client. */
function txOf(context: EventContext): Prisma.TransactionClient {
  return context.tx as unknown as Prisma.TransactionClient;
}

function factOf<N extends FollowedPartnershipEvent>(event: N, envelope: PartnershipEvent<N>): PartnershipFact {
  const { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode } = envelope.data;
  const ids = { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode };
  return { event, time: new Date(envelope.time), ...ids };
}
