import { z } from 'zod';
import { calendarDay } from '../http/dates';
import { MAX_STORED_INTEGER, multiLineText, singleLineText } from '../http/text';
import { historyEntryShape } from '../http/history';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';
import { countryCodeSchema } from './cities.rpc';
import {
  agreementSideSchema,
  agreementTermsSchema,
  cityIdSchema,
  contactSchema,
  exchangeCategorySchema,
  partnershipKindSchema,
  partnershipStatusSchema,
} from './common';

// Partnerships and their agreements: one schema source for the gateway's routes (bodies,
// queries, responses) and the service's request/reply operations.

const partnershipId = z.uuid({ message: 'must be a UUID' });
const isoDate = calendarDay('must be a date such as 2026-05-01');
const reason = multiLineText({ min: 1, max: 500 });
const contacts = z.array(contactSchema).max(20);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');

/** Stable problem codes of the partnership lifecycle (the service raises them, the gateway documents them). */
export const PARTNERSHIP_PROBLEMS = {
  notFound: { code: 'PARTNERSHIP.NOT_FOUND', status: 404, description: 'No such partnership (or not within your scope).' },
  illegalTransition: {
    code: 'PARTNERSHIP.ILLEGAL_TRANSITION',
    status: 409,
    description: 'The partnership’s status does not allow this action (the message names both).',
  },
  notYourSide: { code: 'PARTNERSHIP.NOT_YOUR_SIDE', status: 403, description: 'Your role does not act for this side of the partnership.' },
  staleVersion: {
    code: 'PARTNERSHIP.STALE_VERSION',
    status: 409,
    description: 'The version or terms hash approved is not the current one; `errors` names the current version and hash.',
  },
  alreadyApproved: { code: 'PARTNERSHIP.ALREADY_APPROVED', status: 409, description: 'This side already approved this version.' },
  termsUnchanged: { code: 'PARTNERSHIP.TERMS_UNCHANGED', status: 409, description: 'The amended terms are those in force.' },
  amendmentPending: {
    code: 'PARTNERSHIP.AMENDMENT_PENDING',
    status: 409,
    description: 'An amendment already waits for approval: approve or revert it first.',
  },
  nothingToRevert: { code: 'PARTNERSHIP.NOTHING_TO_REVERT', status: 409, description: 'No amendment is pending.' },
  terminationPending: { code: 'PARTNERSHIP.TERMINATION_PENDING', status: 409, description: 'A termination already waits for approval.' },
  noTerminationPending: { code: 'PARTNERSHIP.NO_TERMINATION_PENDING', status: 409, description: 'No termination waits for approval.' },
  ownTermination: {
    code: 'PARTNERSHIP.OWN_TERMINATION',
    status: 409,
    description: 'A termination is approved by the side that did not propose it.',
  },
  staffOnly: { code: 'PARTNERSHIP.STAFF_ONLY', status: 403, description: 'Only network staff may terminate at once.' },
  signedInFuture: { code: 'PARTNERSHIP.SIGNED_IN_FUTURE', status: 400, description: 'The signing date is in the future.' },
  memberProgramUnknown: {
    code: 'PARTNERSHIP.MEMBER_PROGRAM_UNKNOWN',
    status: 400,
    description: 'No such member program (or not one you administer).',
  },
  partnerCityUnknown: { code: 'PARTNERSHIP.PARTNER_CITY_UNKNOWN', status: 400, description: 'No such city in the gazetteer.' },
  sameCountry: {
    code: 'PARTNERSHIP.SAME_COUNTRY',
    status: 400,
    description: 'The partner city must be in another country than the member city.',
  },
  duplicate: {
    code: 'PARTNERSHIP.DUPLICATE',
    status: 409,
    description: 'A partnership between these two cities exists already (and is not terminated).',
  },
} as const;

// ---- inputs (bodies of the gateway's routes; the RPC requests add the partnership id)

export const proposePartnershipBodySchema = z
  .object({
    memberProgramId: z.uuid({ message: 'must be a UUID' }),
    partnerCityId: cityIdSchema,
    terms: agreementTermsSchema,
    memberContacts: contacts.default([]),
    partnerContacts: contacts.default([]),
  })
  .strict();

export const approveAgreementBodySchema = z
  .object({
    version: z.int().positive().max(MAX_STORED_INTEGER),
    /** The hash of the terms being approved, as shown by GET: binds the approval to exactly those terms. */
    termsHash: sha256,
    side: agreementSideSchema,
    signatoryName: singleLineText({ min: 1, max: 200 }),
    /** "Mayor", or the office of the side's highest official. */
    signatoryOffice: singleLineText({ min: 1, max: 200 }),
    signedOn: isoDate,
    /** Where the signed document is kept (file number, URL…). */
    documentRef: singleLineText({ min: 1, max: 500 }).optional(),
  })
  .strict();

export const amendTermsBodySchema = z.object({ terms: agreementTermsSchema }).strict();
export const suspendPartnershipBodySchema = z.object({ reason }).strict();
export const proposeTerminationBodySchema = z
  .object({
    side: agreementSideSchema,
    reason,
    /** Staff only: terminate at once, without the other side's approval (e.g. a partnership found dissolved). */
    immediately: z.boolean().default(false),
  })
  .strict();
