import type { EventData } from '@scn/contracts';
import type { Audience, WebhookReach } from '../../notifying/domain/audience';
import type { EventNotice } from './event-notice';
import type { AnyApplicationEvent } from './followed-events';

/** Titles of the exchange programs this service knows, by id (a program not known yet is absent). */
export type ProgramTitles = ReadonlyMap<string, string>;

/** What the service knows of a program a nomination names: who runs it (null when it has not learnt the program). */
export interface ProgramHost {
  partnershipId: string;
  memberProgramId: string | null;
}
export type ProgramHosts = ReadonlyMap<string, ProgramHost>;

/** Where an applicant reads their application, its decision and the explanation of it. */
export const applicationPathOf = (applicationId: string) => `/v1/me/applications/${applicationId}`;
/** Where a host answers its nominations. */
export const NOMINATIONS_PATH = '/v1/nominations';
/** Where staff read a matching run with its figures and explanations. */
export const matchingRunPathOf = (runId: string) => `/v1/manage/matching-runs/${runId}`;

type Placement = { exchangeProgramId: string; side: 'member' | 'partner' };

/** The exchange programs an application event names, whose titles (and for a nomination, hosts) its notice needs. */
export function programsNamedBy(event: AnyApplicationEvent): string[] {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'application.submitted.v1':
      return (event.data as EventData<'application.submitted.v1'>).choices.map((choice) => choice.exchangeProgramId);
    case 'application.choice-withdrawn.v1':
      return [(event.data as EventData<'application.choice-withdrawn.v1'>).exchangeProgramId];
    case 'application.requirements-missing.v1':
      return [(event.data as EventData<'application.requirements-missing.v1'>).exchangeProgramId];
    case 'application.decision-released.v1': {
      const released = event.data as EventData<'application.decision-released.v1'>;
      return [...(released.placement ? [released.placement.exchangeProgramId] : []), ...released.waitlists.map((w) => w.exchangeProgramId)];
    }
    default:
      return isPlacement(data['placement']) ? [data['placement'].exchangeProgramId] : [];
  }
}

/** What is missing, as the reminder's facts keep it: the rule, the field, and the key the field names. */
export interface MissingRequirement {
  rule: string;
  field: string;
  /** The document's or question's key (`choices.0.documents.passport` → `passport`); null for the other rules. */
  key: string | null;
}

const KEYED_FIELD = /^(?:choices\.\d+\.)?(?:documents|answers)\.(.+)$/;

/**
 * One missing item of `application.requirements-missing.v1`, without its English message:
 * the messages are written in the reader's words from the rule and the key.
 */
export function missingRequirementOf(item: { field: string; rule: string }): MissingRequirement {
  const key = KEYED_FIELD.exec(item.field)?.[1] ?? null;
  return { rule: item.rule, field: item.field, key };
}

function isPlacement(value: unknown): value is Placement {
  return typeof value === 'object' && value !== null && typeof (value as Placement).exchangeProgramId === 'string';
}

