import type { GatewayConfig } from '../../config';

/** The parts of the gateway's configuration identity works with. */
export type IdentityOptions = Pick<
  GatewayConfig,
  | 'JWT_SECRET'
  | 'JWT_ISSUER'
  | 'ACCESS_TOKEN_TTL_S'
  | 'REFRESH_TOKEN_TTL_S'
  | 'INVITATION_TTL_S'
  | 'EMAIL_VERIFICATION_TTL_S'
  | 'PASSWORD_RESET_TTL_S'
  | 'LOGIN_MAX_FAILURES'
  | 'LOGIN_LOCKOUT_S'
  | 'PUBLIC_WEB_URL'
  | 'BOOTSTRAP_ADMIN_EMAIL'
  | 'BOOTSTRAP_ADMIN_PASSWORD'
  | 'OIDC_ISSUER'
  | 'OIDC_JWKS_URL'
  | 'OIDC_AUDIENCE'
>;

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

/** Audience of the access tokens the gateway issues. */
export const ACCESS_TOKEN_AUDIENCE = 'scn-api';
