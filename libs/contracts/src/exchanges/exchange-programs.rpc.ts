import { z } from 'zod';
import { calendarDay, instant } from '../http/dates';
import { historyEntryShape } from '../http/history';
import { pageOf, pageQueryShape } from '../http/pagination';
import { multiLineText, queryInteger, singleLineText } from '../http/text';
import { countryCodeSchema } from '../partnerships/cities.rpc';
import { cityIdSchema, exchangeCategorySchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';
import { pauseCauseSchema } from './pause-cause';

// Exchange programs (issue #5): one schema source for the gateway's routes and the
// exchanges service's request/reply operations. Ranges that depend on other fields
// (dates in order, capacities per direction, age range) are checked by the service's
// domain so that a create and a partial update answer the same field problems.

const uuid = z.uuid({ message: 'must be a UUID' });
const isoDate = calendarDay();
const isoDateTime = instant();
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en or fr');
const reason = multiLineText({ min: 1, max: 500 });

export const EXCHANGE_DIRECTIONS = ['to_partner', 'from_partner', 'reciprocal'] as const;
export const exchangeDirectionSchema = z.enum(EXCHANGE_DIRECTIONS);
export type ExchangeDirection = z.infer<typeof exchangeDirectionSchema>;

export const EXCHANGE_PROGRAM_STATUSES = ['draft', 'published', 'closed', 'allocated', 'in_progress', 'completed', 'cancelled'] as const;
export const exchangeProgramStatusSchema = z.enum(EXCHANGE_PROGRAM_STATUSES);
export type ExchangeProgramStatus = z.infer<typeof exchangeProgramStatusSchema>;

export const RESIDENCE_RULES = ['member-city', 'member-region', 'any'] as const;

/** Stable problem codes of exchange programs (the service raises them, the gateway documents them). */
export const EXCHANGE_PROGRAM_PROBLEMS = {
  notFound: { code: 'EXCHANGE_PROGRAM.NOT_FOUND', status: 404, description: 'No such exchange program (or not within your scope).' },
  illegalTransition: {
    code: 'EXCHANGE_PROGRAM.ILLEGAL_TRANSITION',
    status: 409,
    description: 'The program’s status does not allow this action (the message names both).',
  },
  fieldLocked: {
    code: 'EXCHANGE_PROGRAM.FIELD_LOCKED',
    status: 409,
    description: 'The application window has closed: only the decision and offer dates may still change (`errors` names the fields).',
  },
  partnershipUnknown: {
    code: 'EXCHANGE_PROGRAM.PARTNERSHIP_UNKNOWN',
    status: 404,
    description: 'The exchanges service knows no such partnership (yet: it learns them from the partnerships service’s events).',
  },
  partnershipNotActive: {
    code: 'EXCHANGE_PROGRAM.PARTNERSHIP_NOT_ACTIVE',
    status: 409,
    description: 'Programs are created and published only under an active partnership (the message names its status).',
  },
  pausedByPartnership: {
    code: 'EXCHANGE_PROGRAM.PAUSED_BY_PARTNERSHIP',
    status: 409,
    description: 'Paused because its partnership is suspended: it resumes when the partnership is reactivated, not by hand.',
  },
} as const;

// ---- inputs

export const exchangeProgramCostsSchema = z
  .object({
    amount: z.number().min(0, 'must be at least 0').max(1_000_000_000, 'must be at most 1000000000'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
    /** What the amount covers (travel, lodging, meals…). */
    covers: z.array(singleLineText({ min: 1, max: 200 })).max(50).optional(),
  })
  .strict()
  .meta({ id: 'ExchangeProgramCosts' });

export const exchangeEligibilitySchema = z
  .object({
    /** Age range on the travel start date (0 ≤ minAge ≤ maxAge ≤ 120, checked by the service). */
    minAge: z.int().min(0, 'must be at least 0').max(120, 'must be at most 120'),
    maxAge: z.int().min(0, 'must be at least 0').max(120, 'must be at most 120'),
    residence: z.enum(RESIDENCE_RULES),
    languages: z.array(languageTag).max(20).default([]),
    requiredDocuments: z.array(singleLineText({ min: 1, max: 200 })).max(50).default([]),
    maxApplicationsPerSeason: z.int().min(1, 'must be at least 1').max(100).default(1),
  })
  .strict()
  .meta({ id: 'ExchangeEligibility' });

/** Places per side: participants from the member city, and from the partner city (≥ 0, checked by the service). */
// At least 0 is the service's rule (it names capacity.member:min); the bound here keeps the integer column safe.
const places = z.int().max(10_000, 'must be at most 10000');
export const exchangeCapacitySchema = z.object({ member: places, partner: places }).strict().meta({ id: 'ExchangeCapacity' });

/** The fields a program's managers edit (no defaults here: an update names only what changes). */
const editableShape = {
  season: z.int().min(2000).max(2200),
  category: exchangeCategorySchema,
  title: singleLineText({ min: 1, max: 300 }),
  description: multiLineText({ max: 20_000 }),
  languages: z.array(languageTag).min(1, 'must name at least one language').max(20),
  direction: exchangeDirectionSchema,
  travelStart: isoDate,
  travelEnd: isoDate,
  applicationOpensAt: isoDateTime,
  applicationClosesAt: isoDateTime,
  decisionReleaseAt: isoDateTime.nullable(),
  offerResponseDeadline: isoDateTime.nullable(),
  capacity: exchangeCapacitySchema,
  costs: exchangeProgramCostsSchema,
  eligibility: exchangeEligibilitySchema,
};

export const createExchangeProgramBodySchema = z
  .object({
    partnershipId: uuid,
    ...editableShape,
    description: editableShape.description.default(''),
    decisionReleaseAt: editableShape.decisionReleaseAt.default(null),
    offerResponseDeadline: editableShape.offerResponseDeadline.default(null),
  })
  .strict();

export const updateExchangeProgramBodySchema = z.object(editableShape).partial().strict();
export const cancelExchangeProgramBodySchema = z.object({ reason }).strict();
/** A manager's pause says why (the note applicants and hosts are told, as given). */
export const pauseExchangeProgramBodySchema = z.object({ note: reason }).strict();

export const listExchangeProgramsQuerySchema = z
  .object({
    status: exchangeProgramStatusSchema.optional(),
    partnershipId: uuid.optional(),
    memberProgramId: uuid.optional(),
    season: queryInteger({ min: 2000, max: 2200, message: 'must be a year' }).optional(),
    ...pageQueryShape,
  })
  .strict();

/** The public catalogue's filters. */
export const searchExchangeProgramsQuerySchema = z
  .object({
    category: exchangeCategorySchema.optional(),
    /** Either city of the program. */
    city: cityIdSchema.optional(),
    /** Either city's country (ISO 3166-1 alpha-2, upper case). */
    country: countryCodeSchema.optional(),
    language: languageTag.optional(),
    /** Programs whose travel lies within [travelFrom, travelTo]. */
    travelFrom: isoDate.optional(),
    travelTo: isoDate.optional(),
    /** Age of the applicant on the travel start date: programs whose age range includes it. */
    age: queryInteger({ min: 0, max: 120 }).optional(),
    ...pageQueryShape,
  })
  .strict();

// ---- views

export const exchangeProgramChangeSchema = z.object(historyEntryShape).meta({ id: 'ExchangeProgramChange' });

const publicShape = {
  id: z.uuid(),
  partnershipId: z.uuid(),
  memberCityId: z.string(),
  partnerCityId: z.string(),
  /** ISO 3166-1 alpha-2 of each city (null for programs created before countries were known). */
  memberCountryCode: z.string().length(2).nullable(),
  partnerCountryCode: z.string().length(2).nullable(),
  season: z.int(),
  category: exchangeCategorySchema,
  title: z.string(),
  description: z.string(),
  languages: z.array(z.string()),
  direction: exchangeDirectionSchema,
  travelStart: z.iso.date(),
  travelEnd: z.iso.date(),
  applicationOpensAt: z.iso.datetime(),
  applicationClosesAt: z.iso.datetime(),
  decisionReleaseAt: z.iso.datetime().nullable(),
  offerResponseDeadline: z.iso.datetime().nullable(),
  capacity: exchangeCapacitySchema,
  costs: exchangeProgramCostsSchema,
  eligibility: exchangeEligibilitySchema,
  status: exchangeProgramStatusSchema,
  paused: z.boolean(),
};

/** What anyone may read of a program that is no longer a draft. */
export const publicExchangeProgramSchema = z.object(publicShape).meta({ id: 'PublicExchangeProgram' });

/** A program as its managers see it: everything, with the latest changes. */
export const exchangeProgramSchema = z
  .object({
    ...publicShape,
    memberProgramId: z.uuid().nullable(),
    /** Why it is paused, in words (kept for clients that predate `pauseCause`): the cause's note, or its code when there is none. */
    pauseReason: z.string().nullable(),
    /** Why it is paused, as data (null when it is not): what caused it, who paused it, their note. */
    pauseCause: pauseCauseSchema.nullable(),
    windowOpenedAt: z.iso.datetime().nullable(),
    windowClosedAt: z.iso.datetime().nullable(),
    cancelReason: z.string().nullable(),
    revision: z.int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** The latest changes, newest first. */
    history: z.array(exchangeProgramChangeSchema),
  })
  .meta({ id: 'ExchangeProgram' });
export type ExchangeProgramView = z.infer<typeof exchangeProgramSchema>;
export type PublicExchangeProgramView = z.infer<typeof publicExchangeProgramSchema>;

const byId = z.object({ exchangeProgramId: uuid }).strict();
const transition = { request: byId, response: exchangeProgramSchema };

/** Request/reply operations of the exchanges service: exchange programs (issue #5). */
export const exchangeProgramsOperations = {
  'exchange-programs.create': { request: createExchangeProgramBodySchema, response: exchangeProgramSchema },
  'exchange-programs.update': {
    request: updateExchangeProgramBodySchema.extend({ exchangeProgramId: uuid }).strict(),
    response: exchangeProgramSchema,
  },
  'exchange-programs.publish': transition,
  'exchange-programs.close': transition,
  'exchange-programs.allocate': transition,
  'exchange-programs.start': transition,
  'exchange-programs.complete': transition,
  'exchange-programs.cancel': { request: byId.extend(cancelExchangeProgramBodySchema.shape).strict(), response: exchangeProgramSchema },
  'exchange-programs.pause': { request: byId.extend(pauseExchangeProgramBodySchema.shape).strict(), response: exchangeProgramSchema },
  'exchange-programs.resume': transition,
  'exchange-programs.get': { request: byId, response: exchangeProgramSchema },
  'exchange-programs.list': { request: listExchangeProgramsQuerySchema, response: pageOf(exchangeProgramSchema) },
  'exchange-programs.get-public': { request: byId, response: publicExchangeProgramSchema },
  'exchange-programs.catalogue': { request: searchExchangeProgramsQuerySchema, response: pageOf(publicExchangeProgramSchema) },
} satisfies Record<string, RpcOperation>;
