import type { CallerIdentity } from '@scn/contracts';
import type { AccessTokenService } from './access-token.service';

/** What a client holds after signing in or refreshing. */
export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
  caller: CallerIdentity;
}

/** A new access token for the caller's session, with the session's (new) refresh token. */
export async function issuedTokens(
  accessTokens: AccessTokenService,
  caller: CallerIdentity,
  sessionId: string,
  refreshToken: string,
  refreshExpiresAt: Date,
): Promise<IssuedTokens> {
  const access = await accessTokens.issue(caller, sessionId);
  return {
    accessToken: access.token,
    tokenType: 'Bearer',
    expiresIn: access.expiresIn,
    refreshToken,
    refreshExpiresAt: refreshExpiresAt.toISOString(),
    caller,
  };
}
