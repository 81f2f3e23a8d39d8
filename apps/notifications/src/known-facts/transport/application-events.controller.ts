import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/notifications';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyApplicationEventHandler } from '../commands/apply-application-event/apply-application-event.handler';
import { APPLICATION_EVENT_TYPES, type AnyApplicationEvent } from '../domain/followed-events';

/**
 * The applications service's application events. Each runs in the transaction that records the event in the inbox, so the
 * applicant's notification is made once however often the event arrives; one handler takes them all.
 */
@Controller()
export class ApplicationEventsController {
  constructor(private readonly apply: ApplyApplicationEventHandler) {}

  @OnEvents(APPLICATION_EVENT_TYPES)
  applicationEvent(@Payload() event: AnyApplicationEvent, @Ctx() context: EventContext<Prisma.TransactionClient>): Promise<void> {
    return this.apply.execute(event, context.tx);
  }
}