/**
 * What an event of the applications service tells, or null for none.
 *
 * To the applicant alone (their account: email and inbox, in the account's language; no
 * webhook receives it: an application is personal):
 * - submitted: a confirmation naming the season and the ranked programs;
 * - choice-withdrawn: the cancelled program and its reason, and what became of the
 *   application (the rest stays, or — no choice left — it is withdrawn);
 * - withdrawn by the applicant: a confirmation with their reason;
 * - withdrawn because a program was cancelled (`cause: 'program-cancelled'`): NOTHING. It
 *   always follows the `application.choice-withdrawn.v1` of its last choice, whose
 *   notification already said that the application is withdrawn;
 * - decision-released: accepted (the place; the offer and its deadline come with
 *   offer-made), waitlisted (the programs and positions) or not accepted, and where the
 *   explanation is read;
 * - offer-made: the place and the deadline (promoted: they moved up from the waitlist);
 * - offer-lapsed, confirmed, nomination refused (with the host's reason);
 * - offer-accepted, offer-declined: nothing (the applicant's own act, answered at once);
 * - requirements-missing (7, then 2 days before a chosen program's window closes, the
 *   draft not submitted): a reminder (`reminder.requirements-missing`, in the `reminders`
 *   category like the offer's deadline) naming the program, the closing day and what is
 *   still missing for that choice, or that only the submission is left.
 *
 * To others:
 * - recommendation.requested: the referee, by email only (an address, no account needed),
 *   with the upload link; guardian-consent.requested: the guardian likewise, with the consent link;
 * - nomination.requested: the host. A partner city (`hostSide: 'partner'`): the contacts of
 *   the partnership's partner side (listed contacts and `partner-contact` accounts of its
 *   city) and the `partner-contact` accounts of `hostCityId`, email and inbox, and a webhook
 *   to that city's endpoints (and the network's); the member side: the member program's
 *   admins (the network's endpoints only);
 * - matching.run-completed: network staff, in the inbox, with the season's figures;
 * - recommendation.received, recommendation.cancelled: nothing (they stop the referee's reminder).
 */
export function applicationNoticeOf(event: AnyApplicationEvent, titles: ProgramTitles, hosts: ProgramHosts = new Map()): EventNotice | null {
  const title = (exchangeProgramId: string) => titles.get(exchangeProgramId) ?? null;
  switch (event.type) {
    case 'recommendation.requested.v1': {
      const data = event.data as EventData<'recommendation.requested.v1'>;
      return {
        type: 'recommendation.requested',
        facts: {
          ...data.uploadLink,
          applicantName: data.applicantName,
          programTitle: data.programTitle,
          exchangeProgramId: data.exchangeProgramId,
          recommendationId: data.recommendationId,
        },
        audience: { kind: 'person', email: data.referee.email, displayName: data.referee.name, language: data.language },
        webhooks: { kind: 'none' },
        channels: ['email'],
      };
    }
    case 'guardian-consent.requested.v1': {
      const data = event.data as EventData<'guardian-consent.requested.v1'>;
      return {
        type: 'guardian-consent.requested',
        facts: { ...data.consentLink, applicantName: data.applicantName, programs: data.programs },
        audience: { kind: 'person', email: data.guardian.email, displayName: data.guardian.name, language: data.language },
        webhooks: { kind: 'none' },
        channels: ['email'],
      };
    }
    case 'nomination.requested.v1':
      return nominationNoticeOf(event.data as EventData<'nomination.requested.v1'>, title, hosts);
    case 'matching.run-completed.v1': {
      const data = event.data as EventData<'matching.run-completed.v1'>;
      return {
        type: 'matching.run-completed',
        facts: {
          runId: data.runId,
          season: data.season,
          applicants: data.applicants,
          placed: data.placed,
          unplaced: Math.max(0, data.applicants - data.placed),
          programCount: data.programIds.length,
          runPath: matchingRunPathOf(data.runId),
        },
        audience: { kind: 'staff' },
        webhooks: { kind: 'none' },
        channels: ['inbox'],
      };
    }
    default: {
      const message = applicantMessageOf(event, title);
      if (!message) return null;
      const { applicantId } = event.data as { applicantId: string };
      return { ...message, audience: { kind: 'account', accountId: applicantId }, webhooks: { kind: 'none' }, channels: ['email', 'inbox'] };
    }
  }
}

