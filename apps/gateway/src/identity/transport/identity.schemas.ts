import { ROLE_SCOPE_KINDS, roleGrantSchema, singleLineText } from '@scn/contracts';
import { z } from 'zod';

export const emailSchema = z.email({ message: 'must be an email address' }).max(254);
export const passwordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en, es, fr or de-AT')
  .default('en');
export const displayNameSchema = singleLineText({ min: 1, max: 200 });
/** The secret from an emailed link. */
export const actionTokenSchema = z.string().min(20).max(200);

/** Roles to grant: scoped roles name their resources, unscoped roles name none, each role once. */
export const grantsInputSchema = z
  .array(roleGrantSchema)
  .min(1, 'must grant at least one role')
  .max(10)
  .superRefine((grants, ctx) => {
    const seen = new Set<string>();
    grants.forEach((grant, index) => {
      if (seen.has(grant.role)) ctx.addIssue({ code: 'custom', path: [index, 'role'], message: 'is granted twice' });
      seen.add(grant.role);
      const kind = ROLE_SCOPE_KINDS[grant.role];
      const scoped = kind !== null && kind !== 'self';
      if (scoped && grant.scopeIds.length === 0) {
        ctx.addIssue({ code: 'custom', path: [index, 'scopeIds'], message: `must name at least one ${kind}` });
      }
      if (!scoped && grant.scopeIds.length > 0) {
        ctx.addIssue({ code: 'custom', path: [index, 'scopeIds'], message: `must be empty for ${grant.role}` });
      }
    });
  });

export const tokensResponseSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.int().describe('Seconds the access token is valid for'),
    refreshToken: z.string(),
    refreshExpiresAt: z.iso.datetime(),
    caller: z.object({ accountId: z.string(), email: z.string(), grants: z.array(roleGrantSchema) }),
  })
  .meta({ id: 'IssuedTokens' });

export const acceptedSchema = z.object({ status: z.literal('accepted') });
