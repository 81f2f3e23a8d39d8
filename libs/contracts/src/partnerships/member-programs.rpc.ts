import { z } from 'zod';
import { MAX_STORED_INTEGER, singleLineText } from '../http/text';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';
import { countryCodeSchema, regionCodeSchema } from './cities.rpc';
import { cityIdSchema, contactSchema } from './common';

// Member programs: the local sister-city organizations of the network (issue #4). The
// request schemas here are the gateway's input schemas too (one schema source).

export const MEMBERSHIP_STATUSES = ['member', 'lapsed', 'withdrawn'] as const;
export const membershipStatusSchema = z.enum(MEMBERSHIP_STATUSES);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

/** Problems of member programs, with their stable codes (thrown by the service, documented by the gateway). */
export const MEMBER_PROGRAM_PROBLEMS = {
  notFound: {
    code: 'MEMBER_PROGRAM.NOT_FOUND',
    status: 404,
    description: 'No such member program (or not one you administer).',
  },
  staleRevision: {
    code: 'MEMBER_PROGRAM.STALE_REVISION',
    status: 409,
    description: 'The program changed since you read it: `errors` names its current revision; read it again and retry.',
  },
  staffOnlyField: {
    code: 'MEMBER_PROGRAM.STAFF_ONLY_FIELD',
    status: 403,
    description: 'Membership and dues are set by network staff only.',
  },
  staffOnly: {
    code: 'MEMBER_PROGRAM.STAFF_ONLY',
    status: 403,
    description: 'Only network staff may do this.',
  },
  cityNotFound: {
    code: 'CITY.NOT_FOUND',
    status: 404,
    description: 'No such city in the gazetteer.',
  },
} as const;

const programName = singleLineText({ min: 1, max: 200 });
const website = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(500);
const contacts = z.array(contactSchema).max(20);
/** Dues are paid by calendar year. */
const duesYear = z.int('must be a year').min(1900).max(2200);
const revision = z.int('must be a whole number').min(1).max(MAX_STORED_INTEGER);
const memberProgramId = z.uuid({ message: 'must be a UUID' });

/** A member program as the API shows it; `inGoodStanding` is computed at read time. */
export const memberProgramSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    city: z.object({
      id: z.string(),
      name: z.string(),
      countryCode: z.string().length(2),
      regionCode: z.string().nullable(),
    }),
    membership: membershipStatusSchema,
    /** Last calendar year whose dues are paid. */
    duesPaidThrough: z.int().nullable(),
    /** A member whose dues are paid through the current year (UTC). */
    inGoodStanding: z.boolean(),
    contacts: z.array(contactSchema),
    website: z.string().nullable(),
    /** Changes with every change: send it back with an update (optimistic concurrency). */
    revision: z.int().positive(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'MemberProgram' });
export type MemberProgramView = z.infer<typeof memberProgramSchema>;

export const registerMemberProgramBodySchema = z
  .object({
    name: programName,
    cityId: cityIdSchema,
    contacts: contacts.default([]),
    website: website.nullable().optional(),
    membership: membershipStatusSchema.default('member'),
    duesPaidThrough: duesYear.nullable().optional(),
  })
  .strict();

/** Fields of a partial update; `membership` and `duesPaidThrough` are staff-only. */
export const updateMemberProgramBodySchema = z
  .object({
    revision,
    name: programName.optional(),
    contacts: contacts.optional(),
    /** null removes it. */
    website: website.nullable().optional(),
    membership: membershipStatusSchema.optional(),
    duesPaidThrough: duesYear.nullable().optional(),
  })
  .strict();

export const setMembershipBodySchema = z
  .object({
    revision,
    membership: membershipStatusSchema,
    duesPaidThrough: duesYear.nullable(),
  })
  .strict();

/** Filters of the list, except `inGoodStanding` (a boolean here, a `true`/`false` string in a URL). */
export const memberProgramListFilterShape = {
  country: countryCodeSchema.optional(),
  region: regionCodeSchema.optional(),
  /** Name prefix, case-insensitive. */
  q: singleLineText({ min: 1, max: 200 }).optional(),
  membership: membershipStatusSchema.optional(),
  ...pageQueryShape,
};

const byId = z.object({ memberProgramId }).strict();

/** Request/reply operations of the partnerships service: member-programs (issue #4). */
export const memberProgramsOperations = {
  'member-programs.register': {
    request: registerMemberProgramBodySchema,
    response: memberProgramSchema,
  },
  'member-programs.get': { request: byId, response: memberProgramSchema },
  'member-programs.list': {
    request: z
      .object({
        ...memberProgramListFilterShape,
        inGoodStanding: z.boolean().optional(),
      })
      .strict(),
    response: pageOf(memberProgramSchema),
  },
  'member-programs.update': {
    request: updateMemberProgramBodySchema.extend({ memberProgramId }),
    response: memberProgramSchema,
  },
  'member-programs.set-membership': {
    request: setMembershipBodySchema.extend({ memberProgramId }),
    response: memberProgramSchema,
  },
} satisfies Record<string, RpcOperation>;
