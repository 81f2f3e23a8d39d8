import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/notifications';
import { EventContext, OnEvents } from '@scn/messaging';
import { EraseApplicantHandler } from '../commands/erase-applicant/erase-applicant.handler';
import { APPLICANT_EVENT_TYPES, type AnyApplicantEvent } from '../domain/followed-events';

/**
 * The applications service's applicant events: `applicant.erased.v1`, applied in the
 * transaction that records the event in the inbox, so the erasure happens once with it.
 */
@Controller()
export class ApplicantEventsController {
  constructor(private readonly erase: EraseApplicantHandler) {}

  @OnEvents(APPLICANT_EVENT_TYPES)
  async applicantEvent(@Payload() event: AnyApplicantEvent, @Ctx() context: EventContext<Prisma.TransactionClient>): Promise<void> {
    await this.erase.execute(event, context.tx);
  }
}
