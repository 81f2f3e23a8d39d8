import { z } from 'zod';
import type { RpcOperation } from '../rpc/rpc-operation';
import { guardianConsentSchema } from './applicants.rpc';
import { tokenParamsSchema } from './recommendations.rpc';

// A minor's guardian consents by an emailed, signed and expiring link, without an account
// (issue #13): the consent is recorded with its time and the network address it came from.

export const GUARDIAN_CONSENT_PROBLEMS = {
  notNeeded: {
    code: 'GUARDIAN_CONSENT.NOT_NEEDED',
    status: 409,
    description: 'No consent to ask: name a guardian in your profile (needed while you are a minor on a chosen program’s travel date).',
  },
} as const;

/** What the guardian sees by their link. */
export const guardianConsentRequestSchema = z
  .object({
    applicantName: z.string(),
    guardianName: z.string(),
    /** The programs the applicant applies to (their open applications' choices). */
    programs: z.array(z.object({ exchangeProgramId: z.uuid(), title: z.string(), travelStart: z.iso.date(), travelEnd: z.iso.date() })),
    status: z.enum(['requested', 'given']),
    givenAt: z.iso.datetime().nullable(),
    linkExpiresAt: z.iso.datetime(),
  })
  .meta({ id: 'GuardianConsentRequest' });
export type GuardianConsentRequestView = z.infer<typeof guardianConsentRequestSchema>;

/** Request/reply operations of the applications service: guardian consent. */
export const guardianConsentOperations = {
  'guardian-consents.request-mine': { request: z.object({}).strict(), response: guardianConsentSchema },
  'guardian-consents.get-by-token': { request: tokenParamsSchema, response: guardianConsentRequestSchema },
  /** `clientAddress`: the network address the consent came from, as the gateway saw it. */
  'guardian-consents.give': {
    request: tokenParamsSchema.extend({ clientAddress: z.string().max(100).nullable() }).strict(),
    response: guardianConsentRequestSchema,
  },
} satisfies Record<string, RpcOperation>;
