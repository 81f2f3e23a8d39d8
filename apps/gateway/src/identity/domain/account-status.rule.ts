import { identityError } from './identity.errors';

export type AccountStatus = 'invited' | 'pending_verification' | 'active' | 'disabled';

/** An email may be invited while nobody has it, or again while its account is still only invited. */
export function mayInvite(existing: { status: AccountStatus } | null): void {
  if (existing && existing.status !== 'invited') throw identityError('emailTaken');
}

/**
 * Whether a self-registration goes ahead: for a new email, or again for an account still
 * waiting for its email to be verified (it gets a new link). Otherwise nothing happens, and
 * the answer is the same, so the form cannot tell who has an account.
 */
export function mayRegister(existing: { status: AccountStatus } | null): boolean {
  return !existing || existing.status === 'pending_verification';
}

/** Only an active account signs in, refreshes its session or is sent a password reset link. */
export function isActive(account: { status: AccountStatus }): boolean {
  return account.status === 'active';
}
