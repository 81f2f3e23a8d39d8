/** Where the API reference lives: operational routes, outside `/v1`, needing no declaration. */
export const DOCS_URLS = {
  /** The interactive reference (Swagger UI). */
  ui: '/docs',
  /** The OpenAPI document, served by `OpenApiController`. */
  document: '/docs/openapi.json',
} as const;
