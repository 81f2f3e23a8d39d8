import type { ExchangeCategory, PauseCauseCode, Role } from '@scn/contracts';
import type { NotificationFacts, NotificationType } from '../catalogue/notification-types';

// The shape every language's catalogue must fill in. Every message is an ICU message
// (formatted by intl-messageformat) whose arguments are the notification's facts, prepared
// by message-values.ts: dates become dates, booleans 'true'/'false', nulls 'none', codes names.
//
// Date arguments take one of these named styles (see message-formatter.ts):
//   {travelStart, date, calendar}     a calendar day (facts without a time: travel, start, due dates)
//   {applicationClosesAt, date, day}  the recipient's local day of an instant
//   {expiresAt, date, moment}         the recipient's local date and time, with the zone's name
//   {createdAt, date, brief}          short local date and time (the digest's list)
// Write apostrophes as ’ (an ASCII ' quotes ICU syntax).

/** The messages of one notification type. */
export interface MessageSet {
  /** The inbox title and email subject: short, one line. */
  title: string;
  /** The inbox line under the title: one or two short sentences. */
  summary: string;
  /** The email's paragraphs (one that formats to nothing is left out). */
  body: readonly [string, ...string[]];
}

/** Types whose facts are an emailed link (invitation, verification, reset): the email has a button. */
export type LinkNotificationType = {
  [T in NotificationType]: NotificationFacts<T> extends { url: string; expiresAt: string } ? T : never;
}[NotificationType];

/** A link type's messages also label its button. */
export interface LinkMessageSet extends MessageSet {
  action: string;
}

/** One message set per notification type: a type without its messages fails type-checking. */
export type TypeMessages = {
  [T in NotificationType]: T extends LinkNotificationType ? LinkMessageSet : MessageSet;
};

/** The fields of an exchange program whose change is announced (`changed` of dates-changed). */
export const PROGRAM_DATE_FIELDS = [
  'applicationOpensAt',
  'applicationClosesAt',
  'decisionReleaseAt',
  'offerResponseDeadline',
  'travelStart',
  'travelEnd',
] as const;
export type ProgramDateField = (typeof PROGRAM_DATE_FIELDS)[number];

/** Words the messages use for codes in the facts. */
export interface Vocabulary {
  exchangeCategories: Record<ExchangeCategory, string>;
  roles: Record<Role, string>;
  /** Names of changed program dates; `other` stands for fields not listed. */
  programDates: Record<ProgramDateField | 'other', string>;
  /**
   * Why a program was paused, by cause code: the words that complete "the program was
   * paused …" (`{cause}`; its note is `{causeNote}`, `none` without one). A new code
   * fails type-checking until every language has its words.
   */
  pauseCauses: Record<PauseCauseCode, string>;
  /** Stands for a program in an application's list of choices when its title is not known here (yet). */
  unnamedProgram: string;
  /** One waiting list an applicant is on, one a line (arguments: `title`, `position`). */
  waitlistEntry: string;
  /**
   * What an applicant must still provide for a choice, one a line, by submission rule
   * (arguments: `key`, the document's or question's key; `other`, for a rule not listed
   * here, also `field`, the item as the applications service names it).
   */
  missingRequirements: Record<MissingRequirementRule | 'other', string>;
}

/** The submission rules a missing requirement is told by (others read as `other`). */
export const MISSING_REQUIREMENT_RULES = ['documents', 'answers', 'referees', 'guardian'] as const;
export type MissingRequirementRule = (typeof MISSING_REQUIREMENT_RULES)[number];

/** Text around every message (arguments: `name`). */
export interface LayoutMessages {
  greeting: string;
  greetingWithoutName: string;
  signOff: string;
  signature: string;
  /** Above the plain link under a button. */
  actionFallback: string;
  /** Introduces the link in the plain-text part (arguments: `label`, the button's). */
  actionInText: string;
  /** Footer of messages one can opt out of. */
  footerOptional: string;
  /** Footer of critical messages, which ignore preferences. */
  footerCritical: string;
  /** Footer of critical messages about an application (decisions, offers, referees’ and guardians’ links). */
  footerCriticalApplication: string;
  /** Footer of messages one can opt out of, sent to a person without an account: the unsubscribe link follows it. */
  footerWithoutAccount: string;
  /** The text of that link (to the console's `/unsubscribe` page). */
  unsubscribeLink: string;
}

/** The daily digest (arguments: `count`). */
export interface DigestMessages {
  subject: string;
  title: string;
  summary: string;
  intro: string;
  footer: string;
}

/** Everything written in one language. */
export interface LanguageCatalogue {
  layout: LayoutMessages;
  digest: DigestMessages;
  vocabulary: Vocabulary;
  types: TypeMessages;
}
