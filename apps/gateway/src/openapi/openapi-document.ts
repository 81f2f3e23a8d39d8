import { createDocument, type oas31, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RouteDeclaration } from '../http/route-declaration';
import { BEARER_AUTH } from './bearer-auth';
import { buildOperation } from './openapi-operation';
import { toOpenApiPath } from './openapi-path';

export type OpenApiDocument = oas31.OpenAPIObject;

const DESCRIPTION =
  'The HTTP API of the national sister-city network. Errors are RFC 9457 problem documents ' +
  '(`application/problem+json`) with a stable `code`; quote their `correlationId` to support.';

/**
 * The OpenAPI 3.1 document of the given routes, rendered from the very zod schemas the
 * gateway validates with, so the reference cannot drift from what the gateway does.
 */
export function buildOpenApiDocument(routes: readonly RouteDeclaration[], info: { version: string }): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const item = (paths[toOpenApiPath(route)] ??= {});
    const method = route.method.toLowerCase() as Lowercase<RouteDeclaration['method']>;
    if (item[method]) throw new Error(`Two routes declare ${route.method} ${route.path}`);
    item[method] = buildOperation(route);
  }
  const tags = [...new Set(routes.map((route) => route.tag))].sort().map((name) => ({ name }));
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Sister-city network API', version: info.version, description: DESCRIPTION },
    tags,
    paths,
    // `Problem` and `FieldViolation` join the components through their `.meta({ id })`.
    components: {
      securitySchemes: { [BEARER_AUTH.name]: BEARER_AUTH.scheme },
    },
  });
}
