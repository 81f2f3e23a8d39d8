import { z } from 'zod';
import { calendarDay } from '../http/dates';
import { singleLineText } from '../http/text';
import { countryCodeSchema } from '../partnerships/cities.rpc';
import { cityIdSchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';
import { duplicateIssue } from '../http/zod-violation';

// The applicant's profile (issue #13): who applies, where they live, what languages they
// speak, whom to call in an emergency and, for a minor, the guardian who consents.
// One profile per account; the account's own id and email come from the gateway.

export const APPLICANT_PROBLEMS = {
  notSignedIn: {
    code: 'APPLICANT.NOT_SIGNED_IN',
    status: 401,
    description: 'Applicant operations act for a signed-in account (the gateway names it).',
  },
  noProfile: {
    code: 'APPLICANT.NO_PROFILE',
    status: 404,
    description: 'You have no applicant profile yet: create it with PUT /v1/me/applicant-profile.',
  },
  erased: {
    code: 'APPLICANT.ERASED',
    status: 410,
    description: 'This applicant erased their data: nothing of it is kept.',
  },
} as const;

/** Language tags such as en, fr or pt-BR. */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en or fr');

/** Levels of the Common European Framework of Reference, and native. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const languageLevelSchema = z.enum(LANGUAGE_LEVELS);
export type LanguageLevel = z.infer<typeof languageLevelSchema>;

export const spokenLanguageSchema = z
  .object({ language: languageTagSchema, level: languageLevelSchema })
  .strict()
  .meta({ id: 'SpokenLanguage' });

const name = singleLineText({ min: 1, max: 200 });
const email = z.email({ message: 'must be an email address' }).max(254);
const phone = singleLineText({ min: 3, max: 50 });

export const emergencyContactSchema = z
  .object({ name, relationship: singleLineText({ min: 1, max: 100 }), phone, email: email.optional() })
  .strict()
  .meta({ id: 'EmergencyContact' });

/** The parent or legal guardian of a minor: consents by an emailed link (no account needed). */
export const guardianSchema = z.object({ name, email }).strict().meta({ id: 'Guardian' });

/** The languages notifications are written in (as the emails' templates). */
export const NOTIFICATION_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

export const putApplicantProfileBodySchema = z
  .object({
    givenName: name,
    familyName: name,
    birthDate: calendarDay(),
    /** Gazetteer id of the city the applicant lives in (their side of a partnership follows from it). */
    homeCityId: cityIdSchema,
    homeCountryCode: countryCodeSchema,
    /** The member program the applicant belongs to, if any (residence rules accept its members). */
    memberProgramId: z.uuid({ message: 'must be a UUID' }).nullable().default(null),
    languages: z
      .array(spokenLanguageSchema)
      .max(20)
      .refine((list) => new Set(list.map((entry) => entry.language)).size === list.length, duplicateIssue('must not name the same language twice')),
    phone: phone.nullable().default(null),
    /** Language the applicant reads: their notifications are written in it. */
    preferredLanguage: z.enum(NOTIFICATION_LANGUAGES).default('en'),
    emergencyContact: emergencyContactSchema,
    /** Required to submit while the applicant is a minor on a chosen program's travel date. */
    guardian: guardianSchema.nullable().default(null),
  })
  .strict();

export const GUARDIAN_CONSENT_STATUSES = ['not-needed', 'not-requested', 'requested', 'given'] as const;

export const guardianConsentSchema = z
  .object({
    status: z.enum(GUARDIAN_CONSENT_STATUSES),
    requestedAt: z.iso.datetime().nullable(),
    givenAt: z.iso.datetime().nullable(),
    /** The network address the consent was given from. */
    givenFrom: z.string().nullable(),
  })
  .meta({ id: 'GuardianConsent' });

export const applicantProfileSchema = putApplicantProfileBodySchema
  .extend({
    accountId: z.uuid(),
    email: z.string(),
    birthDate: z.iso.date(),
    homeCountryCode: z.string().length(2),
    guardianConsent: guardianConsentSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ApplicantProfile' });
export type ApplicantProfileView = z.infer<typeof applicantProfileSchema>;

const empty = z.object({}).strict();

/** Request/reply operations of the applications service: the caller's own profile. */
export const applicantsOperations = {
  'applicants.get-mine': { request: empty, response: applicantProfileSchema },
  'applicants.put-mine': { request: putApplicantProfileBodySchema, response: applicantProfileSchema },
} satisfies Record<string, RpcOperation>;