export const approveTerminationBodySchema = z.object({ side: agreementSideSchema }).strict();
export const setContactsBodySchema = z.object({ contacts }).strict();

export const listPartnershipsQuerySchema = z
  .object({
    status: partnershipStatusSchema.optional(),
    memberProgramId: z.uuid({ message: 'must be a UUID' }).optional(),
    partnerCityId: cityIdSchema.optional(),
    /** ISO 3166-1 alpha-2 code of either city's country. */
    country: countryCodeSchema.optional(),
    /**
     * Only those that wait for this side: its signature on the current version (see
     * `awaitingApproval`), or its approval of an ending the other side proposed (`pendingTermination`).
     */
    awaitingApprovalBy: agreementSideSchema.optional(),
    ...pageQueryShape,
  })
  .strict();
export const historyQuerySchema = z.object({ ...pageQueryShape }).strict();

// ---- views

const cityRefSchema = z.object({ id: z.string(), name: z.string(), countryCode: z.string() }).meta({ id: 'PartnershipCity' });

export const agreementApprovalSchema = z
  .object({
    side: agreementSideSchema,
    termsHash: z.string(),
    signatoryName: z.string(),
    signatoryOffice: z.string(),
    signedOn: z.iso.date(),
    documentRef: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: z.iso.datetime(),
  })
  .meta({ id: 'AgreementApproval' });

export const agreementVersionSchema = z
  .object({
    version: z.int(),
    terms: agreementTermsSchema,
    termsHash: z.string(),
    state: z.enum(['draft', 'in_force', 'superseded', 'withdrawn']),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    approvals: z.array(agreementApprovalSchema),
  })
  .meta({ id: 'AgreementVersion' });

export const pendingTerminationSchema = z
  .object({ side: agreementSideSchema, reason: z.string(), proposedBy: z.string().nullable(), at: z.iso.datetime() })
  .meta({ id: 'PendingTermination' });

export const partnershipChangeSchema = z.object(historyEntryShape).meta({ id: 'PartnershipChange' });

const summaryShape = {
  id: z.uuid(),
  memberProgramId: z.uuid().nullable(),
  memberCityId: z.string(),
  partnerCityId: z.string(),
  memberCity: cityRefSchema,
  partnerCity: cityRefSchema,
  kind: partnershipKindSchema,
  focusAreas: z.array(exchangeCategorySchema),
  status: partnershipStatusSchema,
  startDate: z.iso.date().nullable(),
  currentVersion: z.int(),
  inForceVersion: z.int().nullable(),
  /**
   * The sides whose signature the current version still lacks (empty when it is in force,
   * or while the partnership is suspended or terminated, when nobody can approve).
   */
  awaitingApproval: z.array(agreementSideSchema),
  /** An ending one side proposed, awaiting the other side's approval (null when none waits). */
  pendingTermination: pendingTerminationSchema.nullable(),
  revision: z.int(),
  updatedAt: z.iso.datetime(),
};
export const partnershipSummarySchema = z.object(summaryShape).meta({ id: 'PartnershipSummary' });

export const partnershipViewSchema = z
  .object({
    ...summaryShape,
    memberContacts: z.array(contactSchema),
    partnerContacts: z.array(contactSchema),
    /** Every version, newest first, with the approvals each received. */
    versions: z.array(agreementVersionSchema),
    /** How many changes the history holds, and the latest few (newest first). */
    history: z.object({ total: z.int(), recent: z.array(partnershipChangeSchema) }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Partnership' });
export type PartnershipView = z.infer<typeof partnershipViewSchema>;

const byId = z.object({ partnershipId }).strict();
const withId = <S extends z.ZodRawShape>(shape: S) => z.object({ partnershipId, ...shape }).strict();
const change = <S extends z.ZodRawShape>(shape: S) => ({ request: withId(shape), response: partnershipViewSchema });

/** Request/reply operations of the partnerships service: partnerships (issue #4). */
export const partnershipsOperations = {
  'partnerships.propose': { request: proposePartnershipBodySchema, response: partnershipViewSchema },
  'partnerships.get': { request: byId, response: partnershipViewSchema },
  'partnerships.list': { request: listPartnershipsQuerySchema, response: pageOf(partnershipSummarySchema) },
  'partnerships.history': { request: withId(historyQuerySchema.shape), response: pageOf(partnershipChangeSchema) },
  'partnerships.approve': change(approveAgreementBodySchema.shape),
  'partnerships.amend': change(amendTermsBodySchema.shape),
  'partnerships.revert-amendment': change({}),
  'partnerships.suspend': change(suspendPartnershipBodySchema.shape),
  'partnerships.reactivate': change({}),
  'partnerships.propose-termination': change(proposeTerminationBodySchema.shape),
  'partnerships.approve-termination': change(approveTerminationBodySchema.shape),
  'partnerships.set-contacts': change({ ...setContactsBodySchema.shape, side: agreementSideSchema }),
} satisfies Record<string, RpcOperation>;
