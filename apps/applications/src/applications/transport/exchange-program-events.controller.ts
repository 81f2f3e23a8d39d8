import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyProgramEventHandler } from '../../known-programs/commands/apply-program-event/apply-program-event.handler';
import { FOLLOWED_PROGRAM_EVENTS, type ProgramEvent } from '../../known-programs/domain/known-program';
import type { Tx } from '../../known-programs/infra/known-program.repository';
import { DropCancelledProgramHandler } from '../commands/drop-cancelled-program/drop-cancelled-program.handler';

/**
 * The exchanges service's program events, in the transaction that records each in the
 * inbox, so each takes effect once. They enter the applications service here, where both
 * of their effects are known: the known program is brought up to date first, then, when
 * the program was just cancelled, the applications that chose it lose that choice.
 */
@Controller()
export class ExchangeProgramEventsController {
  constructor(
    private readonly applyEvent: ApplyProgramEventHandler,
    private readonly dropCancelled: DropCancelledProgramHandler,
  ) {}

  @OnEvents([...FOLLOWED_PROGRAM_EVENTS])
  async programEvent(@Payload() event: ProgramEvent, @Ctx() context: EventContext<Tx>): Promise<void> {
    const change = await this.applyEvent.execute(event, context.tx);
    if (change?.after.status === 'cancelled' && change.before?.status !== 'cancelled') {
      await this.dropCancelled.execute({ exchangeProgramId: change.after.id, reason: change.after.cancelReason ?? '' }, context.tx);
    }
  }
}
