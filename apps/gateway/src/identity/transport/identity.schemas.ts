import { duplicateIssue, ROLE_SCOPE_KINDS, roleGrantSchema, ruleIssue } from '@scn/contracts';
import { z } from 'zod';

// The credential fields live in the contracts, shared with the web console's forms.
export { actionTokenSchema, displayNameSchema, emailSchema, languageSchema, passwordSchema } from '@scn/contracts';

/** Roles to grant: scoped roles name their resources, unscoped roles name none, each role once. */
export const grantsInputSchema = z
  .array(roleGrantSchema)
  .min(1, 'must grant at least one role')
  .max(10)
  .superRefine((grants, ctx) => {
    const seen = new Set<string>();
    grants.forEach((grant, index) => {
      if (seen.has(grant.role)) ctx.addIssue({ code: 'custom', path: [index, 'role'], ...duplicateIssue('is granted twice') });
      seen.add(grant.role);
      const kind = ROLE_SCOPE_KINDS[grant.role];
      const scoped = kind !== null && kind !== 'self';
      if (scoped && grant.scopeIds.length === 0) {
        ctx.addIssue({ code: 'custom', path: [index, 'scopeIds'], ...ruleIssue('scope_required', `must name at least one ${kind}`, { kind }) });
      }
      if (!scoped && grant.scopeIds.length > 0) {
        ctx.addIssue({ code: 'custom', path: [index, 'scopeIds'], ...ruleIssue('scope_not_taken', `must be empty for ${grant.role}`, { role: grant.role }) });
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
