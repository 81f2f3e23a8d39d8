import { z } from 'zod';
import { duplicateIssue } from '../http/zod-violation';

/** The roles of the platform, declared once. */
export const ROLES = ['network-staff', 'program-admin', 'reviewer', 'applicant', 'partner-contact'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = (typeof ROLES)[number];

/**
 * What a scoped role is scoped to. `network-staff` sees everything and `applicant` only
 * themselves (their account id), so neither carries scope ids.
 */
export const ROLE_SCOPE_KINDS = {
  'network-staff': null,
  'program-admin': 'member-program',
  reviewer: 'exchange-program',
  applicant: 'self',
  'partner-contact': 'partner-city',
} as const satisfies Record<Role, string | null>;
export type ScopeKind = Exclude<(typeof ROLE_SCOPE_KINDS)[Role], null>;

/** Roles whose grants name the resources they are scoped to. */
export const SCOPED_ROLES = ROLES.filter((role) => ['member-program', 'exchange-program', 'partner-city'].includes(String(ROLE_SCOPE_KINDS[role])));

/** One role held by an account; `scopeIds` lists the resources of a scoped role. */
export const roleGrantSchema = z
  .object({
    role: roleSchema,
    scopeIds: z
      .array(z.string().min(1).max(100))
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, duplicateIssue('must not name the same scope twice'))
      .default([]),
  })
  .strict();
export type RoleGrant = z.infer<typeof roleGrantSchema>;

/**
 * Who is calling, as the gateway authenticated them. Services receive it in the
 * `Scn-Caller` header of a request and trust nothing else about the caller.
 */
export const callerIdentitySchema = z
  .object({
    accountId: z.string().min(1),
    email: z.string(),
    grants: z.array(roleGrantSchema),
  })
  .strict();
export type CallerIdentity = z.infer<typeof callerIdentitySchema>;
