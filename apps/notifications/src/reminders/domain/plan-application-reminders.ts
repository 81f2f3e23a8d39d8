import type { EventData } from '@scn/contracts';
import { z } from 'zod';
import { APPLICATION_KINDS, OFFER_KINDS, RECOMMENDATION_KINDS, reminderId, type ReminderKind } from './reminder-kinds';
import type { ExistingReminder, PlannedReminder, ReminderPlan } from './reminder-plan';
import { DAY_MS } from './reminder-time';

/** How long a referee has before they are reminded, once, of a letter not sent. */
export const REFEREE_REMINDER_DAYS = 7;

/** An event of the applications service as reminders read it (the envelope's type, time and data). */
export interface ApplicationEventInput {
  type: string;
  time: string;
  data: unknown;
}

/**
 * A plan about some reminders of an application: `only` picks, among the application's rows
 * of the plan's kinds, those this event speaks for (one referee's, or the offer of one
 * place); the other rows are left alone.
 */
export interface ApplicationReminderPlan extends ReminderPlan {
  only?: (row: ExistingReminder) => boolean;
}

/** What an offer's reminders record: enough to tell the applicant when they fire. */
export const offerPayloadSchema = z.object({
  applicantId: z.string(),
  season: z.number().int(),
  exchangeProgramId: z.string(),
  side: z.enum(['member', 'partner']),
  deadline: z.iso.datetime(),
});
/** What a referee's reminder records: whom to remind, with the link they were sent. */
export const refereePayloadSchema = z.object({
  recommendationId: z.string(),
  exchangeProgramId: z.string(),
  refereeEmail: z.string(),
  refereeName: z.string(),
  language: z.string(),
  applicantName: z.string(),
  programTitle: z.string(),
  url: z.string(),
  expiresAt: z.iso.datetime(),
});

type Placement = { exchangeProgramId: string; side: string };

/** Why an offer's reminders are no longer wanted, by the event that ends the offer of a place. */
const OFFER_ENDED_BY: Partial<Record<string, string>> = {
  'application.offer-accepted.v1': 'offer accepted',
  'application.offer-declined.v1': 'offer declined',
  'application.offer-lapsed.v1': 'offer lapsed',
  'application.confirmed.v1': 'place confirmed',
  'nomination.refused.v1': 'nomination refused by the host city',
};

const unwantedAll = (kinds: readonly ReminderKind[], reason: string) => Object.fromEntries(kinds.map((kind) => [kind, reason]));

/**
 * The reminders an event of the applications service plans or ends, or null when it touches none:
 * - `application.offer-made`: the offer's deadline, 3 days and 1 day before it (ids
 *   `offer-deadline-3d_<application>`, `…-1d_…`; a new offer — a promotion — moves them to its
 *   deadline; a time already past is not planned);
 * - the offer ended (accepted, declined, lapsed, confirmed, refused by the host): its
 *   reminders are cancelled — only those of that place, so the end of a lower place left on
 *   promotion never cancels the new offer's;
 * - `application.withdrawn`: every reminder of the application;
 * - `recommendation.requested`: the referee is reminded 7 days after the request
 *   (`recommendation-unanswered_<recommendation>`), unless `recommendation.received` (the
 *   letter) or `recommendation.cancelled` (the applicant removed the referee) comes first.
 */
export function planApplicationReminders(event: ApplicationEventInput): ApplicationReminderPlan | null {
  const data = event.data as { applicationId?: string };
  if (typeof data.applicationId !== 'string') return null;
  const subjectId = data.applicationId;
  switch (event.type) {
    case 'application.offer-made.v1': {
      const offer = event.data as EventData<'application.offer-made.v1'>;
      const deadline = Date.parse(offer.deadline);
      const payload = {
        applicantId: offer.applicantId,
        season: offer.season,
        exchangeProgramId: offer.placement.exchangeProgramId,
        side: offer.placement.side,
        deadline: new Date(deadline).toISOString(),
      };
      const wanted: PlannedReminder[] = [
        { kind: 'offer-deadline-3d' as const, days: 3 },
        { kind: 'offer-deadline-1d' as const, days: 1 },
      ].map(({ kind, days }) => ({ id: reminderId(kind, subjectId), kind, subjectId, dueAt: new Date(deadline - days * DAY_MS), payload }));
      return { subjectId, kinds: OFFER_KINDS, wanted, unwanted: {} };
    }
    case 'application.withdrawn.v1':
      return { subjectId, kinds: APPLICATION_KINDS, wanted: [], unwanted: unwantedAll(APPLICATION_KINDS, 'application withdrawn') };
    case 'recommendation.requested.v1': {
      const request = event.data as EventData<'recommendation.requested.v1'>;
      const id = reminderId('recommendation-unanswered', request.recommendationId);
      return {
        subjectId,
        kinds: RECOMMENDATION_KINDS,
        wanted: [
          {
            id,
            kind: 'recommendation-unanswered',
            subjectId,
            dueAt: new Date(Date.parse(event.time) + REFEREE_REMINDER_DAYS * DAY_MS),
            payload: {
              recommendationId: request.recommendationId,
              exchangeProgramId: request.exchangeProgramId,
              refereeEmail: request.referee.email,
              refereeName: request.referee.name,
              language: request.language,
              applicantName: request.applicantName,
              programTitle: request.programTitle,
              url: request.uploadLink.url,
              expiresAt: request.uploadLink.expiresAt,
            },
          },
        ],
        unwanted: {},
        only: (row) => row.id === id,
      };
    }
    case 'recommendation.received.v1': {
      const id = reminderId('recommendation-unanswered', (event.data as EventData<'recommendation.received.v1'>).recommendationId);
      return { subjectId, kinds: RECOMMENDATION_KINDS, wanted: [], unwanted: unwantedAll(RECOMMENDATION_KINDS, 'letter received'), only: (row) => row.id === id };
    }
    case 'recommendation.cancelled.v1': {
      // The applicant removed the referee: a reminder would ask a letter nobody wants, by a link that no longer works.
      const id = reminderId('recommendation-unanswered', (event.data as EventData<'recommendation.cancelled.v1'>).recommendationId);
      return { subjectId, kinds: RECOMMENDATION_KINDS, wanted: [], unwanted: unwantedAll(RECOMMENDATION_KINDS, 'referee removed'), only: (row) => row.id === id };
    }
    default: {
      const reason = OFFER_ENDED_BY[event.type];
      if (!reason) return null;
      const { placement } = event.data as { placement: Placement };
      return {
        subjectId,
        kinds: OFFER_KINDS,
        wanted: [],
        unwanted: unwantedAll(OFFER_KINDS, reason),
        only: (row) => {
          const payload = row.payload as Partial<Placement> | null;
          return payload?.exchangeProgramId === placement.exchangeProgramId && payload?.side === placement.side;
        },
      };
    }
  }
}
