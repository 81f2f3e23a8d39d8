import type { DomainEvent, RoleGrant } from '@scn/contracts';

/** The gateway's account events that tell who reviews which programs. */
export const FOLLOWED_ACCOUNT_EVENTS = ['account.activated.v1', 'account.roles-changed.v1', 'account.disabled.v1'] as const;
export type FollowedAccountEventType = (typeof FOLLOWED_ACCOUNT_EVENTS)[number];
export type AccountEvent = { [T in FollowedAccountEventType]: DomainEvent<T> }[FollowedAccountEventType];

/** A reviewer as this service knows them. */
export interface KnownReviewerState {
  accountId: string;
  email: string;
  displayName: string;
  /** Exchange programs their reviewer role covers (empty: not a reviewer now). */
  programIds: string[];
  disabled: boolean;
}

/** The exchange programs a reviewer grant covers (no grant: none). */
export function reviewedPrograms(grants: readonly RoleGrant[]): string[] {
  return [...new Set(grants.filter((grant) => grant.role === 'reviewer').flatMap((grant) => grant.scopeIds))].sort();
}

/**
 * What an account event makes of the known reviewer: the new state, or null when there is
 * nothing to keep (an account that never was a reviewer and is not one now).
 * Activation enables, disabling disables; a change of roles keeps the account's status.
 */
export function reviewerAfter(event: AccountEvent, before: KnownReviewerState | null): KnownReviewerState | null {
  const { accountId, email, displayName } = event.data;
  const programIds = 'grants' in event.data ? reviewedPrograms(event.data.grants) : (before?.programIds ?? []);
  if (!before && programIds.length === 0) return null;
  const disabled = event.type === 'account.disabled.v1' ? true : event.type === 'account.activated.v1' ? false : (before?.disabled ?? false);
  return { accountId, email, displayName, programIds, disabled };
}

/** Why a named reviewer cannot read for the program (the rule), or null when they can. */
export function reviewerRefusal(
  reviewer: KnownReviewerState | undefined,
  exchangeProgramId: string,
  applicantId: string,
): 'known_reviewer' | 'reviewer_of_program' | 'active_reviewer' | 'own_application' | null {
  if (!reviewer) return 'known_reviewer';
  if (!reviewer.programIds.includes(exchangeProgramId)) return 'reviewer_of_program';
  if (reviewer.disabled) return 'active_reviewer';
  if (reviewer.accountId === applicantId) return 'own_application';
  return null;
}
