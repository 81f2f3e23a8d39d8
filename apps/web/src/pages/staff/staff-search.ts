import * as z from 'zod/mini';
import type { AccountsQuery, MemberProgramsQuery, PartnershipsQuery } from './staff-queries';

// The state of staff's lists in the URL (`/staff/partnerships?status=proposed&country=JP`):
// a filtered list can be bookmarked and shared. A hand-edited value the console does not
// know is dropped, not an error. The page's cursor is kept too (the API's opaque token).

const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const cursor = lenient(z.string().check(z.maxLength(500)));
const country = lenient(z.string().check(z.regex(/^[A-Z]{2}$/)));
const uuid = lenient(z.string().check(z.regex(/^[0-9a-f-]{36}$/)));

export const STAFF_PAGE_SIZE = 25;
export const PARTNERSHIP_STATUSES = ['proposed', 'active', 'suspended', 'terminated'] as const;
export const MEMBERSHIPS = ['member', 'lapsed', 'withdrawn'] as const;
export const ACCOUNT_STATUSES = ['invited', 'pending_verification', 'active', 'disabled'] as const;
export const ROLES = ['network-staff', 'program-admin', 'reviewer', 'applicant', 'partner-contact'] as const;

export const partnershipsSearchSchema = z.object({
  status: lenient(z.enum(PARTNERSHIP_STATUSES)),
  country,
  memberProgram: uuid,
  cursor,
});
export type PartnershipsSearch = z.infer<typeof partnershipsSearchSchema>;

export function toPartnershipsQuery(search: PartnershipsSearch): PartnershipsQuery {
  return {
    limit: STAFF_PAGE_SIZE,
    ...(search.status ? { status: search.status } : {}),
    ...(search.country ? { country: search.country } : {}),
    ...(search.memberProgram ? { memberProgramId: search.memberProgram } : {}),
    ...(search.cursor ? { cursor: search.cursor } : {}),
  };
}

export const memberProgramsSearchSchema = z.object({
  q: lenient(z.string().check(z.maxLength(200))),
  country,
  membership: lenient(z.enum(MEMBERSHIPS)),
  standing: lenient(z.enum(['good', 'not-good'])),
  cursor,
});
export type MemberProgramsSearch = z.infer<typeof memberProgramsSearchSchema>;

export function toMemberProgramsQuery(search: MemberProgramsSearch): MemberProgramsQuery {
  const q = search.q?.trim();
  return {
    limit: STAFF_PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(search.country ? { country: search.country } : {}),
    ...(search.membership ? { membership: search.membership } : {}),
    ...(search.standing ? { inGoodStanding: search.standing === 'good' ? 'true' : 'false' } : {}),
    ...(search.cursor ? { cursor: search.cursor } : {}),
  };
}

export const accountsSearchSchema = z.object({
  role: lenient(z.enum(ROLES)),
  status: lenient(z.enum(ACCOUNT_STATUSES)),
  email: lenient(z.string().check(z.maxLength(254))),
  cursor,
});
export type AccountsSearch = z.infer<typeof accountsSearchSchema>;

export function toAccountsQuery(search: AccountsSearch): AccountsQuery {
  const email = search.email?.trim();
  return {
    limit: STAFF_PAGE_SIZE,
    ...(search.role ? { role: search.role } : {}),
    ...(search.status ? { status: search.status } : {}),
    ...(email ? { email } : {}),
    ...(search.cursor ? { cursor: search.cursor } : {}),
  };
}

/** A filter changed: back to the first page (the old cursor belongs to another result). */
export const withFilter = <S extends { cursor?: string | undefined }>(search: S, key: Exclude<keyof S, 'cursor'>, value: string | undefined): S => ({
  ...search,
  [key]: value || undefined,
  cursor: undefined,
});
