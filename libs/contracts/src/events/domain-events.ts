import { z } from 'zod';
import { exchangeDirectionSchema, RESIDENCE_RULES } from '../exchanges/exchange-programs.rpc';
import { pauseCauseSchema } from '../exchanges/pause-cause';
import { roleGrantSchema } from '../identity/roles';
import { agreementSideSchema, contactSchema, exchangeCategorySchema, partnershipKindSchema } from '../partnerships/common';
import { defineEventCatalogue } from './catalogue';

// The platform's domain events, declared once. Shapes marked "first cut" carry the
// identifiers every consumer needs; the issue that owns each context extends them
// (additive fields keep v1; a breaking change becomes .v2 beside .v1).
// Consumers read tolerantly: unknown fields are ignored, so additions never break them.

const uuid = z.uuid();
/** Which partnership, and the member program and cities it links (the program may be unknown for imported records). */
const partnershipRef = z.object({
  partnershipId: uuid,
  memberProgramId: uuid.nullable(),
  memberCityId: z.string(),
  partnerCityId: z.string(),
  /** ISO 3166-1 alpha-2 of each city: consumers filter by country without a gazetteer of their own. */
  memberCountryCode: z.string().length(2),
  partnerCountryCode: z.string().length(2),
  /** For messages (added in issue #6; absent from earlier events): the agreement's title and the cities' names. */
  title: z.string().optional(),
  memberCityName: z.string().optional(),
  partnerCityName: z.string().optional(),
});
const memberProgramRef = z.object({ memberProgramId: uuid });
const memberProgramState = z.object({
  name: z.string(),
  cityId: z.string(),
  countryCode: z.string().length(2),
  contacts: z.array(contactSchema),
  membership: z.enum(['member', 'lapsed', 'withdrawn']),
  duesPaidThrough: z.int().nullable(),
  inGoodStanding: z.boolean(),
});
const versionRef = z.object({ version: z.int().positive(), termsHash: z.string().regex(/^[0-9a-f]{64}$/) });
/** Which exchange program: the partnership and member program it belongs to, and what it is. */
const exchangeProgramRef = z.object({
  exchangeProgramId: uuid,
  partnershipId: uuid,
  memberProgramId: uuid.nullable(),
  season: z.int(),
  category: exchangeCategorySchema,
  title: z.string(),
});
/** The dates and places of a program, so consumers can schedule reminders and check applications. */
const exchangeProgramSchedule = z.object({
  applicationOpensAt: z.iso.datetime(),
  applicationClosesAt: z.iso.datetime(),
  decisionReleaseAt: z.iso.datetime().nullable(),
  offerResponseDeadline: z.iso.datetime().nullable(),
  travelStart: z.iso.date(),
  travelEnd: z.iso.date(),
  capacity: z.object({ member: z.int().min(0), partner: z.int().min(0) }),
  // Added in issue #13 (absent from earlier events): what the applications service checks
  // a submission against, and where the participants travel from.
  direction: exchangeDirectionSchema.optional(),
  languages: z.array(z.string()).optional(),
  memberCityId: z.string().optional(),
  partnerCityId: z.string().optional(),
  memberCountryCode: z.string().length(2).nullable().optional(),
  partnerCountryCode: z.string().length(2).nullable().optional(),
  eligibility: z
    .object({
      minAge: z.int(),
      maxAge: z.int(),
      residence: z.enum(RESIDENCE_RULES),
      languages: z.array(z.string()),
      requiredDocuments: z.array(z.string()),
      maxApplicationsPerSeason: z.int(),
    })
    .optional(),
});
const withReason = z.object({ reason: z.string().min(1).max(500) });
const accountRef = z.object({
  accountId: uuid,
  email: z.email(),
  displayName: z.string(),
  /** BCP 47 language the person reads (templates are chosen by it). */
  language: z.string(),
});
/** Which notification, what kind, and how many tries it took (issue #6). */
const notificationRef = z.object({
  notificationId: uuid,
  channel: z.enum(['email', 'webhook', 'inbox']),
  type: z.string(),
  attempts: z.int().min(0),
  recipientId: uuid.nullable(),
  endpointId: uuid.nullable(),
});
/** A place: which program, and the side of its partnership the participant travels from. */
const placementRef = z.object({ exchangeProgramId: uuid, side: agreementSideSchema });
/** Which application, whose, and which season (the applicant id is their account id). */
const applicationRef = z.object({ applicationId: uuid, applicantId: uuid, season: z.int() });
/** A one-time link sent by email. Its token is single-use and short-lived (see docs/identity.md). */
const emailedLink = z.object({ url: z.url(), expiresAt: z.iso.datetime() });

