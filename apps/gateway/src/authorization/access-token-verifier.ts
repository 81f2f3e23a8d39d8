import type { CallerIdentity } from '@scn/contracts';

/** Turns a bearer token into the caller it was issued to, or throws a 401 domain error. */
export interface AccessTokenVerifier {
  verify(token: string): Promise<CallerIdentity>;
}

export const ACCESS_TOKEN_VERIFIER = Symbol('ACCESS_TOKEN_VERIFIER');
