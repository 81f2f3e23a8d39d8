import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventBatchContext, OnEvents } from '@scn/messaging';
import type { RawSql } from '@scn/platform';
import { ApplyPartnershipEventHandler } from '../commands/apply-partnership-event/apply-partnership-event.handler';
import { PARTNERSHIP_EVENT_TYPES, type AnyPartnershipEvent } from '../domain/followed-events';

/**
 * The partnerships service's partnership events. Each runs in the transaction that records the event in the inbox, so its
 * notifications are made once however often the event arrives; one handler takes them all.
 *
 * Declared `sqlOnly` and `batches` (issue #16): an import sends them by the tens of thousands, and all their work (the
 * read model, the reminders, the notices' planning) is raw SQL, so their transactions run on the `pg` pool, never on
 * Prisma's, and a lane's events are applied together. Should a batch fail, the handler is called again with each of its
 * events alone (see `EventHandlerOptions.batches`).
 */
@Controller()
export class PartnershipEventsController {
  constructor(private readonly apply: ApplyPartnershipEventHandler) {}

  @OnEvents(PARTNERSHIP_EVENT_TYPES, { sqlOnly: true, batches: true })
  partnershipEvents(@Payload() events: AnyPartnershipEvent[], @Ctx() context: EventBatchContext<RawSql>): Promise<void> {
    return this.apply.executeMany(events, context.tx);
  }
}
