import type { DomainEvent, EventType } from '@scn/contracts';

// The other services' events this service follows, by source: each source has its read
// model (infra/), its notices (domain/), one handler (commands/) and one event controller
// (transport/) whose one method takes every type listed here.

export type PartnershipEventType = Extract<EventType, `partnership.${string}`>;
export type AnyPartnershipEvent = DomainEvent<PartnershipEventType>;
export const PARTNERSHIP_EVENT_TYPES = [
  'partnership.proposed.v1',
  'partnership.terms-amended.v1',
  'partnership.amendment-reverted.v1',
  'partnership.approved.v1',
  'partnership.activated.v1',
  'partnership.suspended.v1',
  'partnership.reactivated.v1',
  'partnership.termination-proposed.v1',
  'partnership.terminated.v1',
  'partnership.contact-changed.v1',
  'partnership.city-corrected.v1',
] as const satisfies readonly PartnershipEventType[];

/** The partnerships service's imports: one event when an import finishes. */
export type PartnershipImportEventType = Extract<EventType, `partnership-import.${string}`>;
export type AnyPartnershipImportEvent = DomainEvent<PartnershipImportEventType>;
export const PARTNERSHIP_IMPORT_EVENT_TYPES = ['partnership-import.completed.v1'] as const satisfies readonly PartnershipImportEventType[];

export type MemberProgramEventType = Extract<EventType, `member-program.${string}`>;
export type AnyMemberProgramEvent = DomainEvent<MemberProgramEventType>;
export const MEMBER_PROGRAM_EVENT_TYPES = [
  'member-program.registered.v1',
  'member-program.updated.v1',
  'member-program.standing-changed.v1',
] as const satisfies readonly MemberProgramEventType[];

export type ExchangeProgramEventType = Extract<EventType, `exchange-program.${string}`>;
export type AnyExchangeProgramEvent = DomainEvent<ExchangeProgramEventType>;
export const EXCHANGE_PROGRAM_EVENT_TYPES = [
  'exchange-program.published.v1',
  'exchange-program.updated.v1',
  'exchange-program.window-opened.v1',
  'exchange-program.window-closed.v1',
  'exchange-program.paused.v1',
  'exchange-program.resumed.v1',
  'exchange-program.cancelled.v1',
  'exchange-program.completed.v1',
] as const satisfies readonly ExchangeProgramEventType[];

/**
 * The applications service's events (issue #13): about applications, told to the applicant
 * alone; referees' and guardians' links, told to them by email; nominations, told to the
 * hosting city; the matching, told to staff (application-notices.ts). No read model of their
 * own: programs are named from the known exchange programs, the applicant reached as the
 * account the gateway announced; the offer and referee reminders are kept in `reminders`
 * (the reminders of missing requirements are timed by the applications service: its
 * `application.requirements-missing` is told as it comes).
 */
export type ApplicationEventType = Extract<
  EventType,
  `application.${string}` | `recommendation.${string}` | `guardian-consent.requested.${string}` | `nomination.${string}` | `matching.${string}`
>;
export type AnyApplicationEvent = DomainEvent<ApplicationEventType>;
export const APPLICATION_EVENT_TYPES = [
  'application.submitted.v1',
  'application.choice-withdrawn.v1',
  'application.withdrawn.v1',
  'application.decision-released.v1',
  'application.offer-made.v1',
  'application.offer-accepted.v1',
  'application.offer-declined.v1',
  'application.offer-lapsed.v1',
  'application.confirmed.v1',
  'application.requirements-missing.v1',
  'recommendation.requested.v1',
  'recommendation.received.v1',
  'recommendation.cancelled.v1',
  'guardian-consent.requested.v1',
  'nomination.requested.v1',
  'nomination.refused.v1',
  'matching.run-completed.v1',
] as const satisfies readonly ApplicationEventType[];

/**
 * The applications service's word that an applicant erased their data (`applicantId`: the
 * account id): the service drops what it holds of that person (applicant-erasure.ts).
 */
export type ApplicantEventType = Extract<EventType, `applicant.${string}`>;
export type AnyApplicantEvent = DomainEvent<ApplicantEventType>;
export const APPLICANT_EVENT_TYPES = ['applicant.erased.v1'] as const satisfies readonly ApplicantEventType[];

export type AccountEventType = Extract<EventType, `account.${string}`>;
export type AnyAccountEvent = DomainEvent<AccountEventType>;
export const ACCOUNT_EVENT_TYPES = [
  'account.invited.v1',
  'account.verification-requested.v1',
  'account.password-reset-requested.v1',
  'account.activated.v1',
  'account.roles-changed.v1',
  'account.disabled.v1',
] as const satisfies readonly AccountEventType[];
