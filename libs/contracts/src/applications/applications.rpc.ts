import { z } from 'zod';
import { pageOf, pageQueryShape } from '../http/pagination';
import { multiLineText, queryInteger } from '../http/text';
import { agreementSideSchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';
import { duplicateIssue } from '../http/zod-violation';

// Applications to exchange programs (issue #13): one per applicant and season, holding a
// ranked list of choices among that season's programs. Drafts are edited freely; a
// submission is checked against every choice's rules and window, then locked.

export const MAX_CHOICES = 10;

/** Every reason a submission can be refused, one per rule (`errors[].rule` names it). */
export const ELIGIBILITY_RULES = [
  /** The profile is missing (or incomplete for the program). */
  'profile',
  /** The program is not open for applications: window not open yet, closed, paused or cancelled. */
  'window',
  /** Age on the travel start date outside the program's range. */
  'age',
  /** Not living in the sending city (or a member of its member program), as the program requires. */
  'residence',
  /** The program takes no participants from the applicant's side of the partnership. */
  'side',
  /** A language the program requires is missing from the profile. */
  'languages',
  /** More choices than a chosen program allows applications per season. */
  'applications-per-season',
  /** A minor on the travel date: a guardian must be named in the profile. */
  'guardian',
  /** A document the program requires is not uploaded (`field`: choices.<n>.documents.<key>). */
  'documents',
  /** A required question of the program's questionnaire is unanswered or its answer breaks a rule (`field`: choices.<n>.answers.<key>). */
  'answers',
  /** Fewer referees named than the program requires (`field`: choices.<n>.referees). */
  'referees',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export const APPLICATION_PROBLEMS = {
  notFound: { code: 'APPLICATION.NOT_FOUND', status: 404, description: 'No such application (or not yours to see).' },
  programUnknown: {
    code: 'APPLICATION.PROGRAM_UNKNOWN',
    status: 400,
    description: 'A choice names a program this service does not know as published (`errors` names the choice).',
  },
  wrongSeason: {
    code: 'APPLICATION.WRONG_SEASON',
    status: 400,
    description: 'A choice names a program of another season than the application’s (`errors` names the choice).',
  },
  seasonTaken: {
    code: 'APPLICATION.SEASON_TAKEN',
    status: 409,
    description: 'You already have an application for this season (one per season holds all your choices).',
  },
  profileMissing: {
    code: 'APPLICATION.PROFILE_MISSING',
    status: 409,
    description: 'Create your applicant profile first (PUT /v1/me/applicant-profile): your side of each partnership follows from it.',
  },
  locked: {
    code: 'APPLICATION.LOCKED',
    status: 409,
    description: 'The application is submitted: its choices no longer change (withdraw it to leave).',
  },
  illegalTransition: {
    code: 'APPLICATION.ILLEGAL_TRANSITION',
    status: 409,
    description: 'The application’s status does not allow this action (the message names both).',
  },
  noOffer: {
    code: 'APPLICATION.NO_OFFER',
    status: 409,
    description: 'The application holds no open offer (none made, already answered, or its deadline passed).',
  },
  notEligible: {
    code: 'APPLICATION.NOT_ELIGIBLE',
    status: 400,
    description: 'The submission breaks a rule of a chosen program: each entry of `errors` names the choice and the rule.',
  },
} as const;

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'accepted',
  'waitlisted',
  'not_accepted',
  'offer_accepted',
  'offer_declined',
  'offer_lapsed',
  'confirmed',
  'withdrawn',
] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

const uuid = z.uuid({ message: 'must be a UUID' });
const season = z.int().min(2000, 'must be a year').max(2200, 'must be a year');

const choicesSchema = z
  .array(z.object({ exchangeProgramId: uuid }).strict())
  .min(1, 'must name at least one program')
  .max(MAX_CHOICES, `must name at most ${MAX_CHOICES} programs`)
  .refine((list) => new Set(list.map((choice) => choice.exchangeProgramId)).size === list.length, duplicateIssue('must not name the same program twice'));

export const createApplicationBodySchema = z.object({ season, choices: choicesSchema }).strict();
export const updateApplicationBodySchema = z.object({ choices: choicesSchema }).strict();
export const declineOfferBodySchema = z.object({ reason: multiLineText({ max: 1_000 }).optional() }).strict();
export const withdrawApplicationBodySchema = z.object({ reason: multiLineText({ min: 1, max: 1_000 }) }).strict();
export const listMyApplicationsQuerySchema = z
  .object({ season: queryInteger({ min: 2000, max: 2200, message: 'must be a year' }).optional(), ...pageQueryShape })
  .strict();

export const applicationChoiceSchema = z
  .object({
    /** 1 = most wanted. */
    rank: z.int().min(1),
    exchangeProgramId: z.uuid(),
    title: z.string(),
    /** The side of the partnership the applicant would travel from (from their home city). */
    side: agreementSideSchema,
  })
  .meta({ id: 'ApplicationChoice' });

/** A choice's explanation in a decision: why not that program (see ChoiceExplanation of matching runs). */
const decisionExplanationSchema = z.object({ exchangeProgramId: z.uuid(), choiceRank: z.int(), explanation: z.record(z.string(), z.unknown()) });

/** The decision on an application, once released (null before: the applicant learns nothing earlier). */
export const applicationDecisionSchema = z
  .object({
    outcome: z.enum(['accepted', 'waitlisted', 'not_accepted']),
    releasedAt: z.iso.datetime(),
    /** The place offered or held, with the offer's state and the host city's answer to the nomination. */
    placement: z
      .object({
        exchangeProgramId: z.uuid(),
        title: z.string(),
        side: agreementSideSchema,
        choiceRank: z.int(),
        offerDeadline: z.iso.datetime().nullable(),
        offer: z.enum(['open', 'accepted', 'declined', 'lapsed']),
        nomination: z.enum(['pending', 'accepted', 'refused']),
      })
      .nullable(),
    /** Where the applicant waits, by choice: their position on each program's waitlist (1: next). */
    waitlists: z.array(z.object({ exchangeProgramId: z.uuid(), title: z.string(), choiceRank: z.int(), position: z.int() })),
    explanations: z.array(decisionExplanationSchema),
  })
  .meta({ id: 'ApplicationDecision' });

export const applicationSchema = z
  .object({
    id: z.uuid(),
    applicantId: z.uuid(),
    season: z.int(),
    status: applicationStatusSchema,
    choices: z.array(applicationChoiceSchema),
    submittedAt: z.iso.datetime().nullable(),
    withdrawnAt: z.iso.datetime().nullable(),
    withdrawReason: z.string().nullable(),
    decision: applicationDecisionSchema.nullable(),
    revision: z.int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Application' });
export type ApplicationView = z.infer<typeof applicationSchema>;

const byId = z.object({ applicationId: uuid }).strict();

/** Request/reply operations of the applications service: the caller's own applications. */
export const applicationsOperations = {
  'applications.create-mine': { request: createApplicationBodySchema, response: applicationSchema },
  'applications.update-mine': { request: byId.extend(updateApplicationBodySchema.shape).strict(), response: applicationSchema },
  'applications.submit-mine': { request: byId, response: applicationSchema },
  'applications.withdraw-mine': { request: byId.extend(withdrawApplicationBodySchema.shape).strict(), response: applicationSchema },
  'applications.get-mine': { request: byId, response: applicationSchema },
  'applications.accept-offer-mine': { request: byId, response: applicationSchema },
  'applications.decline-offer-mine': { request: byId.extend(declineOfferBodySchema.shape).strict(), response: applicationSchema },
  'applications.list-mine': { request: listMyApplicationsQuerySchema, response: pageOf(applicationSchema) },
} satisfies Record<string, RpcOperation>;
