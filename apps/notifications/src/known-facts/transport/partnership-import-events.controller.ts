import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Prisma } from '@scn-prisma/notifications';
import { EventContext, OnEvents } from '@scn/messaging';
import { ApplyPartnershipImportEventHandler } from '../commands/apply-partnership-import-event/apply-partnership-import-event.handler';
import { PARTNERSHIP_IMPORT_EVENT_TYPES, type AnyPartnershipImportEvent } from '../domain/followed-events';

/**
 * The partnerships service's import events (on its stream, beside the partnership events). Each runs in the transaction
 * that records the event in the inbox, so its notification is made once however often the event arrives.
 */
@Controller()
export class PartnershipImportEventsController {
  constructor(private readonly apply: ApplyPartnershipImportEventHandler) {}

  @OnEvents(PARTNERSHIP_IMPORT_EVENT_TYPES)
  importEvent(@Payload() event: AnyPartnershipImportEvent, @Ctx() context: EventContext<Prisma.TransactionClient>): Promise<void> {
    return this.apply.execute(event, context.tx);
  }
}
