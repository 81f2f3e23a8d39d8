import type { z } from 'zod';

/** Secrets and passwords that work out of the box on a developer machine only. */
export const DEVELOPMENT_DEFAULTS = {
  JWT_SECRET: 'development-only-jwt-secret-change-me-0123456789',
  BOOTSTRAP_ADMIN_EMAIL: 'admin@scn.local',
  BOOTSTRAP_ADMIN_PASSWORD: 'change-me-admin-password',
} as const;

const DEVELOPMENT_SECRETS = {
  JWT_SECRET: DEVELOPMENT_DEFAULTS.JWT_SECRET,
  BOOTSTRAP_ADMIN_PASSWORD: DEVELOPMENT_DEFAULTS.BOOTSTRAP_ADMIN_PASSWORD,
};

interface ProductionRelevant {
  NODE_ENV: string;
  JWT_SECRET: string;
  BOOTSTRAP_ADMIN_PASSWORD: string;
  OIDC_ISSUER?: string | undefined;
  OIDC_JWKS_URL?: string | undefined;
}

/**
 * In production the gateway refuses the development secret and password (a default
 * secret would let anyone mint tokens), and an OpenID provider must be named whole.
 */
export function refuseUnsafeProductionConfig(config: ProductionRelevant, ctx: z.RefinementCtx): void {
  if (config.NODE_ENV === 'production') {
    for (const [variable, developmentValue] of Object.entries(DEVELOPMENT_SECRETS)) {
      if (config[variable as keyof ProductionRelevant] === developmentValue) {
        ctx.addIssue({ code: 'custom', path: [variable], message: 'must be set to a secret of your own in production' });
      }
    }
  }
  if (Boolean(config.OIDC_ISSUER) !== Boolean(config.OIDC_JWKS_URL)) {
    ctx.addIssue({
      code: 'custom',
      path: [config.OIDC_ISSUER ? 'OIDC_JWKS_URL' : 'OIDC_ISSUER'],
      message: 'must be set together with OIDC_ISSUER and OIDC_JWKS_URL',
    });
  }
}