/** The host of a nominee: see applicationNoticeOf. A program not learnt yet still reaches the city named by the event. */
function nominationNoticeOf(
  data: EventData<'nomination.requested.v1'>,
  title: (exchangeProgramId: string) => string | null,
  hosts: ProgramHosts,
): EventNotice | null {
  const { exchangeProgramId, side } = data.placement;
  const host = hosts.get(exchangeProgramId);
  const facts = {
    applicationId: data.applicationId,
    season: data.season,
    exchangeProgramId,
    title: title(exchangeProgramId),
    side,
    hostSide: data.hostSide,
    hostCityId: data.hostCityId,
    nominationsPath: NOMINATIONS_PATH,
  };
  if (data.hostSide === 'partner') {
    const audience: Audience[] = [];
    if (host) audience.push({ kind: 'partnership', partnershipId: host.partnershipId, sides: ['partner'] });
    if (data.hostCityId) audience.push({ kind: 'city-contacts', cityId: data.hostCityId });
    const webhooks: WebhookReach = data.hostCityId
      ? { kind: 'city', cityId: data.hostCityId }
      : host
        ? { kind: 'partnership', partnershipId: host.partnershipId }
        : { kind: 'network' };
    return { type: 'nomination.requested', facts, audience, webhooks, channels: ['email', 'inbox'] };
  }
  const audience: Audience[] = host?.memberProgramId ? [{ kind: 'program-admins', memberProgramId: host.memberProgramId }] : [];
  return { type: 'nomination.requested', facts, audience, webhooks: { kind: 'network' }, channels: ['email', 'inbox'] };
}

function applicantMessageOf(event: AnyApplicationEvent, title: (exchangeProgramId: string) => string | null): Pick<EventNotice, 'type' | 'facts'> | null {
  const place = (data: { applicationId: string; season: number; placement: Placement }) => ({
    applicationId: data.applicationId,
    season: data.season,
    exchangeProgramId: data.placement.exchangeProgramId,
    title: title(data.placement.exchangeProgramId),
    side: data.placement.side,
  });
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
    case 'application.requirements-missing.v1': {
      const data = event.data as EventData<'application.requirements-missing.v1'>;
      return {
        type: 'reminder.requirements-missing',
        facts: {
          applicationId: data.applicationId,
          season: data.season,
          exchangeProgramId: data.exchangeProgramId,
          title: title(data.exchangeProgramId),
          closesAt: data.closesAt,
          daysLeft: data.daysBefore,
          missing: data.missing.map(missingRequirementOf),
          applicationPath: applicationPathOf(data.applicationId),
        },
      };
    }
    case 'application.decision-released.v1': {
      const data = event.data as EventData<'application.decision-released.v1'>;
      return {
        type: 'application.decision-released',
        facts: {
          applicationId: data.applicationId,
          season: data.season,
          outcome: data.outcome,
          exchangeProgramId: data.placement?.exchangeProgramId ?? null,
          title: data.placement ? title(data.placement.exchangeProgramId) : null,
          side: data.placement?.side ?? null,
          waitlists: data.waitlists.map((w) => ({ exchangeProgramId: w.exchangeProgramId, title: title(w.exchangeProgramId), position: w.position })),
          applicationPath: applicationPathOf(data.applicationId),
        },
      };
    }
    case 'application.offer-made.v1': {
      const data = event.data as EventData<'application.offer-made.v1'>;
      return {
        type: 'application.offer-made',
        facts: { ...place(data), deadline: data.deadline, promoted: data.promoted, applicationPath: applicationPathOf(data.applicationId) },
      };
    }
    case 'application.offer-lapsed.v1': {
      const data = event.data as EventData<'application.offer-lapsed.v1'>;
      return { type: 'application.offer-lapsed', facts: { ...place(data), applicationPath: applicationPathOf(data.applicationId) } };
    }
    case 'application.confirmed.v1': {
      const data = event.data as EventData<'application.confirmed.v1'>;
      return { type: 'application.confirmed', facts: { ...place(data), applicationPath: applicationPathOf(data.applicationId) } };
    }
    case 'nomination.refused.v1': {
      const data = event.data as EventData<'nomination.refused.v1'>;
      return {
        type: 'application.nomination-refused',
        facts: { ...place(data), reason: data.reason, applicationPath: applicationPathOf(data.applicationId) },
      };
    }
    default:
      return null;
  }
}
