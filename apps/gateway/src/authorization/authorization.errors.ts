import { DomainError } from '@scn/platform';
import type { ProblemCode } from '../http/route-declaration';

/** Problems of authentication and authorization, with their stable codes. */
export const AUTHORIZATION_PROBLEMS = {
  unauthenticated: { code: 'AUTH.UNAUTHENTICATED', status: 401, description: 'No valid access token was sent.' },
  tokenExpired: { code: 'AUTH.TOKEN_EXPIRED', status: 401, description: 'The access token has expired: refresh it.' },
  forbidden: { code: 'AUTH.FORBIDDEN', status: 403, description: 'None of the caller’s roles may use this route.' },
} as const satisfies Record<string, ProblemCode>;

export const unauthenticated = (message = 'Sign in to use this route') =>
  new DomainError(AUTHORIZATION_PROBLEMS.unauthenticated.code, 'unauthenticated', message);

export const forbidden = () =>
  new DomainError(AUTHORIZATION_PROBLEMS.forbidden.code, 'forbidden', 'Your roles do not allow this route');
