import { pauseCauseSchema } from '@scn/contracts';
import { z } from 'zod';
import type { NotificationCategory } from './categories';

// Every kind of notification, declared once: its preference category, whether it is
// critical (ignores opt-outs, quiet hours and the digest), and the facts its templates are
// made from (stored on the notification as its payload, sent as the webhook's data).
// Templates: apps/notifications/src/templates (one message catalogue per language).

const isoDateTime = z.iso.datetime();
const isoDate = z.iso.date();

/** A partnership as messages name it: city names when known, else their ids. */
const partnershipFacts = z.object({
  partnershipId: z.uuid(),
  title: z.string().nullable(),
  memberCity: z.string(),
  partnerCity: z.string(),
  memberCountryCode: z.string().length(2),
  partnerCountryCode: z.string().length(2),
});
const exchangeProgramFacts = z.object({
  exchangeProgramId: z.uuid(),
  partnershipId: z.uuid(),
  title: z.string(),
  category: z.string(),
});
const applicationFacts = z.object({ applicationId: z.uuid(), season: z.int() });
const side = z.enum(['member', 'partner']);
/** A place in an exchange program: which, its title when known here, and the side the participant travels from. */
const placeFacts = applicationFacts.extend({ exchangeProgramId: z.uuid(), title: z.string().nullable(), side });
const reason = z.object({ reason: z.string() });
const link = z.object({ url: z.url(), expiresAt: isoDateTime });

function type<C extends NotificationCategory, S extends z.ZodObject>(category: C, facts: S, critical = false) {
  return { category, critical, facts };
}