export const domainEvents = defineEventCatalogue({
  // partnerships: member programs (issue #4)
  'member-program.registered.v1': { source: 'partnerships', data: memberProgramRef.extend(memberProgramState.shape) },
  'member-program.updated.v1': {
    source: 'partnerships',
    data: memberProgramRef.extend(memberProgramState.shape).extend({ changed: z.array(z.string()) }),
  },
  'member-program.standing-changed.v1': { source: 'partnerships', data: memberProgramRef.extend(memberProgramState.shape) },
  // partnerships: the partnership lifecycle (issue #4)
  'partnership.proposed.v1': {
    source: 'partnerships',
    data: partnershipRef.extend(versionRef.shape).extend({
      kind: partnershipKindSchema,
      focusAreas: z.array(exchangeCategorySchema),
      /** The contacts of each side when proposed (added in issue #6; absent from earlier events). */
      memberContacts: z.array(contactSchema).optional(),
      partnerContacts: z.array(contactSchema).optional(),
    }),
  },
  'partnership.terms-amended.v1': { source: 'partnerships', data: partnershipRef.extend(versionRef.shape) },
  /** A pending amendment was withdrawn: the version in force stays (`version` is the withdrawn one). */
  'partnership.amendment-reverted.v1': {
    source: 'partnerships',
    data: partnershipRef.extend({ version: z.int().positive(), inForceVersion: z.int().positive() }),
  },
  'partnership.approved.v1': {
    source: 'partnerships',
    data: partnershipRef.extend(versionRef.shape).extend({ side: agreementSideSchema, signatoryName: z.string(), signatoryOffice: z.string() }),
  },
  /**
   * Both sides approved `version`: it is in force (first signing, or an amendment).
   * `imported` (added in issue #14; absent from earlier events, and from partnerships
   * signed on the platform): an existing partnership loaded by an import, not news —
   * consumers learn it like any other, the notifications service announces none of them
   * (the import's one `partnership-import.completed.v1` does).
   */
  'partnership.activated.v1': {
    source: 'partnerships',
    data: partnershipRef
      .extend(versionRef.shape)
      .extend({ startDate: z.iso.date().nullable(), firstSigning: z.boolean(), imported: z.boolean().optional() }),
  },
  'partnership.suspended.v1': { source: 'partnerships', data: partnershipRef.extend(withReason.shape) },
  'partnership.reactivated.v1': { source: 'partnerships', data: partnershipRef },
  'partnership.termination-proposed.v1': {
    source: 'partnerships',
    data: partnershipRef.extend(withReason.shape).extend({ side: agreementSideSchema }),
  },
  'partnership.terminated.v1': { source: 'partnerships', data: partnershipRef.extend(withReason.shape) },
  'partnership.contact-changed.v1': {
    source: 'partnerships',
    data: partnershipRef.extend({ side: agreementSideSchema, contacts: z.array(contactSchema) }),
  },
  /**
   * Staff corrected the city of one side of an imported partnership (issue #14): `side`
   * now links `toCityId` instead of `fromCityId`; the ref carries the new cities, countries
   * and names (and the member program, when the member side moved). Not news: read models
   * update, nobody is told.
   */
  'partnership.city-corrected.v1': {
    source: 'partnerships',
    data: partnershipRef.extend({ side: agreementSideSchema, fromCityId: z.string(), toCityId: z.string() }),
  },
  // partnerships: imports (issue #14)
  /**
   * An import finished (the job is completed, in the transaction that says so): its counts,
   * who started it and the file. A dry run (`dryRun`) finished too: its counts are what
   * committing the file would do, and nothing was written.
   */
  'partnership-import.completed.v1': {
    source: 'partnerships',
    data: z.object({
      importId: uuid,
      fileName: z.string().nullable(),
      /** The account that started it (told when it finishes). */
      createdBy: z.string().nullable(),
      dryRun: z.boolean(),
      rows: z.int().min(0),
      created: z.int().min(0),
      unchanged: z.int().min(0),
      /** Rows listed in the report (not loaded, or loaded with something to check). */
      reported: z.int().min(0),
      ambiguous: z.int().min(0),
    }),
  },
  // exchanges (issue #5): what applications and notifications need to know of a program
  'exchange-program.published.v1': { source: 'exchanges', data: exchangeProgramRef.extend(exchangeProgramSchedule.shape) },
  /** Dates, capacity or other fields of a published program changed (`changed` names them). */
  'exchange-program.updated.v1': {
    source: 'exchanges',
    data: exchangeProgramRef.extend(exchangeProgramSchedule.shape).extend({ changed: z.array(z.string()) }),
  },
  'exchange-program.window-opened.v1': { source: 'exchanges', data: exchangeProgramRef.extend(exchangeProgramSchedule.shape) },
  'exchange-program.window-closed.v1': { source: 'exchanges', data: exchangeProgramRef.extend(exchangeProgramSchedule.shape) },
  /**
   * No new applications while paused (its partnership was suspended, or its managers paused
   * it). `cause` says why as data (added in issue #12; absent from earlier events, whose
   * `reason` was English text); `reason` stays for consumers that predate it: the cause's
   * note, or its code when there is none.
   */
  'exchange-program.paused.v1': {
    source: 'exchanges',
    data: exchangeProgramRef.extend(withReason.shape).extend({ cause: pauseCauseSchema.optional() }),
  },
  'exchange-program.resumed.v1': { source: 'exchanges', data: exchangeProgramRef },
  'exchange-program.cancelled.v1': { source: 'exchanges', data: exchangeProgramRef.extend(withReason.shape) },
  'exchange-program.completed.v1': { source: 'exchanges', data: exchangeProgramRef },
  // applications (issue #13): applications to exchange programs
  'application.submitted.v1': {
    source: 'applications',
    data: applicationRef.extend({ choices: z.array(z.object({ exchangeProgramId: uuid, side: agreementSideSchema })) }),
  },
  /**
   * An application left the season before travel: withdrawn by the applicant, or because a
   * chosen program was cancelled (`exchangeProgramId` names it, `reason` is the program's).
   */
  'application.withdrawn.v1': {
    source: 'applications',
    data: applicationRef.extend({
      reason: z.string(),
      cause: z.enum(['applicant', 'program-cancelled']),
      exchangeProgramId: uuid.nullable(),
    }),
  },
  /**
   * A chosen program was cancelled: the choice left the application (the ranks below it
   * move up). When it was the last one, `application.withdrawn.v1` follows.
   */
  'application.choice-withdrawn.v1': {
    source: 'applications',
    data: applicationRef.extend({ exchangeProgramId: uuid, reason: z.string(), remainingChoices: z.int().min(0) }),
  },
  /**
   * The applicant named a referee for a choice: the notifications service emails them
   * `uploadLink` (signed, expiring), by which they upload their letter without an account.
   */
  'recommendation.requested.v1': {
    source: 'applications',
    data: applicationRef.extend({
      recommendationId: uuid,
      exchangeProgramId: uuid,
      programTitle: z.string(),
      applicantName: z.string(),
      referee: z.object({ name: z.string(), email: z.string() }),
      /** The language the applicant reads (the referee's email is written in it). */
      language: z.string(),
      uploadLink: emailedLink,
    }),
  },
  /**
   * The applicant no longer names this referee (their recommendation is cancelled): the
   * referee's link stops working, and nobody reminds them of a letter no longer wanted.
   */
  'recommendation.cancelled.v1': {
    source: 'applications',
    data: applicationRef.extend({ recommendationId: uuid, exchangeProgramId: uuid }),
  },
  /** A referee's letter arrived: the applicant may be told it was received (never shown it). */
  'recommendation.received.v1': {
    source: 'applications',
    data: applicationRef.extend({ recommendationId: uuid, exchangeProgramId: uuid }),
  },
  /**
   * A minor's guardian is asked to consent (at submission, or when the applicant asks):
   * the notifications service emails them `consentLink` (signed, expiring; no account needed).
   */
  'guardian-consent.requested.v1': {
    source: 'applications',
    data: z.object({
      applicantId: uuid,
      applicantName: z.string(),
      guardian: z.object({ name: z.string(), email: z.string() }),
      language: z.string(),
      programs: z.array(z.object({ exchangeProgramId: uuid, title: z.string() })),
      consentLink: emailedLink,
    }),
  },
  /** The guardian consented (when, and from which network address, is kept in the applicant's profile). */
  'guardian-consent.given.v1': { source: 'applications', data: z.object({ applicantId: uuid, givenAt: z.iso.datetime() }) },
  /**
   * The applicant erased their data (`applicantId`: their account id): the applications
   * service kept only anonymous counts. Every service drops what it holds of that person
   * (the gateway the account, notifications the recipient's messages and preferences).
   */
  'applicant.erased.v1': { source: 'applications', data: z.object({ applicantId: uuid, erasedAt: z.iso.datetime() }) },
  /**
   * A draft that chose a program is not submitted and its window closes in `daysBefore`
   * days (7, then 2): `missing` lists what the applicant must still provide for that
   * choice (documents, answers, referees, a guardian), empty when only the submission is
   * left. One per draft and mark.
   */
  'application.requirements-missing.v1': {
    source: 'applications',
    data: applicationRef.extend({
      exchangeProgramId: uuid,
      closesAt: z.iso.datetime(),
      daysBefore: z.int().min(1),
      missing: z.array(z.object({ field: z.string(), rule: z.string(), message: z.string() })),
    }),
  },
  /**
   * The applicant's decision is out (on the latest decision date of their choices, never
   * before): `outcome` is accepted (a place: `placement`), waitlisted (on `waitlists`) or
   * not accepted; `explanations` say why not each choice above the placement.
   */
  'application.decision-released.v1': {
    source: 'applications',
    data: applicationRef.extend({
      outcome: z.enum(['accepted', 'waitlisted', 'not_accepted']),
      placement: placementRef.nullable(),
      waitlists: z.array(z.object({ exchangeProgramId: uuid, position: z.int().min(1) })),
      explanations: z.array(z.object({ exchangeProgramId: uuid, choiceRank: z.int(), explanation: z.record(z.string(), z.unknown()) })),
    }),
  },
  /** A place is offered (at release, or on promotion from a waitlist): accept or decline before `deadline`. */
  'application.offer-made.v1': {
    source: 'applications',
    data: applicationRef.extend({ placement: placementRef, deadline: z.iso.datetime(), promoted: z.boolean() }),
  },
  'application.offer-accepted.v1': { source: 'applications', data: applicationRef.extend({ placement: placementRef }) },
  'application.offer-declined.v1': { source: 'applications', data: applicationRef.extend({ placement: placementRef, reason: z.string().nullable() }) },
  /** The deadline passed without an answer: the place goes to the next on the waitlist. */
  'application.offer-lapsed.v1': { source: 'applications', data: applicationRef.extend({ placement: placementRef }) },
  /** The applicant accepted and the host city accepted the nomination: the place is theirs. */
  'application.confirmed.v1': { source: 'applications', data: applicationRef.extend({ placement: placementRef }) },
  /**
   * A placed participant is nominated to the city that hosts them (`hostSide`: the partner
   * city for member-side travellers, the member city for partner-side ones), whose
   * contacts accept or refuse them.
   */
  'nomination.requested.v1': {
    source: 'applications',
    data: applicationRef.extend({ placement: placementRef, hostSide: agreementSideSchema, hostCityId: z.string().nullable() }),
  },
  'nomination.accepted.v1': { source: 'applications', data: applicationRef.extend({ placement: placementRef }) },
  /** The host refused the nominee (`reason` is theirs): the place goes to the next on the waitlist. */
  'nomination.refused.v1': { source: 'applications', data: applicationRef.extend({ placement: placementRef, reason: z.string() }) },
  /**
   * A season's matching was committed: its places are allocated (decisions are released
   * to applicants later, on each program's decision date). `programIds` are the season's
   * programs the run allocated.
   */
  'matching.run-completed.v1': {
    source: 'applications',
    data: z.object({
      runId: uuid,
      season: z.int(),
      seed: z.string(),
      applicants: z.int().min(0),
      placed: z.int().min(0),
      programIds: z.array(uuid),
    }),
  },
  // gateway: identity (issue #3). Emails of invitations, verifications and resets are sent
  // by the notifications service from these; roles let it know who administers what.
  'account.invited.v1': {
    source: 'gateway',
    data: accountRef.extend({ grants: z.array(roleGrantSchema), invitedBy: uuid, acceptLink: emailedLink }),
  },
  'account.verification-requested.v1': { source: 'gateway', data: accountRef.extend({ verifyLink: emailedLink }) },
  'account.password-reset-requested.v1': { source: 'gateway', data: accountRef.extend({ resetLink: emailedLink }) },
  'account.activated.v1': { source: 'gateway', data: accountRef.extend({ grants: z.array(roleGrantSchema) }) },
  'account.roles-changed.v1': { source: 'gateway', data: accountRef.extend({ grants: z.array(roleGrantSchema) }) },
  'account.disabled.v1': { source: 'gateway', data: accountRef },
  // notifications (first cut; issue #6)
  /** A notification reached its target: accepted by the mail relay, answered 2xx by the webhook receiver, or in the inbox. */
  'notification.delivered.v1': { source: 'notifications', data: notificationRef },
  /** A notification's delivery was given up (tries exhausted, or refused for good): `error` says why. */
  'notification.failed.v1': { source: 'notifications', data: notificationRef.extend({ error: z.string() }) },
});

export type DomainEvents = typeof domainEvents;
