import type { NotificationFacts } from '../../catalogue/notification-types';
import { partnershipFactsOf } from '../../catalogue/partnership-facts';
import type { Audience, WebhookReach } from '../../notifying/domain/audience';
import { REMINDER_TYPES, type ReminderKind } from './reminder-kinds';
import type { ExchangeProgramSubject, MemberProgramSubject, PartnershipSubject } from './reminder-subjects';
import { calendarDaysBetween, DAY_MS, isoDay } from './reminder-time';

type ReminderType = (typeof REMINDER_TYPES)[ReminderKind];

/** What a reminder tells, to whom, when it fires. */
export type ReminderNotice = {
  [T in ReminderType]: { type: T; facts: NotificationFacts<T>; audience: Audience | Audience[]; webhooks?: WebhookReach };
}[ReminderType];

/** Fire (the condition still holds), or cancel with why. */
export type FiringDecision = { fire: ReminderNotice } | { cancel: string };

/** Statuses in which people can still apply: a window-closing reminder is worth sending. */
const TAKING_APPLICATIONS: ReadonlySet<string> = new Set(['published', 'open']);
/** Statuses in which the decision and the travel are still ahead and the program goes on. */
const GOING_AHEAD: ReadonlySet<string> = new Set(['published', 'open', 'closed', 'allocated']);

/**
 * Whether an exchange program's reminder still holds at `now`, from the read model as it
 * is when it fires: a window-closing one while the program takes applications and the
 * window is not closed (the 7-day one gives way when the 1-day one is due too, e.g. after a
 * long outage); decision and travel ones while the program goes ahead (not paused,
 * cancelled or completed) and the travel has not started.
 */
export function decideProgramReminder(kind: ReminderKind, program: ExchangeProgramSubject | null, now: Date): FiringDecision {
  if (!program) return { cancel: 'exchange program unknown' };
  const facts = { exchangeProgramId: program.id, partnershipId: program.partnershipId, title: program.title, category: program.category };
  const closesAt = program.applicationClosesAt;
  switch (kind) {
    case 'window-closing-7d':
    case 'window-closing-1d': {
      if (!TAKING_APPLICATIONS.has(program.status)) return { cancel: `exchange program ${program.status}` };
      if (closesAt <= now) return { cancel: 'application window already closed' };
      if (kind === 'window-closing-7d' && closesAt.getTime() - DAY_MS <= now.getTime()) {
        return { cancel: 'superseded by the one-day reminder' };
      }
      return {
        fire: {
          type: 'reminder.application-window-closing',
          facts: { ...facts, applicationClosesAt: closesAt.toISOString(), daysLeft: Math.ceil((closesAt.getTime() - now.getTime()) / DAY_MS) },
          audience: { kind: 'program-interest', exchangeProgramId: program.id },
        },
      };
    }
    case 'decision-release':
      if (!GOING_AHEAD.has(program.status)) return { cancel: `exchange program ${program.status}` };
      if (!program.decisionReleaseAt) return { cancel: 'no decision release date' };
      return {
        fire: {
          type: 'reminder.decision-release',
          facts: { ...facts, decisionReleaseAt: program.decisionReleaseAt.toISOString() },
          audience: { kind: 'exchange-program', exchangeProgramId: program.id },
          webhooks: { kind: 'partnership', partnershipId: program.partnershipId },
        },
      };
    case 'travel-approaching': {
      if (!GOING_AHEAD.has(program.status)) return { cancel: `exchange program ${program.status}` };
      const daysLeft = calendarDaysBetween(now, program.travelStart);
      if (daysLeft <= 0) return { cancel: 'travel already started' };
      return {
        fire: {
          type: 'reminder.travel-approaching',
          facts: { ...facts, travelStart: isoDay(program.travelStart), daysLeft },
          audience: [
            { kind: 'exchange-program', exchangeProgramId: program.id },
            { kind: 'program-interest', exchangeProgramId: program.id },
          ],
          webhooks: { kind: 'partnership', partnershipId: program.partnershipId },
        },
      };
    }
    default:
      return { cancel: `not an exchange program reminder: ${kind}` };
  }
}

/**
 * The anniversary falling on `dueAt` still holds while the partnership is active (a
 * suspended one skips this year's) and has its start date; it counts the years since.
 */
export function decideAnniversary(partnership: PartnershipSubject | null, dueAt: Date): FiringDecision {
  if (!partnership) return { cancel: 'partnership unknown' };
  if (partnership.status !== 'active') return { cancel: `partnership ${partnership.status}` };
  if (!partnership.startDate) return { cancel: 'partnership has no start date' };
  return {
    fire: {
      type: 'reminder.partnership-anniversary',
      facts: {
        ...partnershipFactsOf(partnership),
        startDate: isoDay(partnership.startDate),
        years: dueAt.getUTCFullYear() - partnership.startDate.getUTCFullYear(),
      },
      audience: { kind: 'partnership', partnershipId: partnership.id, sides: ['member', 'partner'] },
      webhooks: { kind: 'partnership', partnershipId: partnership.id },
    },
  };
}

/**
 * The dues reminder due on `dueAt` (2 December of the last paid year) still holds while the
 * program is a member and has not paid the coming year meanwhile.
 */
export function decideDuesReminder(program: MemberProgramSubject | null, dueAt: Date): FiringDecision {
  if (!program) return { cancel: 'member program unknown' };
  if (program.membership !== 'member') return { cancel: `membership ${program.membership}` };
  const dueYear = dueAt.getUTCFullYear() + 1;
  if (program.duesPaidThrough !== null && program.duesPaidThrough >= dueYear) {
    return { cancel: `dues already paid through ${program.duesPaidThrough}` };
  }
  return {
    fire: {
      type: 'reminder.dues-due',
      facts: { memberProgramId: program.id, name: program.name, duesPaidThrough: program.duesPaidThrough, dueDate: `${dueYear}-01-01` },
      audience: { kind: 'member-program', memberProgramId: program.id },
    },
  };
}
