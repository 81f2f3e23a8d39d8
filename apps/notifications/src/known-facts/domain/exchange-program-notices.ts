import type { EventData } from '@scn/contracts';
import { pauseCauseOf } from '../../catalogue/pause-cause-facts';
import type { Audience } from '../../notifying/domain/audience';
import type { EventNotice } from './event-notice';
import type { AnyExchangeProgramEvent } from './followed-events';

/** What the notices read of an exchange program (a row of `known_exchange_programs` fits). */
export interface NoticedExchangeProgram {
  id: string;
  partnershipId: string;
  title: string;
  category: string;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  travelStart: Date;
  travelEnd: Date;
}

/** Fields of a program whose change is worth telling people (and moves reminders). */
const DATE_FIELDS = new Set(['applicationOpensAt', 'applicationClosesAt', 'decisionReleaseAt', 'offerResponseDeadline', 'travelStart', 'travelEnd']);

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * What an exchange program event tells, or null for none. Those who run it (the member
 * program's admins, the partner side) hear of its publication and of every change of its
 * course; people interested in it hear when its window opens, its dates change, or it is
 * paused, resumed or cancelled. The partnership's webhooks get them all.
 */
export function exchangeProgramNoticeOf(event: AnyExchangeProgramEvent, program: NoticedExchangeProgram): EventNotice | null {
  const message = messageOf(event, program);
  return message && { ...message, webhooks: { kind: 'partnership', partnershipId: program.partnershipId } };
}

function messageOf(event: AnyExchangeProgramEvent, program: NoticedExchangeProgram): Omit<EventNotice, 'webhooks'> | null {
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
    case 'exchange-program.paused.v1': {
      const paused = event.data as EventData<'exchange-program.paused.v1'>;
      return { type: 'exchange-program.paused', facts: { ...base, reason: paused.reason, cause: pauseCauseOf(paused) }, audience: [runners, interested] };
    }
    case 'exchange-program.resumed.v1':
      return { type: 'exchange-program.resumed', facts: base, audience: [runners, interested] };
    case 'exchange-program.cancelled.v1':
      return { type: 'exchange-program.cancelled', facts: { ...base, reason: data.reason }, audience: [runners, interested] };
    default:
      return null;
  }
}
