import { Injectable } from '@nestjs/common';
import type { KnownExchangeProgram, Prisma } from '@scn-prisma/notifications';
import type { DomainEvent } from '@scn/contracts';
import type { Audience } from '../audience/audience';
import type { NotificationType } from '../catalogue/notification-types';
import { NotificationPlanner } from '../notifying/notification-planner';
import { applyExchangeProgramEvent, type ExchangeProgramEventType } from '../read-models/known-exchange-programs';
import { ReminderPlanning } from '../reminders/reminder-planning';

/** Fields of a program whose change is worth telling people (and moves reminders). */
const DATE_FIELDS = new Set(['applicationOpensAt', 'applicationClosesAt', 'decisionReleaseAt', 'offerResponseDeadline', 'travelStart', 'travelEnd']);

type Event = DomainEvent<ExchangeProgramEventType>;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * An exchange program event. Those who run it (the member program's admins, the partner
 * side) hear of its publication and of every change of its course; people interested in it
 * hear when its window opens, its dates change, or it is paused, resumed or cancelled.
 * Its reminders follow its dates and status.
 */
@Injectable()
export class ExchangeProgramReactions {
  constructor(
    private readonly planner: NotificationPlanner,
    private readonly reminders: ReminderPlanning,
  ) {}

  async handle(tx: Prisma.TransactionClient, event: Event): Promise<void> {
    const program = await applyExchangeProgramEvent(tx, event);
    if (!program) return;
    await this.reminders.exchangeProgramChanged(tx, program);
    const message = this.messageOf(event, program);
    if (!message) return;
    await this.planner.plan(tx, {
      sourceKey: `event:${event.id}`,
      type: message.type,
      facts: message.facts as never,
      audience: message.audience,
      webhooks: { kind: 'partnership', partnershipId: program.partnershipId },
    });
  }

  private messageOf(event: Event, program: KnownExchangeProgram): { type: NotificationType; facts: object; audience: Audience[] } | null {
    const base = { exchangeProgramId: program.id, partnershipId: program.partnershipId, title: program.title, category: program.category };
    const runners: Audience = { kind: 'exchange-program', exchangeProgramId: program.id };
    const interested: Audience = { kind: 'program-interest', exchangeProgramId: program.id };
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'exchange-program.published.v1':
        return {
          type: 'exchange-program.published',
          facts: {
            ...base,
            applicationOpensAt: program.applicationOpensAt.toISOString(),
            applicationClosesAt: program.applicationClosesAt.toISOString(),
            travelStart: isoDate(program.travelStart),
            travelEnd: isoDate(program.travelEnd),
          },
          audience: [runners],
        };
      case 'exchange-program.updated.v1': {
        const changed = (data.changed as string[]).filter((field) => DATE_FIELDS.has(field));
        if (!changed.length) return null;
        return {
          type: 'exchange-program.dates-changed',
          facts: {
            ...base,
            changed,
            applicationClosesAt: program.applicationClosesAt.toISOString(),
            travelStart: isoDate(program.travelStart),
            travelEnd: isoDate(program.travelEnd),
          },
          audience: [runners, interested],
        };
      }
      case 'exchange-program.window-opened.v1':
        return { type: 'exchange-program.window-opened', facts: { ...base, applicationClosesAt: program.applicationClosesAt.toISOString() }, audience: [interested] };
      case 'exchange-program.paused.v1':
        return { type: 'exchange-program.paused', facts: { ...base, reason: data.reason }, audience: [runners, interested] };
      case 'exchange-program.resumed.v1':
        return { type: 'exchange-program.resumed', facts: base, audience: [runners, interested] };
      case 'exchange-program.cancelled.v1':
        return { type: 'exchange-program.cancelled', facts: { ...base, reason: data.reason }, audience: [runners, interested] };
      default:
        return null;
    }
  }
}
