import type { ProblemCode } from '@scn/contracts';
import { problemError, type DomainError } from '@scn/platform/errors';

/** Problems of sign-in, tokens and accounts, with their stable codes. */
export const IDENTITY_PROBLEMS = {
  invalidCredentials: { code: 'AUTH.INVALID_CREDENTIALS', status: 401, description: 'Wrong email or password.' },
  accountLocked: {
    code: 'AUTH.ACCOUNT_LOCKED',
    status: 429,
    description: 'Too many failed sign-ins: the account is locked for a while (see Retry-After).',
  },
  accountNotActive: {
    code: 'AUTH.ACCOUNT_NOT_ACTIVE',
    status: 403,
    description: 'The account is not active (email not verified yet, or disabled).',
  },
  refreshTokenInvalid: { code: 'AUTH.REFRESH_TOKEN_INVALID', status: 401, description: 'Unknown or expired refresh token.' },
  refreshTokenReused: {
    code: 'AUTH.REFRESH_TOKEN_REUSED',
    status: 401,
    description: 'A refresh token was used twice: the session is revoked, sign in again.',
  },
  sessionRevoked: { code: 'AUTH.SESSION_REVOKED', status: 401, description: 'The session was ended: sign in again.' },
  actionTokenInvalid: {
    code: 'AUTH.ACTION_TOKEN_INVALID',
    status: 400,
    description: 'The emailed link is unknown, used or expired: ask for a new one.',
  },
  emailTaken: { code: 'ACCOUNT.EMAIL_TAKEN', status: 409, description: 'An active account already has this email.' },
  accountNotFound: { code: 'ACCOUNT.NOT_FOUND', status: 404, description: 'No such account.' },
  lastStaff: {
    code: 'ACCOUNT.LAST_STAFF',
    status: 409,
    description: 'The last active network-staff account cannot lose its role or be disabled.',
  },
} as const satisfies Record<string, ProblemCode>;

type ProblemName = keyof typeof IDENTITY_PROBLEMS;

/** Raises one of the identity problems, with its message and code. */
export function identityError(name: ProblemName, message?: string): DomainError {
  return problemError(IDENTITY_PROBLEMS[name], message);
}
