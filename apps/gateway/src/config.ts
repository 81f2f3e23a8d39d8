import { commonConfigShape, databaseShape, httpPortShape, integer, messagingConfigShape, redisShape } from '@scn/platform';
import { z } from 'zod';
import { DEVELOPMENT_DEFAULTS, refuseUnsafeProductionConfig } from './config-production-rules';

const optionalUrl = z.url({ message: 'must be a URL' }).optional();

/** Every variable the gateway reads (documented in docs/configuration.md). */
export const gatewayConfigSchema = z
  .object({
    ...commonConfigShape,
    ...httpPortShape('gateway'),
    ...databaseShape('gateway'),
    ...redisShape,
    // Event consumption (the applicant's erasure) and the outbox.
    ...messagingConfigShape,
    RPC_TIMEOUT_MS: integer(100, 120_000).default(5_000),
    HTTP_BODY_LIMIT_BYTES: integer(1_024, 52_428_800).default(1_048_576),
    CSV_UPLOAD_LIMIT_BYTES: integer(1_024, 104_857_600).default(20_971_520),
    PUBLIC_WEB_URL: z.url({ message: 'must be a URL' }).default('http://localhost:3000'),
    WEB_CONSOLE_DIR: z.string().min(1).default('apps/web/dist'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_DEFAULTS.JWT_SECRET),
    JWT_ISSUER: z.string().min(1).default('scn-gateway'),
    ACCESS_TOKEN_TTL_S: integer(30, 86_400).default(900),
    REFRESH_TOKEN_TTL_S: integer(300, 31_536_000).default(2_592_000),
    INVITATION_TTL_S: integer(300, 2_592_000).default(604_800),
    EMAIL_VERIFICATION_TTL_S: integer(300, 2_592_000).default(172_800),
    PASSWORD_RESET_TTL_S: integer(60, 86_400).default(3_600),
    LOGIN_MAX_FAILURES: integer(1, 100).default(5),
    LOGIN_LOCKOUT_S: integer(1, 86_400).default(900),
    BOOTSTRAP_ADMIN_EMAIL: z.email({ message: 'must be an email address' }).default(DEVELOPMENT_DEFAULTS.BOOTSTRAP_ADMIN_EMAIL),
    BOOTSTRAP_ADMIN_PASSWORD: z
      .string()
      .min(12, 'must be at least 12 characters')
      .default(DEVELOPMENT_DEFAULTS.BOOTSTRAP_ADMIN_PASSWORD),
    OIDC_ISSUER: z.string().min(1).optional(),
    OIDC_JWKS_URL: optionalUrl,
    OIDC_AUDIENCE: z.string().min(1).optional(),
    RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000).default(600),
    AUTH_RATE_LIMIT_PER_MINUTE: integer(1, 10_000).default(10),
    CORS_ORIGINS: z
      .string()
      .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.url({ message: 'must be a comma-separated list of origins' })))
      .default([]),
    TRUST_PROXY: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false').transform((v) => v === 'true'),
  })
  .superRefine(refuseUnsafeProductionConfig);
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
