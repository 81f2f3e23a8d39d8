import type { EventData } from '@scn/contracts';
import type { EventNotice } from './event-notice';
import type { AnyApplicationEvent } from './followed-events';

/** Titles of the exchange programs this service knows, by id (a program not known yet is absent). */
export type ProgramTitles = ReadonlyMap<string, string>;

/** The exchange programs an application event names, whose titles its notice needs. */
export function programsNamedBy(event: AnyApplicationEvent): string[] {
  switch (event.type) {
    case 'application.submitted.v1':
      return (event.data as EventData<'application.submitted.v1'>).choices.map((choice) => choice.exchangeProgramId);
    case 'application.choice-withdrawn.v1':
      return [(event.data as EventData<'application.choice-withdrawn.v1'>).exchangeProgramId];
    default:
      return [];
  }
}

/**
 * What an application event tells, or null for none. Only the applicant is told (their
 * account: email and inbox, in the account's language), and no webhook receives it: an
 * application is personal, webhooks are for partner cities and the network.
 *
 * - submitted: a confirmation naming the season and the ranked programs;
 * - choice-withdrawn: the cancelled program and its reason, and what became of the
 *   application (the rest stays, or — no choice left — it is withdrawn);
 * - withdrawn by the applicant: a confirmation with their reason;
 * - withdrawn because a program was cancelled (`cause: 'program-cancelled'`): NOTHING. It
 *   always follows the `application.choice-withdrawn.v1` of its last choice, whose
 *   notification already said that the application is withdrawn; a second message would
 *   tell the applicant the same news twice.
 */
export function applicationNoticeOf(event: AnyApplicationEvent, titles: ProgramTitles): EventNotice | null {
  const message = messageOf(event, titles);
  return (
    message && {
      ...message,
      audience: { kind: 'account', accountId: event.data.applicantId },
      webhooks: { kind: 'none' },
      channels: ['email', 'inbox'],
    }
  );
}

function messageOf(event: AnyApplicationEvent, titles: ProgramTitles): Pick<EventNotice, 'type' | 'facts'> | null {
  const title = (exchangeProgramId: string) => titles.get(exchangeProgramId) ?? null;
  switch (event.type) {
    case 'application.submitted.v1': {
      const data = event.data as EventData<'application.submitted.v1'>;
      return {
        type: 'application.submitted',
        facts: {
          applicationId: data.applicationId,
          season: data.season,
          choices: data.choices.map((choice, index) => ({ rank: index + 1, exchangeProgramId: choice.exchangeProgramId, title: title(choice.exchangeProgramId) })),
        },
      };
    }
    case 'application.choice-withdrawn.v1': {
      const data = event.data as EventData<'application.choice-withdrawn.v1'>;
      return {
        type: 'application.choice-withdrawn',
        facts: {
          applicationId: data.applicationId,
          season: data.season,
          exchangeProgramId: data.exchangeProgramId,
          title: title(data.exchangeProgramId),
          reason: data.reason,
          remainingChoices: data.remainingChoices,
        },
      };
    }
    case 'application.withdrawn.v1': {
      const data = event.data as EventData<'application.withdrawn.v1'>;
      // Withdrawn because its last chosen program was cancelled: told by that choice's
      // notification (application.choice-withdrawn, remainingChoices 0), not again here.
      if (data.cause !== 'applicant') return null;
      return { type: 'application.withdrawn', facts: { applicationId: data.applicationId, season: data.season, reason: data.reason } };
    }
    default:
      return null;
  }
}
