import type { NotificationFacts } from '../../catalogue/notification-types';
import { partnershipFactsOf } from '../../catalogue/partnership-facts';
import type { Audience, WebhookReach } from '../../notifying/domain/audience';
import type { PersonChannel } from '../../notifying/domain/delivery-decision';
import { offerPayloadSchema, refereePayloadSchema } from './plan-application-reminders';
import { REMINDER_TYPES, type ReminderKind } from './reminder-kinds';
import type { ExchangeProgramSubject, MemberProgramSubject, PartnershipSubject } from './reminder-subjects';
import { calendarDaysBetween, DAY_MS, isoDay } from './reminder-time';

type ReminderType = (typeof REMINDER_TYPES)[ReminderKind];

/** What a reminder tells, to whom, when it fires. */
export type ReminderNotice = {
  [T in ReminderType]: {
    type: T;
    facts: NotificationFacts<T>;
    audience: Audience | Audience[];
    webhooks?: WebhookReach;
    channels?: readonly PersonChannel[];
  };
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

/**
 * An application's reminder, from what its row recorded (applications have no read model
 * here: the events that end an offer or bring a referee's letter cancel the reminder in
 * their own transaction, so one still pending when due is still true):
 * - an offer's deadline while it is ahead (the 3-day one gives way when the 1-day one is due
 *   too, e.g. after a long outage), to the applicant; `title`: the program's, when known;
 * - a referee's, while their link has not expired, to the referee's address alone.
 */
export function decideApplicationReminder(
  kind: ReminderKind,
  subject: { applicationId: string; payload: unknown; title: string | null },
  now: Date,
): FiringDecision {
  switch (kind) {
    case 'offer-deadline-3d':
    case 'offer-deadline-1d': {
      const offer = offerPayloadSchema.safeParse(subject.payload);
      if (!offer.success) return { cancel: 'offer reminder without its facts' };
      const deadline = new Date(offer.data.deadline);
      if (deadline <= now) return { cancel: 'offer deadline passed' };
      if (kind === 'offer-deadline-3d' && deadline.getTime() - DAY_MS <= now.getTime()) return { cancel: 'superseded by the one-day reminder' };
      return {
        fire: {
          type: 'reminder.offer-deadline',
          facts: {
            applicationId: subject.applicationId,
            season: offer.data.season,
            exchangeProgramId: offer.data.exchangeProgramId,
            title: subject.title,
            side: offer.data.side,
            deadline: deadline.toISOString(),
            daysLeft: Math.ceil((deadline.getTime() - now.getTime()) / DAY_MS),
            applicationPath: `/v1/me/applications/${subject.applicationId}`,
          },
          audience: { kind: 'account', accountId: offer.data.applicantId },
          webhooks: { kind: 'none' },
        },
      };
    }
    case 'recommendation-unanswered': {
      const referee = refereePayloadSchema.safeParse(subject.payload);
      if (!referee.success) return { cancel: 'referee reminder without its facts' };
      if (new Date(referee.data.expiresAt) <= now) return { cancel: 'upload link expired' };
      return {
        fire: {
          type: 'reminder.recommendation-unanswered',
          facts: {
            url: referee.data.url,
            expiresAt: referee.data.expiresAt,
            applicantName: referee.data.applicantName,
            programTitle: referee.data.programTitle,
            exchangeProgramId: referee.data.exchangeProgramId,
            recommendationId: referee.data.recommendationId,
          },
          audience: { kind: 'person', email: referee.data.refereeEmail, displayName: referee.data.refereeName, language: referee.data.language },
          webhooks: { kind: 'none' },
          channels: ['email'],
        },
      };
    }
    default:
      return { cancel: `not an application reminder: ${kind}` };
  }
}