export const NOTIFICATION_TYPES = {
  'account.invited': type('account', link.extend({ roles: z.array(z.string()) }), true),
  'account.verify-email': type('account', link, true),
  'account.password-reset': type('account', link, true),

  'partnership.proposed': type('partnerships', partnershipFacts.extend({ version: z.int() })),
  'partnership.terms-amended': type('partnerships', partnershipFacts.extend({ version: z.int() })),
  'partnership.approved': type(
    'partnerships',
    partnershipFacts.extend({ version: z.int(), side, signatoryName: z.string(), signatoryOffice: z.string() }),
  ),
  'partnership.activated': type(
    'partnerships',
    partnershipFacts.extend({ version: z.int(), firstSigning: z.boolean(), startDate: isoDate.nullable() }),
  ),
  'partnership.suspended': type('partnerships', partnershipFacts.extend(reason.shape)),
  'partnership.reactivated': type('partnerships', partnershipFacts),
  'partnership.termination-proposed': type('partnerships', partnershipFacts.extend(reason.shape).extend({ side })),
  'partnership.terminated': type('partnerships', partnershipFacts.extend(reason.shape)),

  /**
   * An import of partnerships finished, told to whoever started it (its partnerships are
   * announced to nobody). `dryRun`: a preview, nothing written. `problemsPath`: the API path
   * of the rows it reports.
   */
  'partnership-import.completed': type(
    'partnerships',
    z.object({
      importId: z.uuid(),
      fileName: z.string().nullable(),
      dryRun: z.boolean(),
      rows: z.int(),
      created: z.int(),
      unchanged: z.int(),
      reported: z.int(),
      ambiguous: z.int(),
      problemsPath: z.string(),
    }),
  ),

  'member-program.registered': type('membership', z.object({ memberProgramId: z.uuid(), name: z.string() })),
  'member-program.standing-changed': type(
    'membership',
    z.object({ memberProgramId: z.uuid(), name: z.string(), inGoodStanding: z.boolean(), duesPaidThrough: z.int().nullable() }),
  ),

  'exchange-program.published': type(
    'exchanges',
    exchangeProgramFacts.extend({ applicationOpensAt: isoDateTime, applicationClosesAt: isoDateTime, travelStart: isoDate, travelEnd: isoDate }),
  ),
  /** Dates of a published program changed (`changed` names the fields). */
  'exchange-program.dates-changed': type(
    'exchanges',
    exchangeProgramFacts.extend({
      changed: z.array(z.string()),
      applicationClosesAt: isoDateTime,
      travelStart: isoDate,
      travelEnd: isoDate,
    }),
  ),
  'exchange-program.window-opened': type('exchanges', exchangeProgramFacts.extend({ applicationClosesAt: isoDateTime })),
  /**
   * `cause` is told in the reader's words (a phrase per code, and its note); `reason` stays
   * for webhook receivers that predate it. Notifications made before causes existed have
   * no `cause`: their reason is read instead (pause-cause-facts.ts).
   */
  'exchange-program.paused': type('exchanges', exchangeProgramFacts.extend(reason.shape).extend({ cause: pauseCauseSchema.optional() })),
  'exchange-program.resumed': type('exchanges', exchangeProgramFacts),
  'exchange-program.cancelled': type('exchanges', exchangeProgramFacts.extend(reason.shape)),

  /**
   * An applicant's own application (issue #13), told to them alone (no webhook: it is
   * personal), in the `applications` category. A program's `title` is null when this
   * service has not learnt the program (its events not seen yet). `choices`: the ranked
   * programs of the submission, first choice first. `applicationPath`: where the applicant
   * reads their application, its decision and the explanation of it (the API path).
   */
  'application.submitted': type(
    'applications',
    applicationFacts.extend({
      choices: z.array(z.object({ rank: z.int().min(1), exchangeProgramId: z.uuid(), title: z.string().nullable() })).min(1),
    }),
  ),
  /** A chosen program was cancelled: its choice left the application; `remainingChoices` 0 means the application is withdrawn. */
  'application.choice-withdrawn': type(
    'applications',
    applicationFacts.extend(reason.shape).extend({ exchangeProgramId: z.uuid(), title: z.string().nullable(), remainingChoices: z.int().min(0) }),
  ),
  /** The applicant withdrew their application (a withdrawal because a program was cancelled is told by `application.choice-withdrawn`). */
  'application.withdrawn': type('applications', applicationFacts.extend(reason.shape)),
  /**
   * The decision is out (critical: it comes whatever the preferences). `accepted`: the place
   * (`exchangeProgramId`, `title`, `side`; its offer and deadline come in `application.offer-made`);
   * `waitlists`: the choices they wait on, with their positions (also for an accepted
   * applicant, on choices ranked above their place); `not_accepted`: no place, no waitlist.
   */
  'application.decision-released': type(
    'applications',
    applicationFacts.extend({
      outcome: z.enum(['accepted', 'waitlisted', 'not_accepted']),
      exchangeProgramId: z.uuid().nullable(),
      title: z.string().nullable(),
      side: side.nullable(),
      waitlists: z.array(z.object({ exchangeProgramId: z.uuid(), title: z.string().nullable(), position: z.int().min(1) })),
      applicationPath: z.string(),
    }),
    true,
  ),
  /** A place is offered: answer before `deadline` (critical). `promoted`: they moved up from the waitlist. */
  'application.offer-made': type(
    'applications',
    placeFacts.extend({ deadline: isoDateTime, promoted: z.boolean(), applicationPath: z.string() }),
    true,
  ),
  /** The offer's deadline passed unanswered: the place went to the next on the waitlist. */
  'application.offer-lapsed': type('applications', placeFacts.extend({ applicationPath: z.string() })),
  /** Offer accepted and nomination accepted by the host city: the place is theirs. */
  'application.confirmed': type('applications', placeFacts.extend({ applicationPath: z.string() })),
  /** The host city declined the nominee, with its reason; whether they still wait elsewhere is in the application. */
  'application.nomination-refused': type('applications', placeFacts.extend(reason.shape).extend({ applicationPath: z.string() })),
  /**
   * A referee is asked for a letter (critical: they asked for nothing and may have no
   * account; the email is their only way in). `url`/`expiresAt`: the upload link.
   */
  'recommendation.requested': type(
    'applications',
    link.extend({ applicantName: z.string(), programTitle: z.string(), exchangeProgramId: z.uuid(), recommendationId: z.uuid() }),
    true,
  ),
  /** A minor's guardian is asked to consent (critical, as above): `url`/`expiresAt` the consent link, `programs` those concerned. */
  'guardian-consent.requested': type(
    'applications',
    link.extend({ applicantName: z.string(), programs: z.array(z.object({ exchangeProgramId: z.uuid(), title: z.string() })) }),
    true,
  ),
  /**
   * A participant nominated to the city hosting them (its contacts, and for a partner city
   * its webhooks): `side` is the side they travel from, `hostSide` the side that hosts;
   * the host answers at `nominationsPath`. No personal data beyond the application id.
   */
  'nomination.requested': type(
    'exchanges',
    placeFacts.extend({ hostSide: side, hostCityId: z.string().nullable(), nominationsPath: z.string() }),
  ),
  /** A season's matching was committed (network staff, inbox): its figures. */
  'matching.run-completed': type(
    'exchanges',
    z.object({
      runId: z.uuid(),
      season: z.int(),
      applicants: z.int().min(0),
      placed: z.int().min(0),
      unplaced: z.int().min(0),
      programCount: z.int().min(0),
      runPath: z.string(),
    }),
  ),

  'reminder.application-window-closing': type(
    'reminders',
    exchangeProgramFacts.extend({ applicationClosesAt: isoDateTime, daysLeft: z.int() }),
  ),
  'reminder.decision-release': type('reminders', exchangeProgramFacts.extend({ decisionReleaseAt: isoDateTime })),
  'reminder.travel-approaching': type('reminders', exchangeProgramFacts.extend({ travelStart: isoDate, daysLeft: z.int() })),
  'reminder.partnership-anniversary': type('reminders', partnershipFacts.extend({ startDate: isoDate, years: z.int() })),
  'reminder.dues-due': type(
    'reminders',
    z.object({ memberProgramId: z.uuid(), name: z.string(), duesPaidThrough: z.int().nullable(), dueDate: isoDate }),
  ),
  /** An offer still unanswered 3 days and 1 day before its deadline (`daysLeft` from when it fires). */
  'reminder.offer-deadline': type('reminders', placeFacts.extend({ deadline: isoDateTime, daysLeft: z.int(), applicationPath: z.string() })),
  /**
   * A draft that chose a program is not submitted and the program's window closes in
   * `daysLeft` days (the applications service's marks: 7, then 2), told to the applicant.
   * `missing`: what they must still provide for that choice, by submission `rule`
   * (`documents`, `answers`, `referees`, `guardian`) with the document's or question's
   * `key` taken from `field` (null for the others); empty when only the submission is left.
   * The lines are written in the reader's words from `rule` and `key`, never from the
   * event's English messages.
   */
  'reminder.requirements-missing': type(
    'reminders',
    applicationFacts.extend({
      exchangeProgramId: z.uuid(),
      title: z.string().nullable(),
      closesAt: isoDateTime,
      daysLeft: z.int().min(0),
      missing: z.array(z.object({ rule: z.string(), field: z.string(), key: z.string().nullable() })),
      applicationPath: z.string(),
    }),
  ),
  /** A referee who has not sent their letter 7 days after being asked: the same upload link again. */
  'reminder.recommendation-unanswered': type(
    'reminders',
    link.extend({ applicantName: z.string(), programTitle: z.string(), exchangeProgramId: z.uuid(), recommendationId: z.uuid() }),
  ),

  'webhook.endpoint-disabled': type('webhooks', z.object({ endpointId: z.uuid(), url: z.string(), reason: z.string() }), true),
  /** A test ping an endpoint's owner asked for. */
  'webhook.ping': type('webhooks', z.object({ endpointId: z.uuid() })),

  'announcement': type('announcements', z.object({ announcementId: z.uuid(), title: z.string(), body: z.string() })),
} as const;

export type NotificationType = keyof typeof NOTIFICATION_TYPES;
export type NotificationFacts<T extends NotificationType> = z.infer<(typeof NOTIFICATION_TYPES)[T]['facts']>;
export const NOTIFICATION_TYPE_NAMES = Object.keys(NOTIFICATION_TYPES) as NotificationType[];

export function isNotificationType(value: string): value is NotificationType {
  return Object.hasOwn(NOTIFICATION_TYPES, value);
}
