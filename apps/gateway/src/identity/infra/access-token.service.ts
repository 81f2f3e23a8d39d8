import { Inject, Injectable } from '@nestjs/common';
import { callerIdentitySchema, roleGrantSchema, type CallerIdentity } from '@scn/contracts';
import { DomainError } from '@scn/platform';
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { z } from 'zod';
import type { AccessTokenVerifier } from '../../authorization/access-token-verifier';
import { AUTHORIZATION_PROBLEMS, unauthenticated } from '../../authorization/authorization.errors';
import { callerOf } from '../domain/account-grants';
import { isActive } from '../domain/account-status.rule';
import { AccountRepository } from './account.repository';
import { ACCESS_TOKEN_AUDIENCE, IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';

const ownClaimsSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  email: z.string(),
  grants: z.array(roleGrantSchema),
});

/**
 * Issues the gateway's short-lived access tokens (HS256 JWTs carrying the caller's roles)
 * and verifies bearer tokens: its own, or, when configured, an OpenID Connect provider's
 * (checked against its JWKS, then mapped to the local account of the same email).
 */
@Injectable()
export class AccessTokenService implements AccessTokenVerifier {
  private readonly secret: Uint8Array;
  private readonly oidcKeys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly accounts: AccountRepository,
  ) {
    this.secret = new TextEncoder().encode(options.JWT_SECRET);
    if (options.OIDC_JWKS_URL) this.oidcKeys = createRemoteJWKSet(new URL(options.OIDC_JWKS_URL));
  }

  async issue(caller: CallerIdentity, sessionId: string): Promise<{ token: string; expiresIn: number }> {
    const token = await new SignJWT({ sid: sessionId, email: caller.email, grants: caller.grants })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(caller.accountId)
      .setIssuer(this.options.JWT_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.options.ACCESS_TOKEN_TTL_S}s`)
      .sign(this.secret);
    return { token, expiresIn: this.options.ACCESS_TOKEN_TTL_S };
  }

  async verify(token: string): Promise<CallerIdentity> {
    if (this.oidcKeys && this.isFromOidcProvider(token)) return this.verifyOidc(token);
    const payload = await this.checked(() =>
      jwtVerify(token, this.secret, { issuer: this.options.JWT_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, algorithms: ['HS256'] }),
    );
    const claims = ownClaimsSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('The access token is not valid');
    return callerIdentitySchema.parse({ accountId: claims.data.sub, email: claims.data.email, grants: claims.data.grants });
  }

  private isFromOidcProvider(token: string): boolean {
    try {
      return decodeJwt(token).iss === this.options.OIDC_ISSUER;
    } catch {
      return false;
    }
  }

  /** An external token names a person by email; what they may do is what their local account holds. */
  private async verifyOidc(token: string): Promise<CallerIdentity> {
    const payload = await this.checked(() =>
      jwtVerify(token, this.oidcKeys!, {
        issuer: this.options.OIDC_ISSUER,
        ...(this.options.OIDC_AUDIENCE ? { audience: this.options.OIDC_AUDIENCE } : {}),
      }),
    );
    const email = typeof payload['email'] === 'string' ? payload['email'].toLowerCase() : undefined;
    if (!email || payload['email_verified'] === false) throw unauthenticated('The identity token carries no verified email');
    const account = await this.accounts.findByEmailWithGrants(email);
    if (!account || !isActive(account)) throw unauthenticated('No active account has this email');
    return callerOf(account);
  }

  private async checked(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
    try {
      return (await verify()).payload;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw new DomainError(AUTHORIZATION_PROBLEMS.tokenExpired.code, 'unauthenticated', 'The access token has expired');
      }
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('The access token is not valid');
      throw error;
    }
  }
}
