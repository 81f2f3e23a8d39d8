import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DomainEvent } from '@scn/contracts';
import { EventContext, OnEvents } from '@scn/messaging';
import { AllocateMatchedProgramsHandler } from '../commands/allocate-matched-programs/allocate-matched-programs.handler';
import type { Tx } from '../infra/exchange-program.repository';

/**
 * The applications service's matching events, in the transaction that records each in the
 * inbox, so each takes effect once: a committed season's matching allocates its programs.
 */
@Controller()
export class MatchingEventsController {
  constructor(private readonly allocateMatched: AllocateMatchedProgramsHandler) {}

  @OnEvents(['matching.run-completed.v1'])
  async runCompleted(@Payload() event: DomainEvent<'matching.run-completed.v1'>, @Ctx() context: EventContext<Tx>): Promise<void> {
    await this.allocateMatched.execute(event.data, context.tx);
  }
}
