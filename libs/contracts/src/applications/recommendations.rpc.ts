import { z } from 'zod';
import { singleLineText } from '../http/text';
import type { RpcOperation } from '../rpc/rpc-operation';
import { transferredFileSchema } from './documents.rpc';
import { MAX_RECOMMENDATIONS } from './requirements.rpc';
import { duplicateIssue } from '../http/zod-violation';

// Recommendations (issue #13): the applicant names referees for a choice; each gets an
// emailed, signed and expiring link (event recommendation.requested.v1) by which they
// upload their letter (a PDF) without an account. The applicant sees "received", never
// the letter.

/** Refusals of the emailed links (referees’ and guardians’): signed, expiring, and only the newest works. */
export const SIGNED_LINK_PROBLEMS = {
  invalid: {
    code: 'LINK.INVALID',
    status: 404,
    description: 'This link is not valid (mistyped, or replaced by a newer one, or what it was for no longer exists).',
  },
  expired: { code: 'LINK.EXPIRED', status: 404, description: 'This link has expired: ask the applicant to send a new one.' },
} as const;

export const RECOMMENDATION_PROBLEMS = {
  closed: {
    code: 'RECOMMENDATION.CLOSED',
    status: 409,
    description: 'The application this letter is for was withdrawn or decided: no letter is taken any more.',
  },
} as const;

/** A signed link's token, as it appears in the link's path. */
export const signedTokenSchema = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'is not a link token');

export const refereeSchema = z
  .object({ name: singleLineText({ min: 1, max: 200 }), email: z.email({ message: 'must be an email address' }).max(254) })
  .strict()
  .meta({ id: 'Referee' });

export const putRefereesBodySchema = z
  .object({
    referees: z
      .array(refereeSchema)
      .max(MAX_RECOMMENDATIONS, `must name at most ${MAX_RECOMMENDATIONS} referees`)
      .refine((list) => new Set(list.map((referee) => referee.email.toLowerCase())).size === list.length, duplicateIssue('must not name the same email twice')),
  })
  .strict();

export const namedRefereeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    requestedAt: z.iso.datetime(),
    linkExpiresAt: z.iso.datetime(),
    /** requested: the link is out; received: the letter arrived (the applicant never sees it). */
    status: z.enum(['requested', 'received']),
    receivedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'NamedReferee' });

export const refereesSchema = z
  .object({ applicationId: z.uuid(), exchangeProgramId: z.uuid(), required: z.int(), referees: z.array(namedRefereeSchema) })
  .meta({ id: 'ChoiceReferees' });
export type RefereesView = z.infer<typeof refereesSchema>;

/** What a referee sees by their link. */
export const recommendationRequestSchema = z
  .object({
    refereeName: z.string(),
    applicantName: z.string(),
    programTitle: z.string(),
    season: z.int(),
    linkExpiresAt: z.iso.datetime(),
    received: z.boolean(),
    receivedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'RecommendationRequest' });
export type RecommendationRequestView = z.infer<typeof recommendationRequestSchema>;

const uuid = z.uuid({ message: 'must be a UUID' });
const byChoice = z.object({ applicationId: uuid, exchangeProgramId: uuid }).strict();
export const tokenParamsSchema = z.object({ token: signedTokenSchema }).strict();

/** Request/reply operations of the applications service: referees and their letters. */
export const recommendationsOperations = {
  'referees.get-mine': { request: byChoice, response: refereesSchema },
  'referees.put-mine': { request: byChoice.extend(putRefereesBodySchema.shape).strict(), response: refereesSchema },
  'recommendations.get-by-token': { request: tokenParamsSchema, response: recommendationRequestSchema },
  'recommendations.put-letter': { request: tokenParamsSchema.extend(transferredFileSchema.shape).strict(), response: recommendationRequestSchema },
} satisfies Record<string, RpcOperation>;
