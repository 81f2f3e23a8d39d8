import type { ZodOpenApiSecuritySchemeObject } from 'zod-openapi';

/** The one security scheme: the access token of the identity module, sent as a bearer token. */
export const BEARER_AUTH = {
  name: 'bearerAuth',
  scheme: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The access token from signing in, as `Authorization: Bearer <token>`.',
  } satisfies ZodOpenApiSecuritySchemeObject,
} as const;
