import type { GrantRow } from './account-grants';

/**
 * Where an erased account's email went: under `.invalid` (reserved, RFC 2606: no real
 * mailbox has it) and named after the account id, so it is unique, frees the person's
 * address for a new registration, and no registration, invitation or sign-in can take it
 * (the account holding it is disabled and has no password).
 */
export function erasedEmail(accountId: string): string {
  return `erased-${accountId}@erased.invalid`;
}

/** Whether the account was erased already (its email is its tombstone). */
export function isErased(account: { id: string; email: string }): boolean {
  return account.email === erasedEmail(account.id);
}

/**
 * What the applicant's erasure (`applicant.erased.v1`) does to their account:
 * - `erase`: the account held nothing but the applicant role: it is closed for good and
 *   its personal data goes (the row and id stay, for the references to it);
 * - `drop-applicant-role`: it also holds other grants (staff, program admin, reviewer,
 *   partner contact): they stay, only the applicant grant goes;
 * - `nothing`: erased already, or no applicant grant left to drop.
 */
export type ApplicantErasureStep = 'erase' | 'drop-applicant-role' | 'nothing';

export function applicantErasureStep(account: { id: string; email: string; grants: readonly GrantRow[] }): ApplicantErasureStep {
  if (isErased(account)) return 'nothing';
  const others = account.grants.some((grant) => grant.role !== 'applicant');
  if (!others) return 'erase';
  return account.grants.some((grant) => grant.role === 'applicant') ? 'drop-applicant-role' : 'nothing';
}
