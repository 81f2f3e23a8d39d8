import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventBatchContext, OnEvents } from '@scn/messaging';
import type { RawSql } from '@scn/platform';
import { ApplyApplicationEventHandler } from '../commands/apply-application-event/apply-application-event.handler';
import { APPLICATION_EVENT_TYPES, type AnyApplicationEvent } from '../domain/followed-events';

/**
 * The applications service's application events. They run in the transaction that records them in the inbox, so an
 * applicant's notification is made once however often an event arrives; one handler takes them all.
 *
 * Declared `sqlOnly` and `batches` (issue #16): a matching run's release sends three per applicant (decision, offer,
 * nomination), by the hundred thousand, and everything they do (reminders, programs, the planner) is raw SQL, so their
 * transactions run on the `pg` pool, never on Prisma's, and a lane's events are planned together. Should a batch fail,
 * the handler is called again with each of its events alone (see `EventHandlerOptions.batches`).
 */
@Controller()
export class ApplicationEventsController {
  constructor(private readonly apply: ApplyApplicationEventHandler) {}

  @OnEvents(APPLICATION_EVENT_TYPES, { sqlOnly: true, batches: true })
  applicationEvents(@Payload() events: AnyApplicationEvent[], @Ctx() context: EventBatchContext<RawSql>): Promise<void> {
    return this.apply.executeMany(events, context.tx);
  }
}
