import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DomainEvent } from '@scn/contracts';
import { EventContext, OnEvents } from '@scn/messaging';
import { EraseApplicantAccountHandler } from '../commands/erase-applicant-account/erase-applicant-account.handler';
import type { Tx } from '../infra/account.repository';

/**
 * The applications service's applicant events, in the transaction that records each in the
 * inbox, so each takes effect once: an applicant who erased their data loses their account.
 */
@Controller()
export class ApplicantEventsController {
  constructor(private readonly eraseAccount: EraseApplicantAccountHandler) {}

  @OnEvents(['applicant.erased.v1'])
  async applicantErased(@Payload() event: DomainEvent<'applicant.erased.v1'>, @Ctx() context: EventContext<Tx>): Promise<void> {
    await this.eraseAccount.execute(event.data, context.tx);
  }
}
