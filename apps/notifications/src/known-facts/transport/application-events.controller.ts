import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EventContext, OnEvents } from '@scn/messaging';
import type { RawSql } from '@scn/platform';
import { ApplyApplicationEventHandler } from '../commands/apply-application-event/apply-application-event.handler';
import { APPLICATION_EVENT_TYPES, type AnyApplicationEvent } from '../domain/followed-events';

/**
 * The applications service's application events. Each runs in the transaction that records the event in the inbox, so the
 * applicant's notification is made once however often the event arrives; one handler takes them all.
 *
 * Declared `sqlOnly` (issue #16): a matching run's release sends three per applicant (decision, offer, nomination), by the
 * hundred thousand, and everything they do (reminders, programs, the planner) is raw SQL, so their transactions run on the
 * `pg` pool, never on Prisma's.
 */
@Controller()
export class ApplicationEventsController {
  constructor(private readonly apply: ApplyApplicationEventHandler) {}

  @OnEvents(APPLICATION_EVENT_TYPES, { sqlOnly: true })
  applicationEvent(@Payload() event: AnyApplicationEvent, @Ctx() context: EventContext<RawSql>): Promise<void> {
    return this.apply.execute(event, context.tx);
  }
}
